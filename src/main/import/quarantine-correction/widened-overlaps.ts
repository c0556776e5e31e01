import type Database from 'better-sqlite3';
import type { WidenedOverlap } from '../../../shared/contract/quarantine';
import type { PeriodBasis } from '../../../shared/period/statement-overlap';
import { formatDayNumber } from '../../../shared/period/sale-period';
import { findOverlaps, type StatementPeriods } from '../statement-overlaps';

interface PeriodRow {
  file_name: string;
  format: string;
  sale_from: number | null;
  sale_to: number | null;
  reporting_from: number | null;
  reporting_to: number | null;
  period_basis: PeriodBasis;
}

function storedPeriods(db: Database.Database, importId: number): { fileName: string; periods: StatementPeriods } {
  const row = db
    .prepare<[number], PeriodRow>('SELECT file_name, format, sale_from, sale_to, reporting_from, reporting_to, period_basis FROM import_batch WHERE id = ?')
    .get(importId)!;
  const periods = { formatId: row.format, saleFrom: row.sale_from, saleTo: row.sale_to, reportingFrom: row.reporting_from, reportingTo: row.reporting_to, basis: row.period_basis };
  return { fileName: row.file_name, periods };
}

/** The imports of the same source whose periods this import's periods meet now, by the rule imports are held to. */
export function overlappingNow(db: Database.Database, importId: number): Set<number> {
  return new Set(findOverlaps(db, storedPeriods(db, importId).periods, importId).map((o) => o.importId));
}

/**
 * The imports this import's periods meet now and did not meet before (`before`, from
 * overlappingNow): a corrected line dated outside the import's periods widens them. Correcting is
 * not refused for it, since which of the two statements holds the sales is the user's to judge,
 * but the overlap is named with a sentence saying what to do.
 */
export function widenedOverlaps(
  db: Database.Database,
  importId: number,
  before: ReadonlySet<number>,
  checking: boolean,
): { overlaps: WidenedOverlap[]; overlapNotice: string | null } {
  const { fileName, periods } = storedPeriods(db, importId);
  const overlaps = findOverlaps(db, periods, importId).filter((o) => !before.has(o.importId));
  if (overlaps.length === 0 || periods.saleFrom === null || periods.saleTo === null) return { overlaps, overlapNotice: null };
  const others = overlaps.map((o) => `${o.fileName} (imported ${o.importedAt.slice(0, 10)}, sale period ${o.saleFrom} to ${o.saleTo})`);
  const named = others.length === 1 ? others[0] : `${others.slice(0, -1).join(', ')} and ${others.at(-1)}`;
  const widened = `${fileName} to the sale period ${formatDayNumber(periods.saleFrom)} to ${formatDayNumber(periods.saleTo)}`;
  const overlapNotice = checking
    ? `Importing the corrected lines would widen ${widened}, which would then overlap ${named}, from the same source: a sale printed in both would count twice.`
    : `The corrected lines widen ${widened}, which now overlaps ${named}, from the same source: a sale printed in both counts twice. ` +
      'If they hold the same sales, undo one of the two imports in the import history.';
  return { overlaps, overlapNotice };
}
