import type Database from 'better-sqlite3';
import { basename } from 'node:path';
import { z } from 'zod';
import type { ReportPartWaiting } from '../../../shared/contract/imports';
import { reportPartText } from '../../../shared/ddex/report-part-text';
import { logger } from '../../diagnostics/logger';
import { readDsrFileName } from './dsr-file-name';
import { FOOT_COUNTS } from './dsr-footer';
import { checkDdexReport, type DdexReportPart } from './dsr-report';

/** A part's facts as kept in ddex_report_part.part_json; read back checked, as a newer app may have written them. */
const StoredPart = z.object({
  fileName: z.string(),
  messageId: z.string(),
  part: z.object({ n: z.number().int(), of: z.number().int() }).nullable(),
  footer: z.object({
    lines: z.number().int(),
    summaryRecords: z.number().int(),
    blockIds: z.array(z.string()),
    stated: z.partialRecord(z.enum(FOOT_COUNTS), z.number().int()),
    footLine: z.number().int().nullable(),
  }),
});

/** Where a multi-file report stands once one of its files is imported. */
export interface ReportStanding {
  /** What the user should look at: the report's problems across its files, or why it cannot be checked. */
  warnings: string[];
  /** One sentence for the import's message when there is nothing to warn about. */
  note: string | null;
  /** The report's files not imported yet, when some are (the Import page tells those staged with it). */
  waiting: ReportPartWaiting | null;
  /** Which file of which report this is, when its report can be told (see ImportOutcome.reportFile). */
  file: ReportFile | null;
}

/** A file of a multi-file report: its report as ReportPartWaiting.report names it, and its place. */
export interface ReportFile {
  report: string;
  part: number;
}

/**
 * Keeps one file's part of a multi-file DSR report with its import, inside the import's
 * transaction (a dry run or a refused file leaves nothing behind), and checks the report across
 * its files (checkDdexReport) as soon as every file from 1 to y is in: whether they came in one
 * import or several, and in whatever order.
 */
export function noteReportPart(db: Database.Database, importId: number, sender: string, part: DdexReportPart): ReportStanding {
  const place = part.part!;
  const report = reportOf(part);
  if (report === null) {
    return {
      warnings: [`HEAD gives no MessageId and the file name is not a DSR name, so file ${place.n} of ${place.of} cannot be checked together with the other files of its report`],
      note: null,
      waiting: null,
      file: null,
    };
  }
  db.prepare('INSERT INTO ddex_report_part (import_id, sender, report_key, part_json) VALUES (?, ?, ?, ?)')
    .run(importId, sender, report.key, JSON.stringify(part));
  const parts = partsOf(db, sender, report.key);
  const named = `Report ${report.label} from ${sender}`;
  const file = { report: `${sender}\u0000${report.key}`, part: place.n };
  const total = Math.max(...parts.map((p) => p.part?.of ?? 1));
  const missing = Array.from({ length: total }, (_, i) => i + 1).filter((n) => !parts.some((p) => (p.part?.n ?? 1) === n));
  if (missing.length) {
    const waiting = { ...file, named, of: total, missing };
    return { warnings: [reportPartText(waiting)], note: null, waiting, file };
  }
  const problems = checkDdexReport(parts);
  if (problems.length) return { warnings: problems.map((p) => `${named}, checked across its ${total} files: ${p}.`), note: null, waiting: null, file };
  return { warnings: [], note: `${named} is complete: its ${total} files are imported and agree with each other and with the last file's FOOT.`, waiting: null, file };
}

/**
 * What ties the files of one report together: HEAD's MessageId (unique per sender), else the
 * standard file name, which the files of a report share but for their `xofy`.
 */
function reportOf(part: DdexReportPart): { key: string; label: string } | null {
  if (part.messageId !== '') return { key: part.messageId, label: `"${part.messageId}"` };
  if (!readDsrFileName(part.fileName)?.part) return null;
  const shared = basename(part.fileName).replace(/_\d+of(\d+)_/i, '_*of$1_');
  return { key: `file name ${shared}`, label: shared };
}

/** Every kept part of one report, in file order, then in the order they were imported. */
function partsOf(db: Database.Database, sender: string, reportKey: string): DdexReportPart[] {
  const rows = db
    .prepare<[string, string], { import_id: number; part_json: string }>(
      'SELECT import_id, part_json FROM ddex_report_part WHERE sender = ? AND report_key = ? ORDER BY import_id',
    )
    .all(sender, reportKey);
  const parts: DdexReportPart[] = [];
  for (const row of rows) {
    const part = StoredPart.safeParse(parseJson(row.part_json));
    if (part.success) parts.push(part.data);
    else logger.warn(`the DDEX report part kept with import ${row.import_id} cannot be read and is left out of the report check`);
  }
  return parts.sort((a, b) => (a.part?.n ?? 1) - (b.part?.n ?? 1));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
