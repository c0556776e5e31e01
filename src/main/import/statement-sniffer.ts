import { DelimitedParser, type DelimitedRecord } from './delimited-parser';
import { STATEMENT_FORMATS } from './formats';
import type { FormatContext, FormatMatch, StatementFormat } from './formats/statement-format';

export interface DetectedStatement {
  format: StatementFormat;
  match: FormatMatch;
  delimiter: string;
  header: string[];
  /** Line of the header row; statement lines follow it. */
  headerLine: number;
  context: FormatContext;
}

const DELIMITERS = ['\t', ',', ';', '|'];
export const HEADER_SEARCH_ROWS = 20;

function leadingRecords(text: string, delimiter: string): DelimitedRecord[] {
  try {
    return new DelimitedParser(delimiter).push(text).slice(0, HEADER_SEARCH_ROWS);
  } catch {
    return [];
  }
}

/**
 * Finds the header row and the format from the first part of a decoded file. Every delimiter is
 * tried, and the header may sit below a preamble; the best fingerprint wins. `extraFormats` (the
 * user's saved column mappings) are tried after the built-in ones, which so win a tie.
 */
export function detectStatement(
  headText: string,
  file: Omit<FormatContext, 'preamble'>,
  extraFormats: readonly StatementFormat[] = [],
): DetectedStatement | null {
  let best: DetectedStatement | null = null;
  for (const delimiter of DELIMITERS) {
    const found = detectInRecords(leadingRecords(headText, delimiter), delimiter, file, extraFormats);
    if (found && (!best || found.match.confidence > best.match.confidence)) best = found;
  }
  return best;
}

/**
 * The same search over rows already split into cells (a spreadsheet's first rows): any of the
 * first 20 may be the header, the rows above it are the format's preamble. `delimiter` is what
 * joins a row's cells back into one line when it is quarantined.
 */
export function detectInRecords(
  rows: readonly DelimitedRecord[],
  delimiter: string,
  file: Omit<FormatContext, 'preamble'>,
  extraFormats: readonly StatementFormat[] = [],
): DetectedStatement | null {
  let best: DetectedStatement | null = null;
  const records = rows.slice(0, HEADER_SEARCH_ROWS);
  const formats = extraFormats.length ? [...STATEMENT_FORMATS, ...extraFormats] : STATEMENT_FORMATS;
  records.forEach((record, index) => {
    if (record.fields.length < 2) return;
    const context: FormatContext = { ...file, preamble: records.slice(0, index).map((r) => r.fields) };
    for (const format of formats) {
      const match = format.recognise(record.fields, context);
      if (match && (!best || match.confidence > best.match.confidence)) {
        best = { format, match, delimiter, header: record.fields, headerLine: record.line, context };
      }
    }
  });
  return best;
}

/** The first line of text, for an error message about an unrecognised file. */
export function firstLine(text: string): string {
  const line = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}
