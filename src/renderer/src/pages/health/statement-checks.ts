import type { StatementReconciliation } from '../../../../shared/analytics/reconciliation-contract';
import { countText } from '../../format/figures-text';

export type ImportChecks = StatementReconciliation['imports'][number];
export type StatedCheck = ImportChecks['checks'][number];
export type CheckStatus = ImportChecks['status'];

export const STATUS_TEXT: Record<CheckStatus, string> = {
  mismatch: 'Mismatch',
  matched: 'Matched',
  noStatedTotal: 'No stated total',
  notRecorded: 'Not recorded',
};

/** What needs a look comes first: a file that disagrees with itself, then the ones nobody checked. */
const STATUS_ORDER: readonly CheckStatus[] = ['mismatch', 'notRecorded', 'noStatedTotal', 'matched'];

/** Imports by how much they need a look, newest first within each status. */
export function mismatchesFirst(imports: readonly ImportChecks[]): ImportChecks[] {
  return [...imports].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || b.importId - a.importId);
}

/**
 * The imports listed row by row, by how much they need a look, apart from those that state no
 * total: a big store has dozens of those, with nothing in them to check, so they fold behind a line.
 */
export function foldedApart(imports: readonly ImportChecks[]): { listed: ImportChecks[]; noStatedTotal: ImportChecks[] } {
  const ordered = mismatchesFirst(imports);
  return { listed: ordered.filter((each) => each.status !== 'noStatedTotal'), noStatedTotal: ordered.filter((each) => each.status === 'noStatedTotal') };
}

/** "65 statements state no total", the line they fold behind. */
export function noStatedTotalText(count: number): string {
  return count === 1 ? '1 statement states no total' : `${countText(count)} statements state no total`;
}

/** Where a statement's lines were sold: its store when it has one, else how many it spans. */
export function platformsText(platforms: readonly string[]): string {
  return platforms.length <= 2 ? platforms.join(', ') : `${platforms.length} platforms`;
}

/** The check a row shows: the first that disagrees, else the money total, else whatever was stated. */
export function headlineCheck(checked: ImportChecks): StatedCheck | null {
  return checked.checks.find((check) => !check.matches) ?? checked.checks.find((check) => check.measure === 'amount') ?? checked.checks[0] ?? null;
}

/**
 * A stated or found figure with every digit the file printed: rounded to the cent, a difference of
 * a fraction of a cent would hide behind two equal-looking amounts.
 */
export function figureText(value: string, check: StatedCheck): string {
  return check.measure === 'amount' && check.currency ? `${value} ${check.currency}` : value;
}

/** found − stated, signed so "more than the file says" reads as +, with a true minus sign. */
export function differenceText(check: StatedCheck): string {
  const { difference } = check;
  if (difference === null) return '—';
  if (difference.startsWith('-')) return figureText(`\u2212${difference.slice(1)}`, check);
  return figureText(/[1-9]/.test(difference) ? `+${difference}` : difference, check);
}

const SUMMARY_PARTS: { status: CheckStatus; one: string; many: string }[] = [
  { status: 'mismatch', one: '1 mismatch', many: 'mismatches' },
  { status: 'matched', one: '1 matched', many: 'matched' },
  { status: 'noStatedTotal', one: '1 without a stated total', many: 'without a stated total' },
  { status: 'notRecorded', one: '1 imported before checks were kept', many: 'imported before checks were kept' },
];

/** "1 mismatch · 2 matched · 1 without a stated total": the statuses there are, in order of concern. */
export function checksSummary(summary: Partial<Record<CheckStatus, number>>): string {
  return SUMMARY_PARTS.flatMap(({ status, one, many }) => {
    const count = summary[status] ?? 0;
    if (count === 0) return [];
    return [count === 1 ? one : `${countText(count)} ${many}`];
  }).join(' · ');
}
