import type Database from 'better-sqlite3';
import type { WidenedOverlap } from '../../../shared/contract/quarantine';
import type { PeriodBasis } from '../../../shared/period/statement-overlap';
import { formatDayNumber } from '../../../shared/period/sale-period';
import { findOverlaps, territoriesStored, type StatementPeriods } from '../statement-overlaps';

interface PeriodRow {
  file_name: string;
  format: string;
  sale_from: number | null;
  sale_to: number | null;
  reporting_from: number | null;
  reporting_to: number | null;
  period_basis: PeriodBasis;
  territories: string | null;
}

function storedPeriods(db: Database.Database, importId: number): { fileName: string; periods: StatementPeriods } {
  const row = db
    .prepare<[number], PeriodRow>('SELECT file_name, format, sale_from, sale_to, reporting_from, reporting_to, period_basis, territories FROM import_batch WHERE id = ?')
    .get(importId)!;
  const periods = {
    formatId: row.format, saleFrom: row.sale_from, saleTo: row.sale_to, reportingFrom: row.reporting_from, reportingTo: row.reporting_to,
    basis: row.period_basis, territories: territoriesStored(row.territories),
  };
  return { fileName: row.file_name, periods };
}

/** An import's periods as they stand, and the imports of the same source they meet by the rule imports are held to. */
export interface PeriodsNow {
  periods: StatementPeriods;
  overlapping: Set<number>;
}

export function overlappingNow(db: Database.Database, importId: number): PeriodsNow {
  const { periods } = storedPeriods(db, importId);
  return { periods, overlapping: new Set(findOverlaps(db, periods, importId).map((o) => o.importId)) };
}

/** "the sale period 2024-02-01 to 2024-05-31", for each of the import's periods a correction widened. */
function widenedPeriods(before: StatementPeriods, after: StatementPeriods): string[] {
  const range = (from: number | null, to: number | null) => (from === null || to === null ? null : `${formatDayNumber(from)} to ${formatDayNumber(to)}`);
  const changed: string[] = [];
  const sale = range(after.saleFrom, after.saleTo);
  if (sale !== null && sale !== range(before.saleFrom, before.saleTo)) changed.push(`the sale period ${sale}`);
  const reporting = range(after.reportingFrom, after.reportingTo);
  if (reporting !== null && reporting !== range(before.reportingFrom, before.reportingTo)) changed.push(`the reporting period ${reporting}`);
  return changed;
}

/** "the territory FR", for the codes a correction placed the import's lines in that none were before. */
function widenedTerritories(before: StatementPeriods, after: StatementPeriods): string[] {
  const added = (after.territories ?? []).filter((code) => !(before.territories ?? []).includes(code));
  if (added.length === 0) return [];
  return [`the ${added.length === 1 ? 'territory' : 'territories'} ${added.join(', ')}`];
}

/**
 * What a correction did to the import's periods (`before`, from overlappingNow): a corrected line
 * dated outside them widens them, and that is said, naming the periods it widened. The imports of
 * the same source they meet now and did not before are named too: correcting is not refused for
 * it, since which of the two statements holds the sales is the user's to judge. A corrected line
 * placed in a country the import had none in can make it meet another region's report of its
 * period; the territories are named when they do.
 */
export function widenedOverlaps(
  db: Database.Database,
  importId: number,
  before: PeriodsNow,
  checking: boolean,
): { overlaps: WidenedOverlap[]; widenedPeriodNotice: string | null } {
  const { fileName, periods } = storedPeriods(db, importId);
  const overlaps = findOverlaps(db, periods, importId).filter((o) => !before.overlapping.has(o.importId));
  const widened = widenedPeriods(before.periods, periods);
  if (overlaps.length > 0) widened.push(...widenedTerritories(before.periods, periods));
  if (widened.length === 0) return { overlaps, widenedPeriodNotice: null };
  const what = `${fileName} to ${widened.join(' and ')}`;
  if (overlaps.length === 0) {
    return { overlaps, widenedPeriodNotice: checking ? `Importing the corrected lines would widen ${what}.` : `The corrected lines widen ${what}.` };
  }
  const others = overlaps.map((o) => `${o.fileName} (imported ${o.importedAt.slice(0, 10)}, sale period ${o.saleFrom} to ${o.saleTo})`);
  const named = others.length === 1 ? others[0] : `${others.slice(0, -1).join(', ')} and ${others.at(-1)}`;
  const widenedPeriodNotice = checking
    ? `Importing the corrected lines would widen ${what}, which would then overlap ${named}, from the same source: a sale printed in both would count twice.`
    : `The corrected lines widen ${what}, which now overlaps ${named}, from the same source: a sale printed in both counts twice. ` +
      'If they hold the same sales, undo one of the two imports in the import history.';
  return { overlaps, widenedPeriodNotice };
}
