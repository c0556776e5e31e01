import type { DateBasis } from '../../shared/query/query-spec';
import type { RollupDefinition } from './rollups/rollup-definitions';

/**
 * Where a compiled query reads from: the statement lines themselves, or a monthly rollup with
 * the same column names for the keys it kept. The compiler asks the source for what differs.
 */
export interface FactSource {
  table: string;
  /** The day column for the date basis, or null when the source only knows months. */
  dayColumn(basis: DateBasis): string | null;
  monthColumn(basis: DateBasis): string;
  /** How many statement lines a group stands for. */
  linesExpression: string;
  /** Conditions that pick the date basis's rows (rollups hold both bases). */
  basisCondition(basis: DateBasis): { sql: string; params: string[] } | null;
}

export const STATEMENT_LINES: FactSource = {
  table: 'statement_line',
  dayColumn: (basis) => (basis === 'sale' ? 'f.sale_start' : 'f.reporting_day'),
  monthColumn: (basis) => (basis === 'sale' ? 'f.sale_month' : 'f.reporting_month'),
  linesExpression: 'COUNT(*)',
  basisCondition: () => null,
};

export function rollupSource(definition: RollupDefinition): FactSource {
  return {
    table: definition.table,
    dayColumn: () => null,
    monthColumn: () => 'f.month',
    linesExpression: 'SUM(f.lines)',
    basisCondition: (basis) => ({ sql: 'f.basis = ?', params: [basis] }),
  };
}
