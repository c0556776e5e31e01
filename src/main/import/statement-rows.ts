import { FileRejection, type DelimitedDocument } from './containers/statement-document';
import { DelimitedSyntaxError } from './delimited-parser';
import type { StatedTotalsReader } from './formats/statement-format';
import type { ImportOutcome, ImportProgress } from './import-outcome';
import type { LocatedTotal } from './reconciliation';
import { isTotalsLabel } from './stated-totals';
import { ImportCancelled } from './statement-file';
import { LineRejection, SKIP_LINE, type GaugeReading, type StatementLineDraft } from './statement-line';
import type { StatementLineWriter } from './statement-line-writer';

/** The parts of the import's options that reading rows needs. */
export interface RowReading {
  mode: 'strict' | 'lenient';
  isCancelled: () => boolean;
  onProgress: (progress: ImportProgress) => void;
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
function fitToHeader(fields: string[], width: number, kind: DelimitedDocument['kind']): string[] {
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

/**
 * Streams the document's records through the format's mapper into the writer, and returns the
 * totals the file states about itself. Totals rows are told by their first cell before their
 * width is checked: a trailer such as `Total_Rows<TAB>6` has fewer cells than the header and is
 * not a line cut short. A heading the format knows (isSectionRow) is skipped the same way.
 */
export async function readStatementRows(
  document: DelimitedDocument,
  writer: StatementLineWriter,
  options: RowReading,
  outcome: ImportOutcome,
): Promise<LocatedTotal[]> {
  const { detected } = document;
  const { format } = detected;
  const mapLine = format.mapper(detected.header, detected.match, detected.context);
  const readTotals: StatedTotalsReader | null = format.statedTotals?.(detected.header, detected.match, detected.context) ?? null;
  const width = detected.header.length;
  const stated: LocatedTotal[] = [];

  const noteTotals = (fields: string[], line: number): void => {
    if (readTotals === null) return;
    try {
      for (const total of readTotals(fields)) stated.push({ line, total });
    } catch (error) {
      if (!(error instanceof LineRejection)) throw error;
      const reason = `the totals row cannot be read: ${error.message}`;
      if (options.mode === 'strict') throw new FileRejection(line, reason);
      outcome.warnings.push(`Line ${line}: ${reason}; the import was not checked against it.`);
    }
  };

  const handle = (fields: string[], line: number): void => {
    if (line <= detected.headerLine) return;
    const first = fields.find((f) => f.trim() !== '')?.trim() ?? '';
    if (first === '') return;
    if (isTotalsLabel(first)) {
      outcome.skipped++;
      noteTotals(fields, line);
      return;
    }
    if (format.isSectionRow?.(fields)) {
      outcome.skipped++;
      return;
    }
    let mapped: StatementLineDraft | GaugeReading[] | typeof SKIP_LINE;
    try {
      mapped = mapLine(fitToHeader(fields, width, document.kind));
    } catch (error) {
      if (!(error instanceof LineRejection)) throw error;
      if (options.mode === 'strict') throw new FileRejection(line, error.message);
      outcome.lines++;
      writer.quarantine(line, error.message, fields.join(detected.delimiter));
      return;
    }
    if (mapped === SKIP_LINE) {
      outcome.skipped++;
      return;
    }
    outcome.lines++;
    if (Array.isArray(mapped)) writer.writeGauges(mapped, line);
    else writer.write(mapped, line);
  };

  const report = (bytesDone: number, bytesTotal: number) =>
    options.onProgress({ phase: 'reading', ...document.scale(bytesDone, bytesTotal), lines: outcome.lines });
  let lastReport = 0;
  let end = { bytesDone: 0, bytesTotal: 0 };
  try {
    for await (const batch of document.records()) {
      if (options.isCancelled()) throw new ImportCancelled();
      for (const record of batch.records) handle(record.fields, record.line);
      end = batch;
      const now = Date.now();
      if (now - lastReport > 100) {
        lastReport = now;
        report(batch.bytesDone, batch.bytesTotal);
      }
    }
  } catch (error) {
    if (!(error instanceof DelimitedSyntaxError)) throw error;
    if (options.mode === 'strict' || writer.imported === 0) throw new FileRejection(error.line, error.message);
    outcome.lines++;
    writer.quarantine(error.line, error.message, error.raw);
    end = { bytesDone: end.bytesTotal, bytesTotal: end.bytesTotal };
  }
  report(end.bytesDone, end.bytesTotal);
  return stated;
}
