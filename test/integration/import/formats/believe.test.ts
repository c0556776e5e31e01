import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decimalUnits, fixtureWithCellChanged, importFile, openTempStore, rowCount, storedLineNumber, storedQuantity, storedTotals, type TempStore } from '../temp-store';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/statements/believe/', import.meta.url));

let store: TempStore;
beforeEach(() => {
  store = openTempStore();
});
afterEach(() => store.cleanup());

const withCellChanged = (file: string, line: number, from: string, to: string) =>
  fixtureWithCellChanged(store, join(FIXTURES, file), line, from, to);

const storedLine = (lineNo: number) => storedLineNumber(store.db, lineNo);

describe('Believe sales report', () => {
  it('reads French headers with a decimal comma, YYYY/MM/DD months and a totals row', async () => {
    const FILE = 'believe-ventes-fr.csv';
    const outcome = await importFile(store.db, join(FIXTURES, FILE));
    expect(outcome.status).toBe('imported');
    expect(outcome.format).toBe('Believe');
    expect(outcome.variant).toBe('sales report (French headers)');
    expect(outcome.unknownColumns).toEqual(['Canal de distribution']);
    // Lines 2, 3, 4 and 6; the blank line and the "Total" row are not statement lines.
    expect(outcome.lines).toBe(4);
    expect(outcome.imported).toBe(4);
    // 1520 + 1.234 (= 1234) − 1 + 25000
    expect(outcome.quantity).toBe(27753);
    // 4,0052 + 3,04181 − 0,693 + 0,2125
    expect(outcome.amounts).toEqual({ EUR: '6.56651000' });
    expect(storedTotals(store.db)).toEqual({ EUR: decimalUnits('6.56651') });
    expect(storedQuantity(store.db)).toBe(27753n);

    const refund = storedLine(4);
    // 2024/02/01 names February 2024, a leap month.
    expect(refund).toMatchObject({
      sale_start: 20240201, sale_end: 20240229, reporting_day: 20240501, territory: 'CH', sale_type: 'download',
      currency: 'EUR', quantity: -1, amount_hi: -69_300_000,
    });
    expect(JSON.parse(refund.extra_json as string)).toMatchObject({
      gross_revenue: '-0,99', mechanical_fee: '0,1', client_share_rate: '70%',
    });
    expect(storedLine(6)).toMatchObject({ sale_type: 'ugc', territory: 'FR' });
  });

  it('reads English headers in another order and case, with a decimal point', async () => {
    const outcome = await importFile(store.db, join(FIXTURES, 'believe-sales-en.csv'));
    expect(outcome.status).toBe('imported');
    expect(outcome.variant).toBe('sales report (English headers)');
    expect(outcome.unknownColumns).toEqual(['Playlist Source']);
    expect(outcome.lines).toBe(3);
    expect(outcome.imported).toBe(3);
    // 2100 + "1,234" (= 1234) − 1
    expect(outcome.quantity).toBe(3333);
    // 5.2479 + 3.141 (a decimal point, as the file's first amount showed) − 0.693
    expect(outcome.amounts).toEqual({ USD: '7.69590000' });
    expect(storedTotals(store.db)).toEqual({ USD: decimalUnits('7.6959') });
    expect(storedLine(3)).toMatchObject({
      sale_start: 20240301, sale_end: 20240331, reporting_day: 20240501, territory: 'DE', sale_type: 'stream',
      currency: 'USD', amount_hi: 314_100_000,
    });
    expect(JSON.parse(storedLine(2).extra_json as string)).toMatchObject({ gross_revenue: '6.174', client_share_rate: '0.85' });
  });

  it('rejects the file in strict mode when the money column holds text, naming the line and the column as printed', async () => {
    const FILE = 'believe-ventes-fr.csv';
    const outcome = await importFile(store.db, withCellChanged(FILE, 2, ';4,0052;', ';n.d.;'));
    expect(outcome.status).toBe('rejected');
    expect(outcome.message).toContain(`${FILE} line 2:`);
    expect(outcome.problems[0]).toEqual({ line: 2, reason: 'column "Revenu net": "n.d." is not a number' });
    expect(rowCount(store.db, 'statement_line')).toBe(0);
  });
});
