import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setFxRates } from '../../../src/main/currency/fx-rates';
import { runQuery } from '../../../src/main/query/run-query';
import { statementLines } from '../../../src/main/query/statement-lines';
import { QuerySpec } from '../../../src/shared/query/query-spec';
import { StatementLinesRequest } from '../../../src/shared/query/statement-lines-contract';
import { appleFinancialReport as report } from '../../support/apple-financial-report';
import { importFile, openTempStore, type TempStore } from './temp-store';

const TODAY = new Date('2026-11-21T12:00:00Z');

const LUZ = { isrc: 'QZAS12500001', title: 'Luz' };
const MAREA = { isrc: 'QZAS12500002', title: 'Marea' };

/** Fiscal January 2025: 29 Dec 2024 – 1 Feb 2025. 7.56 + 1.89 − 0.63 (a return printed positive) = 8.82 EUR; 12 + 3 − 1 = 14 units. */
const FISCAL_JANUARY = report('12/29/2024', '02/01/2025', [
  { ...LUZ, quantity: 12, share: '0.63', extended: '7.56', kind: 'S', country: 'DE' },
  { ...MAREA, quantity: 3, share: '0.63', extended: '1.89', kind: 'S', country: 'FR' },
  { ...LUZ, quantity: 1, share: '0.63', extended: '0.63', kind: 'R', country: 'DE' },
], '8.82', 14);

/** Fiscal February 2025: 2 Feb – 1 Mar 2025. 3.15 + 1.2500 = 4.40 EUR; 5 + 2 = 7 units. */
const FISCAL_FEBRUARY = report('02/02/2025', '03/01/2025', [
  { ...LUZ, quantity: 5, share: '0.63', extended: '3.15', kind: 'S', country: 'DE' },
  { ...MAREA, quantity: 2, share: '0.6250', extended: '1.2500', kind: 'S', country: 'FR' },
], '4.40', 7);

let store: TempStore;
beforeEach(() => {
  store = openTempStore('tunemantra-apple-fiscal-');
  // The months either side carry rates too, so a line filed in the wrong month converts visibly wrong.
  setFxRates(store.db, [
    { month: 202412, currency: 'EUR', rate: '1.0300' },
    { month: 202501, currency: 'EUR', rate: '1.0351' },
    { month: 202502, currency: 'EUR', rate: '1.0412' },
    { month: 202503, currency: 'EUR', rate: '1.0800' },
  ]);
});
afterEach(() => store.cleanup());

function importReport(name: string, text: string) {
  const path = join(store.dir, name);
  writeFileSync(path, text);
  return importFile(store.db, path);
}

const revenueByMonth = (dateBasis: 'sale' | 'reporting') =>
  runQuery(store.db, QuerySpec.parse({ metrics: ['revenue', 'quantity'], dimensions: ['month'], dateBasis, timeRange: { kind: 'preset', preset: 'all' } }), TODAY, 'USD')
    .rows.map((row) => row.map(String));

describe('Apple financial reports of consecutive fiscal months', () => {
  it('land in January and February, meet without overlapping, and keep the span Apple printed', async () => {
    const january = await importReport('apple-fy25-p04.txt', FISCAL_JANUARY);
    const february = await importReport('apple-fy25-p05.txt', FISCAL_FEBRUARY);
    expect(january).toMatchObject({ status: 'imported', imported: 3, amounts: { EUR: '8.82000000' }, quantity: 14, saleFrom: '2025-01-01', saleTo: '2025-01-31' });
    // Picked after January, February asks no overlap question: the two months share no day.
    expect(february).toMatchObject({ status: 'imported', imported: 2, amounts: { EUR: '4.40000000' }, quantity: 7, saleFrom: '2025-02-01', saleTo: '2025-02-28', overlaps: [] });
    // The file's own totals still check against its lines.
    for (const outcome of [january, february]) expect(outcome.reconciliation.mismatches).toEqual([]);
    expect(january.reconciliation.checked).toHaveLength(3);

    // Converted at each calendar month's rate: 8.82 × 1.0351 = 9.129582; 4.40 × 1.0412 = 4.58128.
    const byMonth = [['2025-01', '9.12958200', '14'], ['2025-02', '4.58128000', '7']];
    expect(revenueByMonth('sale')).toEqual(byMonth);
    // Printing no reporting date, each counts at its period's end: the calendar month's last day.
    expect(revenueByMonth('reporting')).toEqual(byMonth);
    expect(store.db.prepare('SELECT DISTINCT sale_start, sale_end, sale_month, reporting_day FROM statement_line ORDER BY sale_start').raw(true).all()).toEqual([
      [20250101, 20250131, 202501, 20250131],
      [20250201, 20250228, 202502, 20250228],
    ]);

    const lines = statementLines(store.db, StatementLinesRequest.parse({}), TODAY, 'USD').lines;
    expect(lines.map((l) => [l.fileName, l.line, l.saleFrom, l.saleTo, l.kept.apple_period])).toEqual([
      ['apple-fy25-p04.txt', 2, '2025-01-01', '2025-01-31', '2024-12-29 – 2025-02-01'],
      ['apple-fy25-p04.txt', 3, '2025-01-01', '2025-01-31', '2024-12-29 – 2025-02-01'],
      ['apple-fy25-p04.txt', 4, '2025-01-01', '2025-01-31', '2024-12-29 – 2025-02-01'],
      ['apple-fy25-p05.txt', 2, '2025-02-01', '2025-02-28', '2025-02-02 – 2025-03-01'],
      ['apple-fy25-p05.txt', 3, '2025-02-01', '2025-02-28', '2025-02-02 – 2025-03-01'],
    ]);
    // The line's other kept columns are still there beside it.
    expect(lines[2]!.kept).toMatchObject({ sales_or_return: 'R', partner_share: '0.63', customer_currency: 'EUR' });
  });
});
