import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decimalUnits, fixtureWithCellChanged, importFile, openTempStore, rowCount, storedLineNumber, storedQuantity, storedTotals, type TempStore } from '../temp-store';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/statements/beatport/', import.meta.url));

let store: TempStore;
beforeEach(() => {
  store = openTempStore();
});
afterEach(() => store.cleanup());

const withCellChanged = (file: string, line: number, from: string, to: string) =>
  fixtureWithCellChanged(store, join(FIXTURES, file), line, from, to);

const storedLine = (lineNo: number) => storedLineNumber(store.db, lineNo);

describe('Beatport label statement', () => {
  const FILE = 'beatport-statement.csv';

  it('reads NET_CONTENT_REVENUE as the earning, keeps US tax withholding, and makes refunds negative once', async () => {
    const outcome = await importFile(store.db, join(FIXTURES, FILE));
    expect(outcome.status).toBe('imported');
    expect(outcome.format).toBe('Beatport');
    expect(outcome.variant).toBe('label statement');
    expect(outcome.unknownColumns).toEqual(['PARTNER_ID']);
    expect(outcome.lines).toBe(5);
    expect(outcome.imported).toBe(5);
    // 3 + 2 − 1 (refund printed "1") − 1 (refund printed "-1") + 120
    expect(outcome.quantity).toBe(123);
    // 2.235 + 1.99 − 0.745 − 0.745 + 0.18
    expect(outcome.amounts).toEqual({ USD: '2.91500000' });
    expect(storedTotals(store.db)).toEqual({ USD: decimalUnits('2.915') });
    expect(storedQuantity(store.db)).toBe(123n);

    const refund = storedLine(4);
    expect(refund).toMatchObject({
      sale_start: 20240610, sale_end: 20240610, reporting_day: 20240610, territory: 'US', sale_type: 'download',
      currency: 'USD', quantity: -1, amount_hi: -74_500_000,
    });
    expect(JSON.parse(refund.extra_json as string)).toMatchObject({ us_tax_withholding: '0.2235', purchase_status: 'REFUNDED' });
    expect(storedLine(5)).toMatchObject({ territory: 'GB', quantity: -1, amount_hi: -74_500_000 });
    expect(storedLine(7)).toMatchObject({ territory: 'FR', sale_type: 'stream' });
  });

  it('still reads the statement without its optional columns', async () => {
    const dropped = new Set(['PRODUCT_UPC', 'REMIXER_NAME', 'REMIX', 'FORMAT', 'DELIVERY', 'GROSS_CONTENT_REVENUE', 'US_TAX_WITHHOLDING']);
    const rows = readFileSync(join(FIXTURES, FILE), 'utf8').split('\n').map((row) => row.split(','));
    const keep = rows[0]!.map((name, i) => (dropped.has(name) ? -1 : i)).filter((i) => i >= 0);
    const path = join(store.dir, 'beatport-fewer-columns.csv');
    writeFileSync(path, rows.map((row) => (row.length > 1 ? keep.map((i) => row[i]).join(',') : row.join(''))).join('\n'));
    const outcome = await importFile(store.db, path);
    expect(outcome.status).toBe('imported');
    expect(outcome.format).toBe('Beatport');
    expect(outcome.quantity).toBe(123);
    expect(outcome.amounts).toEqual({ USD: '2.91500000' });
  });

  it('rejects the file in strict mode when the money column holds text, naming the line and the column', async () => {
    const outcome = await importFile(store.db, withCellChanged(FILE, 3, ',1.99,', ',pending,'));
    expect(outcome.status).toBe('rejected');
    expect(outcome.message).toContain(`${FILE} line 3:`);
    expect(outcome.problems[0]).toEqual({ line: 3, reason: 'column "NET_CONTENT_REVENUE": "pending" is not a number' });
    expect(rowCount(store.db, 'statement_line')).toBe(0);
  });
});
