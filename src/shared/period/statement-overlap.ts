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
 * A statement is dated by when it was reported, so reporting periods are compared where both
 * statements have them, sale periods otherwise. An export cut by sale month spreads one sale
 * month over many reporting dates: its reporting period says little, so it is compared by sale.
 */
export function statementsOverlap(a: StatementSpan, b: StatementSpan): boolean {
  if (a.formatId !== b.formatId) return false;
  const byReporting = a.basis !== 'sale' && b.basis !== 'sale' && a.reportingFrom !== null && b.reportingFrom !== null;
  return byReporting
    ? rangesIntersect(a.reportingFrom, a.reportingTo, b.reportingFrom, b.reportingTo)
    : rangesIntersect(a.saleFrom, a.saleTo, b.saleFrom, b.saleTo);
}
