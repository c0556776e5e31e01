import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DelimitedParser } from '../../../../src/main/import/delimited-parser';
import { writeWorkbook } from '../../../fixtures/make-containers';
import { importAll, importFile, openTempStore, type TempStore } from '../temp-store';

const ORCHARD = fileURLToPath(new URL('../../../fixtures/statements/orchard/', import.meta.url));

let csvStore: TempStore;
let xlsxStore: TempStore;
beforeEach(() => {
  csvStore = openTempStore();
  xlsxStore = openTempStore();
});
afterEach(() => {
  csvStore.cleanup();
  xlsxStore.cleanup();
});

function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * The CSV as Excel would hold it after "Save as .xlsx": a cell whose text is exactly a number's
 * shortest spelling becomes a number cell; `20.00`, `0199001122334` or `3,456789` stay text, as
 * Excel keeps them when the column is formatted as text.
 */
function asCells(fields: string[]): (string | number | null)[] {
  return fields.map((text) => {
    if (text === '') return null;
    const n = Number(text);
    return Number.isFinite(n) && String(n) === text ? n : text;
  });
}

const CASES = [
  { file: 'orchard-eu-full-report.csv', delimiter: ';' },
  { file: 'orchard-extended-export.csv', delimiter: ',' },
  { file: 'orchard-statement.csv', delimiter: ',' },
];

describe('The Orchard as .xlsx', () => {
  it.each(CASES)('$file saved as a workbook imports with the same figures as the CSV', async ({ file, delimiter }) => {
    const bytes = readFileSync(join(ORCHARD, file));
    const parser = new DelimitedParser(delimiter);
    const records = [...parser.push(decode(bytes)), ...parser.end()];
    const path = await writeWorkbook(join(xlsxStore.dir, file.replace(/\.csv$/, '.xlsx')), [
      { name: 'Report', rows: [['The Orchard — sales report'], ...records.map((r) => asCells(r.fields))] },
    ]);
    const fromCsv = await importFile(csvStore.db, join(ORCHARD, file));
    const fromXlsx = await importAll(xlsxStore.db, path);
    expect(fromXlsx).toHaveLength(1);
    expect(fromXlsx[0]).toMatchObject({
      status: 'imported', format: 'The Orchard', variant: fromCsv.variant, imported: fromCsv.imported,
      amounts: fromCsv.amounts, quantity: fromCsv.quantity, saleFrom: fromCsv.saleFrom, saleTo: fromCsv.saleTo,
    });
  });
});
