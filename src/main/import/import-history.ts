import type Database from 'better-sqlite3';
import { formatDayNumber } from '../../shared/period/sale-period';
import { resultToCsv } from '../export/csv-writer';
import { formatName } from './format-names';
import { mappedFormatNames } from './column-mapping/saved-mappings';
import { replacedByImport } from './replaced-imports/replaced-by-import';
import { readAgainOf } from './replaced-imports/read-again-offer';
import { CsvOptions } from '../../shared/export/csv-options';
import { WorkstationError } from '../../shared/contract/envelope';

export function listImports(db: Database.Database) {
  // Imports read by a saved column mapping go by the mapping's name, not by its fingerprint's id.
  const mappingNames = mappedFormatNames(db);
  const replaced = replacedByImport(db);
  const rows = db
    .prepare<[], {
      id: number; file_name: string; format: string; format_variant: string; imported_at: string; line_count: number;
      imported_count: number; rejected_count: number; quantity_total: number; totals_json: string; sale_from: number | null; sale_to: number | null;
      readings: number; statement_lines: number; set_aside: number; read_again_for: string | null; archive_path: string | null;
    }>(
      // imported_count counts a gauge row once however many readings it holds: the readings are
      // counted here, and the statement lines from the import's platform rollup, not its lines.
      `SELECT b.id, b.file_name, b.format, b.format_variant, b.imported_at, b.line_count, b.imported_count, b.rejected_count,
         b.quantity_total, b.totals_json, b.sale_from, b.sale_to, coalesce(g.readings, 0) AS readings,
         coalesce(s.lines, 0) AS statement_lines, coalesce(a.lines, 0) AS set_aside, b.read_again_for, b.archive_path
       FROM import_batch b
       LEFT JOIN (SELECT import_id, count(*) AS readings FROM gauge_reading GROUP BY import_id) g ON g.import_id = b.id
       LEFT JOIN (SELECT import_id, sum(lines) AS lines FROM rollup_month_platform WHERE basis = 'sale' GROUP BY import_id) s ON s.import_id = b.id
       LEFT JOIN (SELECT import_id, count(*) AS lines FROM rejected_line_follow_up WHERE set_aside = 1 GROUP BY import_id) a ON a.import_id = b.id
       ORDER BY b.id DESC`,
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
    setAside: r.set_aside,
    readings: r.readings,
    statementLines: r.statement_lines,
    quantity: r.quantity_total,
    amounts: JSON.parse(r.totals_json) as Record<string, string>,
    saleFrom: r.sale_from === null ? null : formatDayNumber(r.sale_from),
    saleTo: r.sale_to === null ? null : formatDayNumber(r.sale_to),
    replaced: replaced.get(r.id) ?? [],
    readAgain: readAgainOf(r),
  }));
}

/** The name an export of one import's rows goes by: the statement's name with `suffix` for its extension. */
function exportFileName(db: Database.Database, importId: number, suffix: string): string {
  const batch = db.prepare<[number], { file_name: string }>('SELECT file_name FROM import_batch WHERE id = ?').get(importId);
  if (!batch) throw new WorkstationError('not_found', 'That import no longer exists.');
  return `${batch.file_name.replace(/\.[^.]+$/, '')}-${suffix}.csv`;
}

/**
 * The lines an import quarantined, with line number and reason, as a CSV the user can fix from: each
 * as the file printed it, the last correction tried on it with why it still did not read, and
 * whether it was set aside.
 */
export function quarantineCsv(db: Database.Database, importId: number): { fileName: string; bytes: Uint8Array; rows: number } {
  const fileName = exportFileName(db, importId, 'quarantined-lines');
  const rows = db
    .prepare<[number], { line_no: number; reason: string; raw: string; tried: string | null; tried_reason: string | null; set_aside: number | null }>(
      `SELECT r.line_no, r.reason, r.raw, f.tried, f.tried_reason, f.set_aside
       FROM rejected_line r LEFT JOIN rejected_line_follow_up f ON f.import_id = r.import_id AND f.line_no = r.line_no
       WHERE r.import_id = ? ORDER BY r.line_no`,
    )
    .all(importId);
  const bytes = resultToCsv(
    {
      columns: [
        { name: 'line', label: 'Line', type: 'integer' },
        { name: 'reason', label: 'Reason', type: 'text' },
        { name: 'raw', label: 'Line as printed', type: 'text' },
        { name: 'tried', label: 'Last correction tried', type: 'text' },
        { name: 'triedReason', label: 'Why it still cannot be read', type: 'text' },
        { name: 'setAside', label: 'Set aside', type: 'text' },
      ],
      rows: rows.map((r) => [r.line_no, r.reason, r.raw, r.tried, r.tried_reason, r.set_aside === 1 ? 'yes' : null]),
    },
    CsvOptions.parse({}),
  );
  return { fileName, bytes, rows: rows.length };
}

/**
 * The audience figures an import stored as gauge readings (they are not statement lines), one row
 * per reading in file order, with the recording a reading was matched to.
 */
export function gaugeReadingsCsv(db: Database.Database, importId: number): { fileName: string; bytes: Uint8Array; rows: number } {
  const fileName = exportFileName(db, importId, 'readings');
  const rows = db
    .prepare<[number], {
      line_no: number; day: number | null; window: string | null; subject_kind: string; subject: string;
      title: string | null; isrc: string | null; metric: string; value: number;
    }>(
      `SELECT g.line_no, g.day, g.window, g.subject_kind, g.subject, r.title, r.isrc, g.metric, g.value
       FROM gauge_reading g LEFT JOIN recording r ON r.id = g.recording_id
       WHERE g.import_id = ? ORDER BY g.line_no, g.id`,
    )
    .all(importId);
  const bytes = resultToCsv(
    {
      columns: [
        { name: 'line', label: 'Line', type: 'integer' },
        { name: 'day', label: 'Day', type: 'date' },
        { name: 'window', label: 'Window', type: 'text' },
        { name: 'subjectKind', label: 'Subject kind', type: 'text' },
        { name: 'subject', label: 'Subject', type: 'text' },
        { name: 'recording', label: 'Recording', type: 'text' },
        { name: 'isrc', label: 'ISRC', type: 'text' },
        { name: 'metric', label: 'Metric', type: 'text' },
        { name: 'value', label: 'Value', type: 'integer' },
      ],
      rows: rows.map((r) => [
        r.line_no, r.day === null ? null : formatDayNumber(r.day), r.window, r.subject_kind, r.subject, r.title, r.isrc, r.metric, r.value,
      ]),
    },
    CsvOptions.parse({}),
  );
  return { fileName, bytes, rows: rows.length };
}
