import { outOfLineRange, withinLineRange } from '../../shared/money/exact-amount';
import { joinRecord } from '../../shared/record/record-text';
import { FileRejection } from './containers/statement-document';
import type { DelimitedRecord, DelimitedSyntaxError } from './delimited-parser';
import type { FormatContext, FormatMatch, StatementFormat } from './formats/statement-format';
import { normaliseIsrc, readBarcode } from './identifiers';
import type { ImportOutcome } from './import-outcome';
import type { LocatedTotal } from './reconciliation';
import { isTotalsLabel } from './stated-totals';
import { LineRejection, SKIP_LINE, type GaugeReading, type StatementLineDraft } from './statement-line';
import type { StatementLineWriter } from './statement-line-writer';

/** What reading a statement's rows needs to know about its layout. */
export interface RowLayout {
  format: StatementFormat;
  match: FormatMatch;
  context: FormatContext;
  header: string[];
  /** Line of the header row; statement lines follow it. */
  headerLine: number;
  delimiter: string;
  /** Delimited text can be cut short; a sheet row simply ends at its last filled cell. */
  kind: 'text' | 'sheet';
}

/**
 * Where a statement's rows go once read: straight to the writer, or into a batch for it when
 * the rows are read on another thread. Lines, gauges and quarantined lines count as statement
 * lines; skipped rows do not.
 */
export interface RowSink {
  line(draft: StatementLineDraft, line: number): void;
  gauges(readings: GaugeReading[], line: number): void;
  quarantine(line: number, reason: string, raw: string): void;
  skip(): void;
  statedTotal(located: LocatedTotal): void;
  warning(text: string): void;
}

/** Column letters (A, B, …, AA) for a message about a spreadsheet row. */
function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * Checks a row's width against the header. Delimited text that is short was cut off, and text
 * past the last column is a stray delimiter; a sheet row just ends at its last filled cell, so it
 * is padded, and only a filled cell right of the header is wrong.
 */
function fitToHeader(fields: string[], width: number, kind: RowLayout['kind']): string[] {
  if (kind === 'sheet') {
    const beyond = fields.findIndex((f, i) => i >= width && f.trim() !== '');
    if (beyond >= 0) throw new LineRejection(`cell ${columnLetters(beyond)} holds "${fields[beyond]}", right of the header's ${width} columns`);
    return fields.length < width ? [...fields, ...Array<string>(width - fields.length).fill('')] : fields;
  }
  if (fields.length < width) throw new LineRejection(`expected ${width} columns, found ${fields.length} (is the file cut short?)`);
  if (fields.length > width && fields.slice(width).some((f) => f.trim() !== '')) {
    throw new LineRejection(`expected ${width} columns, found ${fields.length} (a delimiter inside an unquoted cell?)`);
  }
  return fields;
}

/** The first cell with text, trimmed; '' for a blank row. */
function firstText(fields: string[]): string {
  for (const field of fields) {
    const text = field.trim();
    if (text !== '') return text;
  }
  return '';
}

/**
 * Reads a statement's rows, header included, one at a time, through the format's mapper into
 * the sink. Totals rows are told by their first cell before their width is checked: a trailer
 * such as `Total_Rows<TAB>6` has fewer cells than the header and is not a line cut short. Such a
 * row that reads as a line naming a recording or release by a valid code is a song called so. A
 * heading the format knows (isSectionRow) is skipped the same way. Strict mode refuses the file
 * (FileRejection) at the first line that cannot be read, a record too long to read among them;
 * lenient mode quarantines it.
 */
