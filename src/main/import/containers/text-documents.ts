import { DDEX_DSR_FORMAT, DdexDsrError, looksLikeDdexDsr, openDdexStatement, type DdexStatement } from '../ddex';
import { leadingRecords, withDateOrder } from '../date-order';
import { DelimitedParser } from '../delimited-parser';
import { readStatementText, type StatementFileFacts } from '../statement-file';
import { closestLayout, resemblanceText } from '../layout-resemblance';
import { detectStatement, firstLine, headerCandidates, unfitReason, type DetectedStatement } from '../statement-sniffer';
import { looksBinary, type StatementEncoding } from '../text-encoding';
import type { StatementFormat } from '../formats/statement-format';
import {
  FileRejection, NotAStatement, type DdexProgress, type DocumentSink, type RecordBatch, type SourceFile,
} from './statement-document';

/** What a text file was taken for: a layout with one header row, or a DDEX DSR flat file. */
export type TextStatement = { kind: 'delimited'; detected: DetectedStatement } | { kind: 'ddex' };

/** Old binary Office files (and password-protected .xlsx, which Excel wraps the same way). */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Text that is not UTF-8 is Windows-1252 (DistroKid, CD Baby) or Shift_JIS (TuneCore Japan); the
 * encoding under which a known header appears is the file's. facts.encoding is updated to it.
 * A DSR file is told by its HEAD record before any header is looked for: its `#` field-name
 * lines could otherwise pass for the header of some tab-separated layout. `formatId`, when the user
 * chose how to read the file, is the only layout tried; a file it does not fit is refused. A file
 * no layout recognises is refused naming the known layout its header comes close to, if any.
 */
export function detectTextStatement(
  facts: StatementFileFacts,
  file: { fileName: string; keepPersonalData: boolean },
  extraFormats: readonly StatementFormat[] = [],
  formatId?: string,
): TextStatement {
  if (facts.byteLength === 0) throw new NotAStatement(null, 'the file is empty (0 bytes)');
  if (COMPOUND_FILE.every((b, i) => facts.head[i] === b)) {
    throw new NotAStatement(null, 'this is an Excel 97–2003 (.xls) or password-protected workbook; save it as .xlsx without a password, or as CSV, and import that');
  }
  if (looksBinary(facts.head, facts.encoding)) throw new NotAStatement(null, 'this is not a text statement (it looks like a binary file)');
  const candidates: StatementEncoding[] = facts.encoding === 'windows-1252' ? ['windows-1252', 'shift_jis'] : [facts.encoding];
  const texts: string[] = [];
  for (const encoding of candidates) {
    const headText = new TextDecoder(encoding).decode(facts.head.subarray(facts.bomLength));
    texts.push(headText);
    if (looksLikeDdexDsr(headText)) {
      if (formatId !== undefined && formatId !== DDEX_DSR_FORMAT.id) throw new NotAStatement(1, unfitReason(formatId, extraFormats));
      facts.encoding = encoding;
      return { kind: 'ddex' };
    }
    const detected = detectStatement(headText, file, extraFormats, formatId);
    if (detected) {
      // A saved mapping may know the file's encoding better than its header can tell.
      facts.encoding = detected.format.encoding ?? encoding;
      return { kind: 'delimited', detected: withDateOrder(detected, leadingRecords(headText, detected.delimiter)) };
    }
  }
  const firstText = texts[0] ?? '';
  if (firstText.trim() === '') throw new NotAStatement(1, 'the file holds only blank space');
  if (formatId !== undefined) throw new NotAStatement(1, unfitReason(formatId, extraFormats));
  const resemblance = closestLayout(texts.flatMap(headerCandidates));
  if (resemblance) {
    const { closest, line } = resemblance;
    throw new NotAStatement(line, `not a statement layout this app recognises: its header has ${resemblanceText(closest)}`, closest);
  }
  throw new NotAStatement(1, `not a statement layout this app recognises (it begins "${firstLine(firstText)}")`);
}

/** The file's records, parsed as its text is decoded chunk by chunk. */
async function* textRecords(source: SourceFile, delimiter: string): AsyncGenerator<RecordBatch> {
  const parser = new DelimitedParser(delimiter);
  const total = source.facts.byteLength;
  let bytesDone = 0;
  for await (const chunk of readStatementText(source.path, source.facts)) {
    bytesDone += chunk.bytes;
    yield { records: parser.push(chunk.text), bytesDone, bytesTotal: total };
  }
  yield { records: parser.end(), bytesDone: total, bytesTotal: total };
}

/** Opens a DSR file; one that is no readable DSR (no HEAD, no usage period) is refused naming the line. */
async function openDsr(source: SourceFile, progress: DdexProgress): Promise<DdexStatement> {
  try {
    // The DSR's own file name (period, part, parties) is read by the DSR reader, not the path's.
    return await openDdexStatement(source.path, source.facts, source.fileName, progress);
  } catch (error) {
    if (error instanceof DdexDsrError) throw new FileRejection(error.line, error.message);
    throw error;
  }
}

/** A text file (CSV, TSV, TXT, a DSR flat file) is one statement document. */
export async function importTextFile(source: SourceFile, sink: DocumentSink): Promise<void> {
  if (sink.duplicate(source.name, source.facts.sha256)) return;
  const file = { fileName: source.fileName, keepPersonalData: sink.keepPersonalData };
  const found = detectTextStatement(source.facts, file, sink.extraFormats, sink.formatId);
  const facts = {
    name: source.name,
    sha256: source.facts.sha256,
    byteLength: source.facts.byteLength,
    encoding: source.facts.encoding,
    scale: source.scale,
    member: source.member,
  };
  if (found.kind === 'ddex') {
    await sink.importDocument({ ...facts, kind: 'ddex', open: (progress) => openDsr(source, progress) });
    return;
  }
  const { detected } = found;
  await sink.importDocument({
    ...facts, kind: 'text', detected, records: () => textRecords(source, detected.delimiter), textFile: { path: source.path, facts: source.facts },
  });
}
