/**
 * When two statements cover the same period of the same source: the one rule the importer checks
 * against the store and the Import page checks between files picked together.
 */

/** How a statement is cut: by sale month (one sale month, many reporting dates), by reporting date, or neither. */
export type PeriodBasis = 'sale' | 'reporting' | 'unknown';

/** A statement's source and the periods its lines cover, as inclusive yyyymmdd day numbers (null: none printed). */
export interface StatementSpan {
  formatId: string;
  saleFrom: number | null;
  saleTo: number | null;
  reportingFrom: number | null;
  reportingTo: number | null;
  basis: PeriodBasis;
}

/** Whether two inclusive ranges share a day; a range with an open end shares none. */
export function rangesIntersect(a1: number | null, a2: number | null, b1: number | null, b2: number | null): boolean {
  return a1 !== null && a2 !== null && b1 !== null && b2 !== null && a1 <= b2 && b1 <= a2;
}

/**
 * Two statements of one source can hold the same lines only where both their sale periods and
 * their reporting periods meet, since a line is dated by both: the same sales reported in another
 * month are new money, and other sales reported the same day are not in the earlier statement.
 * Where either prints no reporting date, the sale periods decide alone.
 */
export function statementsOverlap(a: StatementSpan, b: StatementSpan): boolean {
  if (a.formatId !== b.formatId) return false;
  if (!rangesIntersect(a.saleFrom, a.saleTo, b.saleFrom, b.saleTo)) return false;
  const bothReported = a.reportingFrom !== null && b.reportingFrom !== null;
  return !bothReported || rangesIntersect(a.reportingFrom, a.reportingTo, b.reportingFrom, b.reportingTo);
}
