import { createHash } from 'node:crypto';
import { withDateOrder } from '../date-order';
import type { DelimitedRecord } from '../delimited-parser';
import { ImportCancelled } from '../statement-file';
import type { ClosestLayout } from '../../../shared/contract/imports';
import { closestLayout, closestOf, resemblanceText } from '../layout-resemblance';
import { detectInRecords, firstLine, HEADER_SEARCH_ROWS, headerCandidatesInRecords, unfitReason } from '../statement-sniffer';
import {
  FileRejection, NotAStatement, partName, withinParent, type DocumentName, type DocumentSink, type RecordBatch, type SourceFile,
} from './statement-document';
import { WorkbookError, workbookSheets, type SheetRow } from './workbook-sheets';

/** Rows handed to the importer at a time: few enough for timely progress and cancelling. */
const ROWS_PER_BATCH = 500;
/** A sheet row is quarantined as its cells joined by tabs. */
const CELL_JOIN = '\t';

/**
 * A sheet has no bytes of its own, so its identity is derived from its workbook's content and its
 * name: re-importing the same workbook finds every sheet already there, and two statement tabs
 * of one workbook stay two imports.
 */
export function sheetIdentity(workbookSha256: string, sheetName: string): string {
  return createHash('sha256').update(`xlsx-sheet\u0000${workbookSha256}\u0000${sheetName}`).digest('hex');
}

async function* sheetRecords(
  head: SheetRow[],
  rest: AsyncIterator<SheetRow>,
  bytesRead: () => number,
  total: number,
): AsyncGenerator<RecordBatch> {
  yield { records: head, bytesDone: bytesRead(), bytesTotal: total };
  let batch: DelimitedRecord[] = [];
  for (;;) {
    const next = await rest.next();
    if (next.done) break;
    batch.push(next.value);
    if (batch.length >= ROWS_PER_BATCH) {
      yield { records: batch, bytesDone: bytesRead(), bytesTotal: total };
      batch = [];
    }
  }
  yield { records: batch, bytesDone: bytesRead(), bytesTotal: total };
}

async function leadingRows(rows: AsyncIterator<SheetRow>): Promise<SheetRow[]> {
  const head: SheetRow[] = [];
  while (head.length < HEADER_SEARCH_ROWS) {
    const next = await rows.next();
    if (next.done) break;
    head.push(next.value);
  }
  return head;
}

/** Why a sheet holds no statement, and the known layout its header comes close to, if any. */
function notAStatement(head: SheetRow[], sink: DocumentSink): { reason: string; closest?: ClosestLayout } {
  if (head.length === 0) return { reason: 'the sheet is empty' };
  if (sink.formatId !== undefined) return { reason: unfitReason(sink.formatId, sink.extraFormats) };
  const resemblance = closestLayout(headerCandidatesInRecords(head));
  if (resemblance) {
    const { closest, line } = resemblance;
    return { reason: `no statement header in its first ${HEADER_SEARCH_ROWS} rows: row ${line} has ${resemblanceText(closest)}`, closest };
  }
  const first = head[0]!.fields.filter((f) => f.trim() !== '').join(', ');
  return { reason: `no statement header in its first ${HEADER_SEARCH_ROWS} rows (it begins "${firstLine(first)}")` };
}

/**
 * Each sheet of a workbook with a recognisable header (the same search as for CSV: any of its
 * first 20 rows, the rows above passed to the format as preamble) is a statement document. Other
 * sheets (a summary tab, a notes tab) are passed over and listed, never an error, unless the
 * workbook holds no statement at all or the user chose that sheet.
 */
export async function importWorkbook(source: SourceFile, sink: DocumentSink): Promise<void> {
  let bytesRead = 0;
  // The workbook's bytes the statement sheets before told as read: the next one reads on from there.
  let told = 0;
  const total = source.facts.byteLength;
  const passedOver: { name: DocumentName; sheet: string; reason: string; closest?: ClosestLayout }[] = [];
  const sheetNames: string[] = [];
  let statements = 0;
  for await (const sheet of workbookSheets(source.path, (done) => (bytesRead = done))) {
    sheetNames.push(sheet.name);
    if (sink.sheet !== null && sheet.name !== sink.sheet) continue;
    if (sink.isCancelled()) throw new ImportCancelled();
    const name = partName(source.name, sheet.name);
    const rows = sheet.rows[Symbol.asyncIterator]();
    let head: SheetRow[];
    try {
      head = await leadingRows(rows);
    } catch (error) {
      if (!(error instanceof WorkbookError)) throw error;
      // The sheet is named in the refusal; the reader cannot be trusted to go on to the next one.
      sink.reject(name, null, error.message);
      for (const p of passedOver) sink.skip(p.name, p.reason);
      return;
    }
    const file = { fileName: source.fileName, keepPersonalData: sink.keepPersonalData };
    const found = detectInRecords(head, CELL_JOIN, file, sink.extraFormats, sink.formatId);
    if (!found) {
      const { reason, closest } = notAStatement(head, sink);
      if (sink.sheet !== null) sink.reject(name, null, reason, closest);
      else passedOver.push({ name, sheet: sheet.name, reason, closest });
      continue;
    }
    statements++;
    // Date cells arrive as days; dates typed as text are ordered as the sheet's first rows show.
    const detected = withDateOrder(found, head);
    const sha256 = sheetIdentity(source.facts.sha256, sheet.name);
    if (sink.duplicate(name, sha256)) continue;
    // A sheet has no bytes of its own: its own progress is the workbook's bytes read since the
    // statement sheet before it, so no byte of the workbook counts for two sheets.
    const from = told;
    const readSince = () => {
      told = bytesRead;
      return told - from;
    };
    await sink.importDocument({
      name,
      sha256,
      byteLength: total,
      encoding: 'xlsx',
      kind: 'sheet',
      detected,
      scale: withinParent(source.scale, from, total - from, total),
      member: source.member,
      records: () => sheetRecords(head, rows, readSince, total - from),
    });
  }
  if (sink.sheet !== null && !sheetNames.includes(sink.sheet)) {
    throw new FileRejection(null, `the workbook has no sheet named "${sink.sheet}" (its sheets: ${sheetNames.join(', ')})`);
  }
  if (statements === 0 && sink.sheet === null) {
    const why = passedOver.map((p) => `${p.sheet}: ${p.reason}`).join('; ');
    const closest = closestOf(passedOver.map((p) => p.closest));
    throw new NotAStatement(null, `no sheet of this workbook holds a statement layout this app recognises (${why || 'it has no sheets'})`, closest);
  }
  for (const p of passedOver) sink.skip(p.name, p.reason);
}
