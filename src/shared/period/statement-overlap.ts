/**
 * When two statements cover the same period of the same source: the one rule the importer checks
 * against the store and the Import page checks between files picked together.
 */

/** How a statement is cut: by sale month (one sale month, many reporting dates), by reporting date, or neither. */
export type PeriodBasis = 'sale' | 'reporting' | 'unknown';

/**
 * A statement's source and the periods its lines cover, as inclusive yyyymmdd day numbers (null:
 * none printed), and the territory codes its lines were stored with (null: not known, as for a
 * statement of audience readings, which has no lines).
 */
export interface StatementSpan {
  formatId: string;
  saleFrom: number | null;
  saleTo: number | null;
  reportingFrom: number | null;
  reportingTo: number | null;
  basis: PeriodBasis;
  territories: string[] | null;
}

/** Codes that place a line nowhere in particular (unknown, worldwide): such a line may be a sale anywhere. */
const UNPLACED = new Set(['ZZ', 'WW']);

/** Whether two inclusive ranges share a day; a range with an open end shares none. */
export function rangesIntersect(a1: number | null, a2: number | null, b1: number | null, b2: number | null): boolean {
  return a1 !== null && a2 !== null && b1 !== null && b2 !== null && a1 <= b2 && b1 <= a2;
}

/**
 * Whether two statements' territories may hold the same sale: they share a code, or either is not
 * known or has a line placed nowhere in particular, which cannot be told apart from any country.
 * A store that reports each region apart (Apple: Europe, the UK, Japan… for the same fiscal
 * month) sends statements of one period that share none.
 */
export function territoriesMeet(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === null || b === null || a.some((code) => UNPLACED.has(code)) || b.some((code) => UNPLACED.has(code))) return true;
  const theirs = new Set(b);
  return a.some((code) => theirs.has(code));
}

/**
 * Two statements of one source can hold the same lines only where both their sale periods and
 * their reporting periods meet, since a line is dated by both: the same sales reported in another
 * month are new money, and other sales reported the same day are not in the earlier statement.
 * Where either prints no reporting date, the sale periods decide alone. Nor can they where their
 * territories share none, since a line is placed too.
 */
export function statementsOverlap(a: StatementSpan, b: StatementSpan): boolean {
  if (a.formatId !== b.formatId || !territoriesMeet(a.territories, b.territories)) return false;
  if (!rangesIntersect(a.saleFrom, a.saleTo, b.saleFrom, b.saleTo)) return false;
  const bothReported = a.reportingFrom !== null && b.reportingFrom !== null;
  return !bothReported || rangesIntersect(a.reportingFrom, a.reportingTo, b.reportingFrom, b.reportingTo);
}
