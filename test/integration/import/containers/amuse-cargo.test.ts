import type ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CARGO_ROYALTY_EXTENDED, makeContainers, writeWorkbook } from '../../../fixtures/make-containers';
import { decimalUnits, importAll, importFile, openTempStore, storedQuantity, storedTotals, type TempStore, warningsBesideCheckDigits } from '../temp-store';

let store: TempStore;
beforeEach(() => {
  store = openTempStore();
});
afterEach(() => store.cleanup());

const AMUSE_HEADER = [
  'Transaction date', 'Type (credit/debit)', 'Source', 'Royalty Date', 'Service', 'UPC', 'ISRC', 'Artist', 'Release', 'Track',
  'Quantity', 'Amount', 'Split', 'Total',
];
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/**
 * Totals: 40.123456789 + 6.25 − 0.4 = 45.973456789 USD (the withdrawal is no sale);
 * units: 10234 + 1500 − 100 = 11634.
 */
const AMUSE_ROWS: ExcelJS.CellValue[][] = [
  AMUSE_HEADER,
  [day(2024, 5, 15), 'credit', 'Streaming', day(2024, 3, 1), 'Spotify', 7300000000017, 'SE5Q52400001', 'Vera Lind', 'Fjäll', 'Fjäll', 10234, 40.123456789, 1, 40.123456789],
  [day(2024, 5, 15), 'credit', 'Streaming', day(2024, 3, 1), 'Apple Music', 7300000000017, 'SE5Q52400001', 'Vera Lind', 'Fjäll', 'Fjäll', 1500, 12.5, 0.5, 6.25],
  [day(2024, 5, 20), 'debit', 'Correction', day(2024, 2, 1), 'Spotify', 7300000000017, 'SE5Q52400001', 'Vera Lind', 'Fjäll', 'Fjäll', 100, 0.4, 1, 0.4],
  [day(2024, 5, 31), 'debit', 'Withdrawal', null, null, null, null, null, null, null, null, -50, null, -50],
];

describe('Amuse statements (.xlsx only)', () => {
  it('reads Total as the earning in USD, debits as negatives, and passes over withdrawals', async () => {
    const path = await writeWorkbook(join(store.dir, 'amuse-2024-05.xlsx'), [{ name: 'Royalties', rows: AMUSE_ROWS }]);
    const [outcome] = await importAll(store.db, path);
    expect(outcome).toMatchObject({
      status: 'imported', format: 'Amuse', variant: 'royalty statement', lines: 3, imported: 3,
      amounts: { USD: '45.973456789' }, quantity: 11634, unknownColumns: [],
      saleFrom: '2024-02-01', saleTo: '2024-03-31', reportingFrom: '2024-05-15', reportingTo: '2024-05-20',
    });
    expect(storedTotals(store.db)).toEqual({ USD: decimalUnits('45.973456789') });
    expect(storedQuantity(store.db)).toBe(11634n);
    const debit = store.db.prepare('SELECT l.quantity, l.amount_hi, e.fields AS extra_json FROM statement_line l LEFT JOIN line_extra e ON e.id = l.extra_id WHERE l.line_no = 4').get() as { quantity: number; amount_hi: number; extra_json: string };
    expect(debit.quantity).toBe(-100);
    expect(debit.amount_hi).toBe(-40_000_000);
    expect(JSON.parse(debit.extra_json)).toMatchObject({ type: 'debit', source: 'Correction', amount: '0.4', split: '1' });
    expect(store.db.prepare('SELECT upc FROM release').pluck().all()).toEqual(['7300000000017']);
  });

  it('takes the currency from a Currency column when the statement has one', async () => {
    const rows = AMUSE_ROWS.slice(0, 3).map((row, i) => [...row, i === 0 ? 'Currency' : 'eur']);
    const path = await writeWorkbook(join(store.dir, 'amuse-eur.xlsx'), [{ name: 'Royalties', rows }]);
    const [outcome] = await importAll(store.db, path);
    // 40.123456789 + 6.25
    expect(outcome!.amounts).toEqual({ EUR: '46.373456789' });
  });
});

describe('Cargo / FUGA royalty exports', () => {
  it('imports the royalty_extended member of the zip and skips the lookup tables, README and macOS debris', async () => {
    const { cargo } = makeContainers(store.dir);
    const outcomes = await importAll(store.db, cargo);
    expect(outcomes).toHaveLength(1);
    const [outcome] = outcomes;
    expect(outcome).toMatchObject({
      status: 'imported', format: 'Cargo / FUGA', variant: 'royalty extended', imported: 4, unknownColumns: [],
      file: `${cargo} › cargo-2024Q1/cargo-2024Q1-royalty_extended.csv`,
      amounts: { GBP: '9.0421913569' }, quantity: 1500, saleFrom: '2024-01-01', saleTo: '2024-03-31',
    });
    expect(warningsBesideCheckDigits(outcome!)).toEqual([
      expect.stringMatching(/^cargo-2024Q1\.zip › cargo-2024Q1\/cargo-2024Q1-artists\.csv: skipped, not a statement layout .*\(it begins "Artist ID,Artist Name"\)\.$/),
      expect.stringMatching(/^cargo-2024Q1\.zip › cargo-2024Q1\/cargo-2024Q1-assets\.csv: skipped, /),
      expect.stringMatching(/^cargo-2024Q1\.zip › cargo-2024Q1\/cargo-2024Q1-stores\.csv: skipped, /),
      expect.stringMatching(/^cargo-2024Q1\.zip › cargo-2024Q1\/README\.txt: skipped, /),
      'cargo-2024Q1.zip: skipped, 1 macOS or hidden system file (__MACOSX/, .DS_Store), not statements.',
    ]);
    expect(storedTotals(store.db)).toEqual({ GBP: decimalUnits('9.0421913569') });
  });

  it('keeps the formula text with £ and ×, the 85% deal term, the sale period and the store', async () => {
    const path = join(store.dir, 'cargo-2024Q1-royalty_extended.csv');
    writeFileSync(path, CARGO_ROYALTY_EXTENDED);
    const outcome = await importFile(store.db, path);
    expect(outcome.amounts).toEqual({ GBP: '9.0421913569' });
    const rows = store.db
      .prepare('SELECT l.line_no, l.sale_start, l.sale_end, l.territory, l.recording_id, e.fields AS extra_json FROM statement_line l LEFT JOIN line_extra e ON e.id = l.extra_id ORDER BY l.line_no')
      .all() as { line_no: number; sale_start: number; sale_end: number; territory: string; recording_id: number | null; extra_json: string }[];
    expect(JSON.parse(rows[0]!.extra_json)).toMatchObject({
      sale_net_receipts_calculation: '£4.0838053739 × 85%', contract_deal_term: '85%', royalty_id: 'R-9001', dsp: 'Spotify',
    });
    expect(rows.map((r) => [r.sale_start, r.sale_end, r.territory])).toEqual([
      [20240101, 20240131, 'GB'], [20240101, 20240131, 'DE'], [20240201, 20240229, 'GB'], [20240101, 20240331, 'US'],
    ]);
    // The Product row is a whole release's sale: no recording.
    expect(rows[3]!.recording_id).toBeNull();
  });
});
