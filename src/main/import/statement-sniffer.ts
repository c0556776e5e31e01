import { DelimitedParser, type DelimitedRecord } from './delimited-parser';
import { STATEMENT_FORMATS } from './formats';
import type { FormatContext, FormatMatch, StatementFormat } from './formats/statement-format';

/** Another layout that recognised the file as well as the one chosen: the user may read it as that instead. */
export interface FormatAlternative {
  formatId: string;
  name: string;
  variant: string;
}

export interface DetectedStatement {
  format: StatementFormat;
  match: FormatMatch;
  /** Other formats (by id) that fit as well as `format`; it was chosen only for coming first. */
  alternatives: FormatAlternative[];
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

/** A row of one cell is a title or a note, never a header. */
const mayBeHeader = (record: DelimitedRecord) => record.fields.length >= 2;

/** The rows detection tries as a header in a file's first part: the first 20, under every delimiter. */
export function headerCandidates(headText: string): DelimitedRecord[] {
  return DELIMITERS.flatMap((delimiter) => leadingRecords(headText, delimiter).filter(mayBeHeader));
}

/** The rows detection tries as a header among rows already split into cells (a sheet's). */
export function headerCandidatesInRecords(rows: readonly DelimitedRecord[]): DelimitedRecord[] {
  return rows.slice(0, HEADER_SEARCH_ROWS).filter(mayBeHeader);
}

/**
 * The better of two detections; the earlier wins a tie, and the formats of the later one that are
 * new become its alternatives, so a tie is never settled silently.
 */
function keepBest(best: DetectedStatement | null, found: DetectedStatement): DetectedStatement {
  if (!best || found.match.confidence > best.match.confidence) return found;
  if (found.match.confidence < best.match.confidence) return best;
  const known = new Set([best.format.id, ...best.alternatives.map((a) => a.formatId)]);
  const added: FormatAlternative[] = [];
  for (const tied of [{ formatId: found.format.id, name: found.format.name, variant: found.match.variant }, ...found.alternatives]) {
    if (known.has(tied.formatId)) continue;
    known.add(tied.formatId);
    added.push(tied);
  }
  return added.length ? { ...best, alternatives: [...best.alternatives, ...added] } : best;
}

/** The formats detection tries: all of them, or only the one the user chose to read the file as. */
function formatsToTry(extraFormats: readonly StatementFormat[], formatId: string | undefined): readonly StatementFormat[] {
  const all = extraFormats.length ? [...STATEMENT_FORMATS, ...extraFormats] : STATEMENT_FORMATS;
  return formatId === undefined ? all : all.filter((format) => format.id === formatId);
}

/** Why a file was refused when the user chose a format for it that does not recognise it. */
export function unfitReason(formatId: string, extraFormats: readonly StatementFormat[] = []): string {
  const chosen = formatsToTry(extraFormats, formatId)[0];
  return chosen ? `it does not fit the chosen layout ${chosen.name}` : `no layout is known by the id "${formatId}"`;
}

/**
 * Finds the header row and the format from the first part of a decoded file. Every delimiter is
 * tried, and the header may sit below a preamble; the best fingerprint wins. `extraFormats` (the
 * user's saved column mappings) are tried after the built-in ones, which so win a tie; `formatId`
 * restricts detection to the one format the user chose.
 */
export function detectStatement(
  headText: string,
  file: Omit<FormatContext, 'preamble'>,
  extraFormats: readonly StatementFormat[] = [],
  formatId?: string,
): DetectedStatement | null {
  let best: DetectedStatement | null = null;
  for (const delimiter of DELIMITERS) {
    const found = detectInRecords(leadingRecords(headText, delimiter), delimiter, file, extraFormats, formatId);
    if (found) best = keepBest(best, found);
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
  formatId?: string,
): DetectedStatement | null {
  let best: DetectedStatement | null = null;
  const records = rows.slice(0, HEADER_SEARCH_ROWS);
  const formats = formatsToTry(extraFormats, formatId);
  records.forEach((record, index) => {
    if (!mayBeHeader(record)) return;
    const context: FormatContext = { ...file, preamble: records.slice(0, index).map((r) => r.fields) };
    for (const format of formats) {
      const match = format.recognise(record.fields, context);
      if (match) best = keepBest(best, { format, match, alternatives: [], delimiter, header: record.fields, headerLine: record.line, context });
    }
  });
  return best;
}

/** The first line of text, for an error message about an unrecognised file. */
export function firstLine(text: string): string {
  const line = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}
