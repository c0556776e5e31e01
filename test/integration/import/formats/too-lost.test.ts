import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decimalUnits, fixtureWithCellChanged, importFile, openTempStore, rowCount, storedLineNumber, storedQuantity, storedTotals, type TempStore } from '../temp-store';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/statements/too-lost/', import.meta.url));

let store: TempStore;
beforeEach(() => {
  store = openTempStore();
});
afterEach(() => store.cleanup());

const withCellChanged = (file: string, line: number, from: string, to: string) =>
  fixtureWithCellChanged(store, join(FIXTURES, file), line, from, to);

const storedLine = (lineNo: number) => storedLineNumber(store.db, lineNo);

describe('Too Lost royalty report', () => {
  const FILE = 'too-lost-royalties.csv';

  it('reads earnings_usd (the label\'s share after fee and split) and keeps every other column', async () => {
    const outcome = await importFile(store.db, join(FIXTURES, FILE));
    expect(outcome.status).toBe('imported');
    expect(outcome.format).toBe('Too Lost');
    expect(outcome.variant).toBe('royalty report');
    expect(outcome.unknownColumns).toEqual(['batch_tag']);
    expect(outcome.lines).toBe(4);
    expect(outcome.imported).toBe(4);
    // 2400 + 800 − 1 + 15000
    expect(outcome.quantity).toBe(18199);
    // 7.56 + 1.1718 (50 % split of 2.3436) − 1.13157 + 1.35
    expect(outcome.amounts).toEqual({ USD: '8.95023000' });
    expect(storedTotals(store.db)).toEqual({ USD: decimalUnits('8.95023') });
    expect(storedQuantity(store.db)).toBe(18199n);

    const refund = storedLine(4);
    expect(refund).toMatchObject({
      sale_start: 20250412, sale_end: 20250412, reporting_day: 20250715, territory: 'GB', sale_type: 'download',
      currency: 'USD', quantity: -1, amount_hi: -113_157_000,
    });
    expect(JSON.parse(refund.extra_json as string)).toMatchObject({
      accounting_date: '2025-07-02', original_currency: 'GBP', net_revenue_usd: '-1.13157', batch_tag: 'b1',
    });
  });

  it('rejects the file in strict mode when the money column holds text, naming the line and the column', async () => {
    const outcome = await importFile(store.db, withCellChanged(FILE, 2, ',7.56,Aurora', ',n/a,Aurora'));
    expect(outcome.status).toBe('rejected');
    expect(outcome.message).toContain(`${FILE} line 2:`);
    expect(outcome.problems[0]).toEqual({ line: 2, reason: 'column "earnings_usd": "n/a" is not a number' });
    expect(rowCount(store.db, 'statement_line')).toBe(0);
  });

  it('names the columns it looked for when a report has no earnings column', async () => {
    const header = readFileSync(join(FIXTURES, FILE), 'utf8').split('\n')[0]!;
    const line = readFileSync(join(FIXTURES, FILE), 'utf8').split('\n')[1]!;
    const path = join(store.dir, 'too-lost-no-earnings.csv');
    // Keep the columns up to gross_revenue_usd: neither a net nor an earnings column is left.
    const cut = (text: string): string => text.split(',').slice(0, 18).join(',');
    writeFileSync(path, `${cut(header)}\n${cut(line)}\n`);
    const outcome = await importFile(store.db, path);
    expect(outcome.status).toBe('rejected');
    expect(outcome.format).toBe('Too Lost');
    expect(outcome.problems[0]!.reason).toMatch(/^no earnings column \(looked for net_earnings_usd, earnings_usd/);
  });
});
