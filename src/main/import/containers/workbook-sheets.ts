import type ExcelJS from 'exceljs';
import { createReadStream } from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import { cellText, type SheetCellValue } from './sheet-cells';
import { FileRejection } from './statement-document';

/** One row of a sheet as statement text: `line` is the sheet's own row number. */
export interface SheetRow {
  line: number;
  fields: string[];
}

export interface WorkbookSheet {
  name: string;
  /** The sheet's non-empty rows in order; read once, before the next sheet is asked for. */
  rows: AsyncIterable<SheetRow>;
}

/** The workbook's XML or zip structure is broken in a way only the spreadsheet reader notices. */
export class WorkbookError extends FileRejection {
  constructor(reason: string) {
    super(null, reason);
  }
}

/** What exceljs's streaming reader has besides its typings: the sheet's name and the 1904 flag. */
interface StreamedSheet {
  id?: number | string;
  name?: string;
  [Symbol.asyncIterator](): AsyncIterator<ExcelJS.Row>;
}
interface StreamedWorkbook {
  properties?: { model?: { date1904?: boolean } };
  [Symbol.asyncIterator](): AsyncIterator<StreamedSheet>;
}

/**
 * The workbook's bytes on their way to the spreadsheet reader's unzipper, counted for progress.
 * The unzipper announces its end as soon as its input is written, while up to a chunk (all of a
 * small workbook) is still unparsed; exceljs then stops at the entries it has, and under load a
 * workbook came out cut short ("cannot read properties of undefined") or without its last sheets.
 * So that early announcement is taken off when the unzipper is attached: it ends once it has read
 * the archive's end record, or fails on a file that has none.
 */
export class WorkbookFeed extends Transform {
  done = 0;

  constructor(private readonly onBytes: (done: number) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.done += chunk.length;
    this.onBytes(this.done);
    callback(null, chunk);
  }

  override pipe<T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T {
    const unzipper = destination as unknown as NodeJS.EventEmitter;
    for (const listener of unzipper.listeners('finish')) {
      if (/\.emit\(\s*['"]end['"]\s*\)/.test(String(listener))) unzipper.removeListener('finish', listener as () => void);
    }
    return super.pipe(destination, options);
  }
}

function rowFields(row: ExcelJS.Row, date1904: boolean): string[] {
  const fields: string[] = [];
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    while (fields.length < column - 1) fields.push('');
    fields[column - 1] = cellText(cell.value as SheetCellValue, cell.numFmt, date1904);
  });
  return fields;
}

async function* sheetRows(rows: AsyncIterator<ExcelJS.Row>, workbook: StreamedWorkbook): AsyncGenerator<SheetRow> {
  for (;;) {
    let next: IteratorResult<ExcelJS.Row>;
    try {
      next = await rows.next();
    } catch (error) {
      throw new WorkbookError(`the sheet cannot be read (${(error as Error).message})`);
    }
    if (next.done) return;
    yield { line: next.value.number, fields: rowFields(next.value, workbook.properties?.model?.date1904 === true) };
  }
}

/**
 * The sheets of an .xlsx file, one after another, read by exceljs's streaming reader so a large
 * sheet never sits in memory: rows are handed on as the XML is parsed. Shared strings and styles
 * are kept (styles say which numbers are dates); hyperlinks are not needed, a cell's text is.
 */
export async function* workbookSheets(path: string, onBytes: (done: number) => void): AsyncGenerator<WorkbookSheet> {
  // Loaded on the first workbook, not with the worker: exceljs takes about a second to load, which
  // every start of the writer and readers paid for the few statements that come as .xlsx.
  const { default: Excel } = await import('exceljs');
  const input = createReadStream(path, { highWaterMark: 1 << 20 });
  const counted = input.pipe(new WorkbookFeed(onBytes));
  const workbook = new Excel.stream.xlsx.WorkbookReader(counted, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  }) as unknown as StreamedWorkbook;
  const sheets = workbook[Symbol.asyncIterator]();
  let currentRows: AsyncIterator<ExcelJS.Row> | null = null;
  let finished = false;
  try {
    for (let index = 1; ; index++) {
      // A sheet the caller passed over is still read to its end before the next is asked for:
      // exceljs deletes a parked sheet's temp file when it moves on, and a read of it still
      // pending then fails as an uncaught error.
      if (currentRows) await drainRows(currentRows);
      let next: IteratorResult<StreamedSheet>;
      try {
        next = await sheets.next();
      } catch (error) {
        finished = true;
        throw new WorkbookError(`it cannot be read as an Excel workbook (${(error as Error).message})`);
      }
      if (next.done) {
        finished = true;
        return;
      }
      currentRows = next.value[Symbol.asyncIterator]();
      // A sheet stored before the workbook's list of names has none yet; its position stands in.
      yield { name: next.value.name ?? `sheet ${index}`, rows: sheetRows(currentRows, workbook) };
    }
  } finally {
    // exceljs parks sheets stored before the shared strings in temp files and reads them back
    // later; left half-way, that read fails after the files are gone, as an uncaught error in
    // the thread. So a workbook is always read to its end, even when its reader stops early.
    if (!finished) await drainWorkbook(sheets, currentRows);
    input.destroy();
    counted.destroy();
  }
}

/** Reads a sheet's remaining rows; damage in rows nobody will import does not matter. */
async function drainRows(rows: AsyncIterator<ExcelJS.Row>): Promise<void> {
  try {
    while (!(await rows.next()).done);
  } catch {
    // The sheet is not imported; the reader only needed to finish it.
  }
}

async function drainWorkbook(sheets: AsyncIterator<StreamedSheet>, currentRows: AsyncIterator<ExcelJS.Row> | null): Promise<void> {
  try {
    if (currentRows) await drainRows(currentRows);
    for (let sheet = await sheets.next(); !sheet.done; sheet = await sheets.next()) await drainRows(sheet.value[Symbol.asyncIterator]());
  } catch {
    // A damaged tail was never going to be imported; the reader only needed to finish.
  }
}
