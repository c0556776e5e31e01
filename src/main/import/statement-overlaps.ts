import type Database from 'better-sqlite3';
import { formatDayNumber } from '../../shared/period/sale-period';
import { rangesIntersect, statementsOverlap, territoriesMeet, type PeriodBasis, type StatementSpan } from '../../shared/period/statement-overlap';

export type StatementPeriods = StatementSpan;

export interface OverlappingImport {
  importId: number;
  fileName: string;
  importedAt: string;
  saleFrom: string;
  saleTo: string;
  /** Lines it holds, and what they earned per original currency (exact decimals): what replacing it takes away. */
  imported: number;
  amounts: Record<string, string>;
}

/**
 * Replace, but keep the earlier imports listed: those the user left unticked among the ones the
 * file's preview met. Any other import it overlaps is replaced, as plain Replace does: a file
 * picked with it and imported before it (named in the Replace choice), or one the drop folder
 * took since the preview.
 */
export interface ReplaceKeeping {
  keep: readonly number[];
}

/**
 * Replace these earlier imports, and only these: a statement meeting any other import of its
 * period is skipped instead. The drop folder's own file saved over takes the place of what it held
 * before, never of an import someone else made meanwhile.
 */
export interface ReplaceOnly {
  only: readonly number[];
}

export type ReplaceChoice = 'replace' | ReplaceKeeping | ReplaceOnly;

/** Whether a statement told so steps aside for the earlier imports it meets. */
export function skipsFor(earlier: readonly OverlappingImport[], choice: 'skip' | 'keepBoth' | ReplaceChoice | undefined): boolean {
  if (earlier.length === 0) return false;
  if (choice === 'skip') return true;
  return typeof choice === 'object' && 'only' in choice && earlier.some((overlap) => !choice.only.includes(overlap.importId));
}

/**
 * An import's territory codes as `import_batch.territories` keeps them: a JSON array, set from its
 * lines as they are written (imports made before it was kept were given theirs by a migration,
 * from their per-import territory rollups), NULL when not known.
 */
export function storedTerritories(codes: readonly string[] | null): string | null {
  return codes === null ? null : JSON.stringify(codes);
}

export function territoriesStored(text: string | null): string[] | null {
  return text === null ? null : (JSON.parse(text) as string[]);
}

interface BatchRow {
  id: number;
  file_name: string;
  imported_at: string;
  sale_from: number;
  sale_to: number;
  reporting_from: number | null;
  reporting_to: number | null;
  period_basis: PeriodBasis;
  territories: string | null;
  imported_count: number;
  totals_json: string;
}

function earlierImports(db: Database.Database, formatId: string, exceptId: number): BatchRow[] {
  return db
    .prepare<[string, number], BatchRow>(
      `SELECT id, file_name, imported_at, sale_from, sale_to, reporting_from, reporting_to, period_basis, territories, imported_count, totals_json
       FROM import_batch WHERE format = ? AND id <> ? AND sale_from IS NOT NULL ORDER BY id`,
    )
    .all(formatId, exceptId);
}

/** Earlier statements from the same source covering the same period (`statementsOverlap`). */
export function findOverlaps(db: Database.Database, periods: StatementPeriods, exceptId: number): OverlappingImport[] {
  return earlierImports(db, periods.formatId, exceptId)
    .filter((row) =>
      statementsOverlap(periods, {
        formatId: periods.formatId,
        saleFrom: row.sale_from,
        saleTo: row.sale_to,
        reportingFrom: row.reporting_from,
        reportingTo: row.reporting_to,
        basis: row.period_basis,
        territories: territoriesStored(row.territories),
      }),
    )
    .map((row) => ({
      importId: row.id,
      fileName: row.file_name,
      importedAt: row.imported_at,
      saleFrom: formatDayNumber(row.sale_from),
      saleTo: formatDayNumber(row.sale_to),
      imported: row.imported_count,
      amounts: JSON.parse(row.totals_json) as Record<string, string>,
    }));
}

/** The earlier imports a statement told to replace them takes the place of. */
export function importsReplaced(earlier: OverlappingImport[], choice: ReplaceChoice): OverlappingImport[] {
  if (choice === 'replace' || 'only' in choice) return earlier;
  return earlier.filter((overlap) => !choice.keep.includes(overlap.importId));
}

/** A sales-date export next to a reporting-date export whose lines can coincide (periods and territories meet): a double count. */
export function mixedBasisWarnings(db: Database.Database, periods: StatementPeriods, exceptId: number, formatName: string): string[] {
  if (periods.basis === 'unknown') return [];
  return earlierImports(db, periods.formatId, exceptId)
    .filter(
      (row) =>
        row.period_basis !== 'unknown' &&
        row.period_basis !== periods.basis &&
        rangesIntersect(periods.saleFrom, periods.saleTo, row.sale_from, row.sale_to) &&
        rangesIntersect(periods.reportingFrom, periods.reportingTo, row.reporting_from, row.reporting_to) &&
        territoriesMeet(periods.territories, territoriesStored(row.territories)),
    )
    .map(
      (row) =>
        `This ${formatName} file is cut by ${periods.basis === 'sale' ? 'sale month' : 'reporting date'}, but ` +
        `${row.file_name} (imported ${row.imported_at.slice(0, 10)}) is cut by ${row.period_basis === 'sale' ? 'sale month' : 'reporting date'} ` +
        'over overlapping months: lines in both would be counted twice. Keep one kind of export per account.',
    );
}
