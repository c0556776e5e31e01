import type { QueryResult } from '../../../../shared/query/query-spec';
import { decimalText, requireColumn } from '../../query/result-cells';

/**
 * Why a total cannot be held against its comparison window, read from the statement lines each
 * window holds (the `lines` metric asked beside the figures), or null when it can. An earlier
 * window without a line has nothing to compare with; a current one without a line is not a fall
 * to zero but statements that have not arrived yet. Only when both hold lines is −100 % true.
 */
export type ComparisonGap = 'noData' | 'noStatements';

export const GAP_TEXT: Record<ComparisonGap, string> = {
  noData: 'no data to compare',
  noStatements: 'no statements for this period yet',
};

export function comparisonGap(result: QueryResult): ComparisonGap | null {
  const previous = result.comparison?.rows[0];
  if (!result.comparison) return null;
  const column = requireColumn(result, 'lines');
  if (decimalText(previous?.[column]) === '0') return 'noData';
  if (decimalText(result.rows[0]?.[column]) === '0') return 'noStatements';
  return null;
}
