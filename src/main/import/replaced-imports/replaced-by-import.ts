import type Database from 'better-sqlite3';
import type { ReplacedImport } from '../../../shared/contract/replaced-imports';
import { formatDayNumber } from '../../../shared/period/sale-period';
import { bringBackPlan } from './bring-back-plan';
import { allReplacedRecords } from './replaced-records';

const isoDay = (day: number | null) => (day === null ? null : formatDayNumber(day));

/** The imports each import replaced, by the replacing import's id, with whether each can be brought back now. */
export function replacedByImport(db: Database.Database): Map<number, ReplacedImport[]> {
  const byImport = new Map<number, ReplacedImport[]>();
  for (const record of allReplacedRecords(db)) {
    const plan = bringBackPlan(record);
    const replaced: ReplacedImport = {
      importId: record.replaced_import_id,
      fileName: record.file_name,
      imported: record.imported_count,
      rejected: record.rejected_count,
      amounts: JSON.parse(record.totals_json) as Record<string, string>,
      saleFrom: isoDay(record.sale_from),
      saleTo: isoDay(record.sale_to),
      cannotBringBack: plan.cannot,
      correctable: record.layout !== null,
    };
    byImport.set(record.replacing_import_id, [...(byImport.get(record.replacing_import_id) ?? []), replaced]);
  }
  return byImport;
}