export function statementRowReader(layout: RowLayout, mode: 'strict' | 'lenient', sink: RowSink): (record: DelimitedRecord) => void {
  const { format, header, match, context, delimiter, kind } = layout;
  const mapLine = format.mapper(header, match, context);
  const readTotals = format.statedTotals?.(header, match, context) ?? null;
  const width = header.length;
  // A sheet row is kept as its cells joined by a tab, as they are (corrected-record.ts); a text
  // line as the file would write it, so a cell holding the delimiter reads back as one cell.
  const recordText = (fields: string[]) => (kind === 'sheet' ? fields.join(delimiter) : joinRecord(fields, delimiter));

  const noteTotals = (fields: string[], line: number): void => {
    if (readTotals === null) return;
    try {
      for (const total of readTotals(fields)) sink.statedTotal({ line, total });
    } catch (error) {
      if (!(error instanceof LineRejection)) throw error;
      const reason = `the totals row cannot be read: ${error.message}`;
      if (mode === 'strict') throw new FileRejection(line, reason);
      sink.warning(`Line ${line}: ${reason}; the import was not checked against it.`);
    }
  };

  // A song may be called "Total": read with the layout, such a row names its recording by a valid
  // ISRC or barcode, which a totals row never prints.
  const identifiedLine = (fields: string[]): StatementLineDraft | null => {
    let mapped: ReturnType<typeof mapLine>;
    try {
      mapped = mapLine(fitToHeader(fields, width, kind));
    } catch (error) {
      if (error instanceof LineRejection) return null;
      throw error;
    }
    if (mapped === SKIP_LINE || Array.isArray(mapped)) return null;
    const identified = (mapped.isrc !== null && normaliseIsrc(mapped.isrc) !== null) || (mapped.upc !== null && readBarcode(mapped.upc).gtin !== null);
    return identified ? mapped : null;
  };

  const unreadable = (line: number, reason: string, raw: string): void => {
    if (mode === 'strict') throw new FileRejection(line, reason);
    sink.quarantine(line, reason, raw);
  };

  return ({ fields, line, tooLong }) => {
    if (line <= layout.headerLine) return;
    if (tooLong) {
      unreadable(line, tooLong.reason, tooLong.raw);
      return;
    }
    const first = firstText(fields);
    if (first === '') return;
    if (!format.titlesFirst && isTotalsLabel(first)) {
      const titled = identifiedLine(fields);
      if (titled) {
        sink.line(titled, line);
        return;
      }
      sink.skip();
      noteTotals(fields, line);
      return;
    }
    if (format.isSectionRow?.(fields)) {
      sink.skip();
      return;
    }
    let mapped: StatementLineDraft | GaugeReading[] | typeof SKIP_LINE;
    try {
      mapped = mapLine(fitToHeader(fields, width, kind));
    } catch (error) {
      if (!(error instanceof LineRejection)) throw error;
      unreadable(line, error.message, recordText(fields));
      return;
    }
    if (mapped === SKIP_LINE) sink.skip();
    else if (Array.isArray(mapped)) sink.gauges(mapped, line);
    else if (!withinLineRange(mapped.amount)) unreadable(line, outOfLineRange(mapped.amount, mapped.currency), recordText(fields));
    else sink.line(mapped, line);
  };
}

/** Rows that reach the writer's thread go straight to the writer; the outcome counts them. */
export function writerSink(writer: StatementLineWriter, outcome: ImportOutcome, stated: LocatedTotal[]): RowSink {
  return {
    line(draft, line) {
      outcome.lines++;
      writer.write(draft, line);
    },
    gauges(readings, line) {
      outcome.lines++;
      writer.writeGauges(readings, line);
    },
    quarantine(line, reason, raw) {
      outcome.lines++;
      writer.quarantine(line, reason, raw);
    },
    skip() {
      outcome.skipped++;
    },
    statedTotal(located) {
      stated.push(located);
    },
    warning(text) {
      outcome.warnings.push(text);
    },
  };
}

/**
 * What a file that breaks off inside a record (an unclosed quote) comes to: in lenient mode,
 * once some lines were imported, its rest is quarantined as one line; otherwise it is refused.
 */
export function settleSyntaxError(error: DelimitedSyntaxError, writer: StatementLineWriter, mode: 'strict' | 'lenient', outcome: ImportOutcome): void {
  if (mode === 'strict' || writer.imported === 0) throw new FileRejection(error.line, error.message);
  outcome.lines++;
  writer.quarantine(error.line, error.message, error.raw);
}
