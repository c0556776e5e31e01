import { INSPECTED_ROWS, type MappingInspection } from '../../../shared/contract/column-mapping';
import { WorkstationError } from '../../../shared/contract/envelope';
import { FileRejection } from '../containers/statement-document';
import { workbookSheets, type SheetRow } from '../containers/workbook-sheets';
import { readZipDirectory, ZipFormatError } from '../containers/zip-directory';
import { verifyMember } from '../containers/zip-member';
import { guessHeaderRow, shownRows } from './inspected-rows';

/**
 * The spreadsheet reader hangs on damaged compressed parts and trusts declared sizes, so every
 * part is unpacked into nothing first, under the archive limits, as the importer does.
 */
async function verifyWorkbook(path: string): Promise<void> {
  let entries;
  try {
    entries = await readZipDirectory(path);
    if (!entries.some((entry) => entry.name === 'xl/workbook.xml')) {
      throw new WorkstationError('rejected_input', 'This is a zip archive; unpack it and map the statement file inside.');
    }
    for (const entry of entries) if (!entry.name.endsWith('/')) await verifyMember(path, entry, () => false, () => undefined);
  } catch (error) {
    if (error instanceof ZipFormatError) throw new WorkstationError('rejected_input', `This workbook cannot be read: ${error.message}.`);
    throw error;
  }
}

async function leadingRows(rows: AsyncIterable<SheetRow>): Promise<string[][]> {
  const iterator = rows[Symbol.asyncIterator]();
  const head: string[][] = [];
  // Not a for-await loop: leaving one early would end the reader's walk through the workbook.
  while (head.length < INSPECTED_ROWS) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(next.value.fields);
  }
  return head;
}

/** An .xlsx file's sheet names and the first rows of the chosen sheet (the first one when none is chosen). */
export async function firstSheetRows(path: string, chosen: string | null): Promise<MappingInspection> {
  await verifyWorkbook(path);
  const sheets: string[] = [];
  let shown: { sheet: string; rows: string[][] } | null = null;
  try {
    for await (const sheet of workbookSheets(path, () => undefined)) {
      sheets.push(sheet.name);
      if (shown === null && (chosen === null || chosen === sheet.name)) shown = { sheet: sheet.name, rows: await leadingRows(sheet.rows) };
    }
  } catch (error) {
    if (error instanceof FileRejection) throw new WorkstationError('rejected_input', `This workbook cannot be read: ${error.message}.`);
    throw error;
  }
  if (shown === null) {
    const named = sheets.length ? `its sheets: ${sheets.join(', ')}` : 'it has no sheets';
    throw new WorkstationError('rejected_input', chosen === null ? `This workbook has nothing to map (${named}).` : `The workbook has no sheet named "${chosen}" (${named}).`);
  }
  const rows = shownRows(shown.rows);
  return { kind: 'workbook', encoding: null, delimiter: null, sheets, sheet: shown.sheet, rows, suggestedHeaderRow: guessHeaderRow(rows) };
}
