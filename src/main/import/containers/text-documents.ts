import { DelimitedParser } from '../delimited-parser';
import { readStatementText, type StatementFileFacts } from '../statement-file';
import { detectStatement, firstLine, type DetectedStatement } from '../statement-sniffer';
import { looksBinary, type StatementEncoding } from '../text-encoding';
import { NotAStatement, type DocumentSink, type RecordBatch, type SourceFile } from './statement-document';

/** Old binary Office files (and password-protected .xlsx, which Excel wraps the same way). */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Text that is not UTF-8 is Windows-1252 (DistroKid, CD Baby) or Shift_JIS (TuneCore Japan); the
 * encoding under which a known header appears is the file's. facts.encoding is updated to it.
 */
export function detectTextStatement(facts: StatementFileFacts, file: { fileName: string; keepPersonalData: boolean }): DetectedStatement {
  if (facts.byteLength === 0) throw new NotAStatement(null, 'the file is empty (0 bytes)');
  if (COMPOUND_FILE.every((b, i) => facts.head[i] === b)) {
    throw new NotAStatement(null, 'this is an Excel 97–2003 (.xls) or password-protected workbook; save it as .xlsx without a password, or as CSV, and import that');
  }
  if (looksBinary(facts.head, facts.encoding)) throw new NotAStatement(null, 'this is not a text statement (it looks like a binary file)');
  const candidates: StatementEncoding[] = facts.encoding === 'windows-1252' ? ['windows-1252', 'shift_jis'] : [facts.encoding];
  let firstText = '';
  for (const encoding of candidates) {
    const headText = new TextDecoder(encoding).decode(facts.head.subarray(facts.bomLength));
    if (firstText === '') firstText = headText;
    const detected = detectStatement(headText, file);
    if (detected) {
      facts.encoding = encoding;
      return detected;
    }
  }
  if (firstText.trim() === '') throw new NotAStatement(1, 'the file holds only blank space');
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

/** A delimited text file (CSV, TSV, TXT) is one statement document. */
export async function importTextFile(source: SourceFile, sink: DocumentSink): Promise<void> {
  if (sink.duplicate(source.name, source.facts.sha256)) return;
  const detected = detectTextStatement(source.facts, { fileName: source.fileName, keepPersonalData: sink.keepPersonalData });
  await sink.importDocument({
    name: source.name,
    sha256: source.facts.sha256,
    byteLength: source.facts.byteLength,
    encoding: source.facts.encoding,
    kind: 'text',
    detected,
    scale: source.scale,
    records: () => textRecords(source, detected.delimiter),
  });
}
