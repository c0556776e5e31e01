import { DelimitedParser, type DelimitedRecord } from './delimited-parser';
import { STATEMENT_FORMATS } from './formats';
import type { FormatMatch, StatementFormat } from './formats/statement-format';

export interface DetectedStatement {
  format: StatementFormat;
  match: FormatMatch;
  delimiter: string;
  header: string[];
  /** Line of the header row; statement lines follow it. */
  headerLine: number;
}

const DELIMITERS = ['\t', ',', ';', '|'];
const HEADER_SEARCH_ROWS = 20;

function leadingRecords(text: string, delimiter: string): DelimitedRecord[] {
  try {
    return new DelimitedParser(delimiter).push(text).slice(0, HEADER_SEARCH_ROWS);
  } catch {
    return [];
  }
}

/**
 * Finds the header row and the format from the first part of a decoded file. Every delimiter is
 * tried, and the header may sit below a preamble; the best fingerprint wins.
 */
export function detectStatement(headText: string): DetectedStatement | null {
  let best: DetectedStatement | null = null;
  for (const delimiter of DELIMITERS) {
    for (const record of leadingRecords(headText, delimiter)) {
      if (record.fields.length < 2) continue;
      for (const format of STATEMENT_FORMATS) {
        const match = format.recognise(record.fields);
        if (match && (!best || match.confidence > best.match.confidence)) {
          best = { format, match, delimiter, header: record.fields, headerLine: record.line };
        }
      }
    }
  }
  return best;
}

/** The first line of text, for an error message about an unrecognised file. */
export function firstLine(text: string): string {
  const line = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}
