import type { MappingDelimiter, MappingEncoding, MappingInspection } from '../../../shared/contract/column-mapping';
import { WorkstationError } from '../../../shared/contract/envelope';
import { DelimitedParser, DelimitedSyntaxError } from '../delimited-parser';
import { inspectStatementFile } from '../statement-file';
import { looksBinary } from '../text-encoding';
import { firstSheetRows } from './first-sheet-rows';
import { guessDelimiter, guessHeaderRow, shownRows } from './inspected-rows';

export interface InspectOverrides {
  delimiter?: MappingDelimiter;
  encoding?: MappingEncoding;
  sheet?: string;
}

const isZip = (head: Uint8Array) => head[0] === 0x50 && head[1] === 0x4b && head[2] === 3 && head[3] === 4;
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function refuse(message: string): never {
  throw new WorkstationError('rejected_input', message);
}

/**
 * A staged file's first rows as the importer would split them, for the mapping wizard: the
 * encoding is settled the importer's way (every byte is read, as one Windows-1252 accent deep in
 * a file makes it not UTF-8) unless the user chose one; the delimiter is the one that splits the
 * rows most evenly unless chosen. A workbook's rows come from the chosen sheet, or the first.
 */
export async function inspectStatementRows(path: string, overrides: InspectOverrides): Promise<MappingInspection> {
  const facts = await inspectStatementFile(path, () => undefined, () => false);
  if (facts.byteLength === 0) refuse('The file is empty; there is nothing to map.');
  if (isZip(facts.head)) return firstSheetRows(path, overrides.sheet ?? null);
  if (COMPOUND_FILE.every((b, i) => facts.head[i] === b)) {
    refuse('This is an Excel 97–2003 (.xls) or password-protected workbook; save it as .xlsx or CSV, then map that.');
  }
  const encoding = overrides.encoding ?? facts.encoding;
  if (!overrides.encoding && looksBinary(facts.head, facts.encoding)) refuse('This is not a text statement (it looks like a binary file).');
  // Streaming decode: the head may end inside a character, which must not become a "�".
  const text = new TextDecoder(encoding).decode(facts.head.subarray(facts.bomLength), { stream: true });
  const delimiter = overrides.delimiter ?? guessDelimiter(text);
  const parser = new DelimitedParser(delimiter);
  const records = parser.push(text);
  if (facts.byteLength <= facts.head.length) {
    try {
      records.push(...parser.end());
    } catch (error) {
      // An unclosed quote at the very end: the rows before it still show what the file is.
      if (!(error instanceof DelimitedSyntaxError)) throw error;
    }
  }
  const rows = shownRows(records.map((record) => record.fields));
  if (rows.length === 0) refuse('The file holds only blank space; there is nothing to map.');
  return { kind: 'text', encoding, delimiter, sheet: null, rows, suggestedHeaderRow: guessHeaderRow(rows) };
}
