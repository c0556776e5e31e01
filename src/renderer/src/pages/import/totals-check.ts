import type { Reconciliation } from '../../../../shared/contract/imports';
import { exactDecimalText } from '../../format/figures-text';

type Check = Reconciliation['checked'][number];

const FOOT = /(^|: )FOOT /;

/** Under a "FOOT record" lead, its counts go by their own names. */
function labelOf(check: Check, foot: boolean): string {
  return foot ? check.label.replace(FOOT, '$1') : check.label;
}

/** "Total_Amount 19.985 USD", "NumberOfLinesInFile 1,204": the figure as the file states it. */
function statedFigure(check: Check, foot: boolean): string {
  const figure = exactDecimalText(check.stated);
  return check.currency ? `${labelOf(check, foot)} ${figure} ${check.currency}` : `${labelOf(check, foot)} ${figure}`;
}

/**
 * One sentence on the totals a file states about itself, for a file that was (or would be) imported:
 * what was checked and that it agreed, so silence is never mistaken for a check. A disagreement is
 * counted here and spelled out in the file's warnings.
 */
export function totalsCheckText(reconciliation: Reconciliation): string {
  const { checked, mismatches } = reconciliation;
  if (checked.length === 0) return 'The file states no totals to check against.';
  const foot = checked.every((check) => check.measure === 'records');
  const lead = foot ? 'FOOT record' : "Totals checked against the file's own totals";
  const agreeing = checked.filter((check) => !mismatches.some((mismatch) => sameCheck(mismatch, check)));
  const agreed = agreeing.map((check) => statedFigure(check, foot)).join(', ');
  if (mismatches.length === 0) return `${lead}: ${checked.length} of ${checked.length} agree (${agreed}).`;
  const disagreed = `${mismatches.length} of ${checked.length} disagree (${mismatches.map((check) => labelOf(check, foot)).join(', ')})`;
  return agreeing.length === 0 ? `${lead}: ${disagreed}.` : `${lead}: ${disagreed}; ${agreeing.length} agree (${agreed}).`;
}

/** A check and its copy in `mismatches` are equal objects once they have crossed the wire as JSON. */
function sameCheck(a: Check, b: Check): boolean {
  return a.label === b.label && a.measure === b.measure && a.currency === b.currency && a.line === b.line && a.stated === b.stated && a.found === b.found;
}
