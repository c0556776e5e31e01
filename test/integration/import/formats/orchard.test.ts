import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decimalUnits, fixtureWithCellChanged, importFile, openTempStore, rowCount, storedLineNumber, storedQuantity, storedTotals, type TempStore } from '../temp-store';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/statements/orchard/', import.meta.url));

let store: TempStore;
beforeEach(() => {
  store = openTempStore();
});
afterEach(() => store.cleanup());

const withCellChanged = (file: string, line: number, from: string, to: string) =>
  fixtureWithCellChanged(store, join(FIXTURES, file), line, from, to);

const storedLine = (lineNo: number) => storedLineNumber(store.db, lineNo);

describe('The Orchard', () => {
  it('reads the EU full report: semicolons, decimal comma, country names, a UPC mangled into scientific notation', async () => {
    const FILE = 'orchard-eu-full-report.csv';
    const outcome = await importFile(store.db, join(FIXTURES, FILE));
    expect(outcome.status).toBe('imported');
    expect(outcome.format).toBe('The Orchard');
    expect(outcome.variant).toBe('EU full report');
    expect(outcome.unknownColumns).toEqual(['Vendor Ref']);
    expect(outcome.lines).toBe(6);
    expect(outcome.imported).toBe(6);
    // 1.234 (= 1234 in decimal-comma style) + 2 − 1 + 250 + 40 + 250.000 (= 250000)
    expect(outcome.quantity).toBe(251525);
    // 3,456789 + 1,40 − 0,70 + 0,123456789 + 0,04 + 1.234,5 (= 1234.5)
    expect(outcome.amounts).toEqual({ EUR: '1238.820245789' });
    expect(storedTotals(store.db)).toEqual({ EUR: decimalUnits('1238.820245789') });
    expect(storedQuantity(store.db)).toBe(251525n);

    const mangled = storedLine(3);
    expect(mangled).toMatchObject({
      sale_start: 20171001, sale_end: 20171031, reporting_day: 20171101, territory: 'GB', sale_type: 'download',
      currency: 'EUR',
    });
    expect(JSON.parse(mangled.extra_json as string)).toMatchObject({
      upc_as_printed: '1.91774E+11', invalid_upc: '1.91774E+11', invalid_upc_reason: expect.stringContaining('kept 6 of its 12 digits'),
    });
    // The line still lands on its release, found by title: the mangled digits never become a UPC.
    expect(mangled.release_id).not.toBeNull();
    expect(store.db.prepare('SELECT upc FROM release WHERE upc IS NOT NULL').pluck().all()).toEqual(['0199001122334']);
    expect(store.db.prepare('SELECT territory FROM statement_line ORDER BY line_no').pluck().all())
      .toEqual(['DE', 'GB', 'GB', 'KR', 'VN', 'CZ']);
  });

  it('reads the extended account export, whose header names carry stray spaces', async () => {
    const outcome = await importFile(store.db, join(FIXTURES, 'orchard-extended-export.csv'));
    expect(outcome.status).toBe('imported');
    expect(outcome.format).toBe('The Orchard');
    expect(outcome.variant).toBe('extended account export');
    expect(outcome.unknownColumns).toEqual([' Statement ID']);
    expect(outcome.lines).toBe(4);
    expect(outcome.imported).toBe(4);
    // 5000 + 3 − 1 + 12345
    expect(outcome.quantity).toBe(17347);
    // 14.00 + 2.079 − 0.693 + 0.6913578
    expect(outcome.amounts).toEqual({ USD: '16.07735780' });
    expect(storedTotals(store.db)).toEqual({ USD: decimalUnits('16.0773578') });

    expect(storedLine(6)).toMatchObject({
      sale_start: 20191001, sale_end: 20191031, reporting_day: 20191101, territory: 'RU', sale_type: 'ugc', currency: 'USD',
    });
    expect(JSON.parse(storedLine(3).extra_json as string)).toMatchObject({ track_number: '2', publishing: '0.10', split_rate: '70%' });
  });

  it('reads the newer statement CSV: BOM, upper-case headers, $ amounts with thousands separators, (x) negatives', async () => {
    const outcome = await importFile(store.db, join(FIXTURES, 'orchard-statement.csv'));
    expect(outcome.status).toBe('imported');
    expect(outcome.format).toBe('The Orchard');
    expect(outcome.variant).toBe('statement CSV (upper-case headers)');
    expect(outcome.unknownColumns).toEqual(['PAYEE CODE']);
    expect(outcome.lines).toBe(4);
    expect(outcome.imported).toBe(4);
    // 1,250,000 + 3 + (1) + 12,000
    expect(outcome.quantity).toBe(1262002);
    // $2,870.123456 + $2.10 + ($0.70) + $(0.25)
    expect(outcome.amounts).toEqual({ USD: '2871.27345600' });
    expect(storedTotals(store.db)).toEqual({ USD: decimalUnits('2871.273456') });

    const refund = storedLine(4);
    expect(refund).toMatchObject({
      sale_start: 20250902, sale_end: 20250902, reporting_day: 20260101, territory: 'JP', sale_type: 'download',
      currency: 'USD', quantity: -1, amount_hi: -70_000_000,
    });
    expect(JSON.parse(refund.extra_json as string)).toMatchObject({ original_statement_period: 'November 2025', sale_currency: 'JPY' });
  });

  it.each([
    { file: 'orchard-eu-full-report.csv', line: 2, from: ';3,456789;', to: ';k.A.;', reason: 'column "Label Share Net Receipts": "k.A." is not a number' },
    { file: 'orchard-extended-export.csv', line: 3, from: ',2.079,', to: ',N/A,', reason: 'column "Label Share Net Receipts": "N/A" is not a number' },
    { file: 'orchard-statement.csv', line: 3, from: ',$2.10,', to: ',$--,', reason: 'column "NET SHARE ACCOUNT CURRENCY": "$--" is not a number' },
  ])('$file: text in the money column rejects the file in strict mode, naming line $line and the column', async ({ file, line, from, to, reason }) => {
    const outcome = await importFile(store.db, withCellChanged(file, line, from, to));
    expect(outcome.status).toBe('rejected');
    expect(outcome.message).toContain(`${file} line ${line}:`);
    expect(outcome.problems[0]).toEqual({ line, reason });
    expect(rowCount(store.db, 'statement_line')).toBe(0);
  });
});
