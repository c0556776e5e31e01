import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decimalUnits, fixtureWithCellChanged, importFile, openTempStore, rowCount, storedQuantity, storedTotals, type TempStore } from '../temp-store';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/statements/cdbaby/', import.meta.url));
const FILE = 'cdbaby-sales.txt';

let store: TempStore;
beforeEach(() => {
  store = openTempStore();
});
afterEach(() => store.cleanup());

const withCellChanged = (line: number, from: string, to: string) => fixtureWithCellChanged(store, join(FIXTURES, FILE), line, from, to);

describe('CD Baby sales report', () => {
  it('reads a tab-separated CRLF report: month-end sales dates, a refund, YouTube audio tier and a royalty row', async () => {
    const outcome = await importFile(store.db, join(FIXTURES, FILE));
    expect(outcome.status).toBe('imported');
    expect(outcome.format).toBe('CD Baby');
    expect(outcome.variant).toBe('sales report');
    expect(outcome.unknownColumns).toEqual(['Payout Id']);
    // Six statement lines; the blank line 5 is not one.
    expect(outcome.lines).toBe(5);
    expect(outcome.imported).toBe(5);
    // 1520 + 1 − 1 + 300 + 0 (the royalty row has no quantity)
    expect(outcome.quantity).toBe(1820);
    // 4.5600123456 + 0.70 − 0.70 + 0.37035 + 2.50
    expect(outcome.amounts).toEqual({ USD: '7.4303623456' });
    expect(storedTotals(store.db)).toEqual({ USD: decimalUnits('7.4303623456') });
    expect(storedQuantity(store.db)).toBe(1820n);

    const stream = store.db.prepare('SELECT * FROM statement_line WHERE line_no = 2').get() as Record<string, unknown>;
    // Sales Date 9/30/2023 is the month's last day: the sale covers September.
    expect(stream).toMatchObject({
      sale_start: 20230901, sale_end: 20230930, reporting_day: 20231015, territory: 'US', sale_type: 'stream', currency: 'USD',
    });
    const kinds = store.db.prepare('SELECT line_no, sale_type, territory, quantity FROM statement_line ORDER BY line_no').all();
    expect(kinds).toEqual([
      { line_no: 2, sale_type: 'stream', territory: 'US', quantity: 1520 },
      { line_no: 3, sale_type: 'download', territory: 'GB', quantity: 1 },
      { line_no: 4, sale_type: 'download', territory: 'GB', quantity: -1 },
      { line_no: 6, sale_type: 'ugc', territory: 'DE', quantity: 300 },
      { line_no: 7, sale_type: 'other', territory: 'ZZ', quantity: 0 },
    ]);
    // Lower-case ISRCs name the same recording; the quoted barcode is the release's UPC.
    expect(store.db.prepare('SELECT isrc FROM recording ORDER BY isrc').pluck().all()).toEqual(['USA1Z2300101', 'USA1Z2300102']);
    expect(store.db.prepare('SELECT upc FROM release WHERE upc IS NOT NULL').pluck().all()).toEqual(['0884501234567']);
  });

  it('still reads the report when optional columns are missing and the others have moved', async () => {
    const dropped = new Set(['Price', 'CDBabySku', 'Barcode', 'Report Date']);
    const rows = readFileSync(join(FIXTURES, FILE), 'utf8').split('\r\n').map((row) => row.split('\t'));
    const keep = rows[0]!.map((name, i) => (dropped.has(name) ? -1 : i)).filter((i) => i >= 0).reverse();
    const path = join(store.dir, 'cdbaby-fewer-columns.txt');
    writeFileSync(path, rows.map((row) => (row.length > 1 ? keep.map((i) => row[i]).join('\t') : row.join(''))).join('\r\n'));
    const outcome = await importFile(store.db, path);
    expect(outcome.status).toBe('imported');
    expect(outcome.format).toBe('CD Baby');
    expect(outcome.quantity).toBe(1820);
    expect(outcome.amounts).toEqual({ USD: '7.4303623456' });
    // Without its reporting column the report still reports its sale month: the line counts at its end.
    expect(store.db.prepare('SELECT reporting_day FROM statement_line WHERE line_no = 2').pluck().get()).toBe(20230930);
  });

  it('rejects the file in strict mode when the money column holds text, naming the line and the column', async () => {
    const outcome = await importFile(store.db, withCellChanged(3, '\t0.70\t', '\tn/a\t'));
    expect(outcome.status).toBe('rejected');
    expect(outcome.message).toContain(`${FILE} line 3:`);
    expect(outcome.problems[0]).toEqual({ line: 3, reason: 'column "Subtotal": "n/a" is not a number' });
    expect(rowCount(store.db, 'statement_line')).toBe(0);
  });
});
