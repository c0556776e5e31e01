import type Database from 'better-sqlite3';
import { formatDayNumber } from '../../shared/period/sale-period';
import { resultToCsv } from '../export/csv-writer';
import { formatName } from './format-names';
import { mappedFormatNames } from './column-mapping/saved-mappings';
import { CsvOptions } from '../../shared/export/csv-options';
import { WorkstationError } from '../../shared/contract/envelope';

export function listImports(db: Database.Database) {
  // Imports read by a saved column mapping go by the mapping's name, not by its fingerprint's id.
  const mappingNames = mappedFormatNames(db);
  const rows = db
    .prepare<[], {
      id: number; file_name: string; format: string; format_variant: string; imported_at: string; line_count: number;
      imported_count: number; rejected_count: number; quantity_total: number; totals_json: string; sale_from: number | null; sale_to: number | null;
    }>(
      `SELECT id, file_name, format, format_variant, imported_at, line_count, imported_count, rejected_count,
         quantity_total, totals_json, sale_from, sale_to FROM import_batch ORDER BY id DESC`,
    )
    .all();
  return rows.map((r) => ({
    importId: r.id,
    fileName: r.file_name,
    format: mappingNames.get(r.format) ?? formatName(r.format),
    variant: r.format_variant,
    importedAt: r.imported_at,
    lines: r.line_count,
    imported: r.imported_count,
    rejected: r.rejected_count,
    quantity: r.quantity_total,
    amounts: JSON.parse(r.totals_json) as Record<string, string>,
    saleFrom: r.sale_from === null ? null : formatDayNumber(r.sale_from),
    saleTo: r.sale_to === null ? null : formatDayNumber(r.sale_to),
  }));
}

/** The lines an import quarantined, with line number and reason, as a CSV the user can fix from. */
export function quarantineCsv(db: Database.Database, importId: number): { fileName: string; bytes: Uint8Array; rows: number } {
  const batch = db.prepare<[number], { file_name: string }>('SELECT file_name FROM import_batch WHERE id = ?').get(importId);
  if (!batch) throw new WorkstationError('not_found', 'That import no longer exists.');
  const rows = db
    .prepare<[number], { line_no: number; reason: string; raw: string }>('SELECT line_no, reason, raw FROM rejected_line WHERE import_id = ? ORDER BY line_no')
    .all(importId);
  const bytes = resultToCsv(
    {
      columns: [
        { name: 'line', label: 'Line', type: 'integer' },
        { name: 'reason', label: 'Reason', type: 'text' },
        { name: 'raw', label: 'Line as printed', type: 'text' },
      ],
      rows: rows.map((r) => [r.line_no, r.reason, r.raw]),
    },
    CsvOptions.parse({}),
  );
  return { fileName: `${batch.file_name.replace(/\.[^.]+$/, '')}-quarantined-lines.csv`, bytes, rows: rows.length };
}
