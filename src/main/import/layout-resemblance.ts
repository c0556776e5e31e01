import type { ClosestLayout, HeaderMatch } from '../../shared/contract/imports';
import { fingerprintNames, isMappedFormatId } from './column-mapping/mapping-fingerprint';
import type { DelimitedRecord } from './delimited-parser';
import { STATEMENT_FORMATS } from './formats';
import { columnsOf } from './formats/column-kit';
import type { FingerprintColumn, StatementFormat } from './formats/statement-format';
import type { HeaderColumns } from './header-columns';

/** A fingerprint of fewer columns says too little for a header to be likened to its layout. */
const SMALLEST_LIKENED_FINGERPRINT = 3;
/** Missing columns named in a refusal; the rest are counted. */
const MISSING_NAMED = 5;

interface FingerprintFit {
  variant: string | null;
  found: number;
  total: number;
  /** Each missing column by its first spelling. */
  missing: string[];
}

const spellings = (column: FingerprintColumn): readonly string[] => (typeof column === 'string' ? [column] : column);

/**
 * Negative when `a` is the closer fit: the larger share of its fingerprint (compared by
 * cross-multiplying, so 2 of 4 and 3 of 6 are equal), then more columns found.
 */
function compareFits(a: Pick<FingerprintFit, 'found' | 'total'>, b: Pick<FingerprintFit, 'found' | 'total'>): number {
  return b.found * a.total - a.found * b.total || b.found - a.found;
}

/** How much of the format's fingerprint (its closest variant's) the header has; null when it declares none. */
function fingerprintFit(format: StatementFormat, columns: HeaderColumns): FingerprintFit | null {
  let best: FingerprintFit | null = null;
  for (const fingerprint of format.fingerprints ?? []) {
    const missing = fingerprint.columns.filter((column) => !columns.has(...spellings(column))).map((column) => spellings(column)[0]!);
    const fit = { variant: fingerprint.variant ?? null, found: fingerprint.columns.length - missing.length, total: fingerprint.columns.length, missing };
    if (best === null || compareFits(fit, best) < 0) best = fit;
  }
  return best;
}

/**
 * How a recognised header matched its layout, for the preview to show: the fingerprint columns it
 * has, or, for a saved mapping, the column set it has exactly. Undefined for a layout that is no
 * column set.
 */
export function headerMatchOf(format: StatementFormat, header: string[]): HeaderMatch | undefined {
  if (isMappedFormatId(format.id)) return { kind: 'savedMapping', columns: fingerprintNames(header).length };
  const fit = fingerprintFit(format, columnsOf(header));
  return fit ? { kind: 'fingerprint', found: fit.found, total: fit.total } : undefined;
}

/** A refused file's closest layout and the line of the header row that comes closest to it. */
export interface Resemblance {
  closest: ClosestLayout;
  line: number;
}

/**
 * The built-in layout the candidate header rows of a file no layout recognises come closest to:
 * the one whose fingerprint (of 3 columns or more) a row has the largest share of, at least half.
 * Null when none comes that close. Layouts exactly as close are named beside it, never dropped:
 * the header could be either.
 */
export function closestLayout(headers: readonly DelimitedRecord[], formats: readonly StatementFormat[] = STATEMENT_FORMATS): Resemblance | null {
  const best = new Map<StatementFormat, FingerprintFit & { line: number }>();
  for (const header of headers) {
    const columns = columnsOf(header.fields);
    for (const format of formats) {
      const fit = fingerprintFit(format, columns);
      if (fit === null || fit.total < SMALLEST_LIKENED_FINGERPRINT || fit.found * 2 < fit.total) continue;
      const known = best.get(format);
      if (known === undefined || compareFits(fit, known) < 0) best.set(format, { ...fit, line: header.line });
    }
  }
  // A stable sort: of layouts exactly as close, the first in detection order is named first.
  const ranked = [...best].sort(([, a], [, b]) => compareFits(a, b));
  const [top, ...others] = ranked;
  if (top === undefined) return null;
  const [format, fit] = top;
  const tiedWith = others.filter(([, other]) => compareFits(other, fit) === 0).map(([other]) => other.name);
  return { closest: { format: format.name, variant: fit.variant, found: fit.found, total: fit.total, missing: fit.missing, tiedWith }, line: fit.line };
}

/** The closest of several resemblances (a workbook's sheets), or undefined when there is none. */
export function closestOf(resemblances: readonly (ClosestLayout | undefined)[]): ClosestLayout | undefined {
  return resemblances.reduce<ClosestLayout | undefined>((best, r) => (r && (!best || compareFits(r, best) < 0) ? r : best), undefined);
}

function quoted(names: readonly string[]): string {
  const shown = names.slice(0, MISSING_NAMED).map((name) => `“${name}”`).join(', ');
  return names.length > MISSING_NAMED ? `${shown} and ${names.length - MISSING_NAMED} more` : shown;
}

/**
 * What a refused header lacks of the layout it resembles, and what to do:
 * `4 of the 5 key columns of DistroKid, missing “Earnings (USD)”; if the distributor renamed it, …`.
 */
export function resemblanceText(closest: ClosestLayout): string {
  const layout = closest.variant === null ? closest.format : `${closest.format} (${closest.variant})`;
  const tied = closest.tiedWith.length ? ` (as many as of ${closest.tiedWith.join(' and ')})` : '';
  const them = closest.missing.length === 1 ? 'it' : 'them';
  return `${closest.found} of the ${closest.total} key columns of ${layout}${tied}, missing ${quoted(closest.missing)}; `
    + `if the distributor renamed ${them}, map the columns yourself on the Import page (Map columns…)`;
}
