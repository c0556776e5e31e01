import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decimalUnits, importFile, openTempStore, storedTotals, type TempStore } from './temp-store';

/**
 * A TuneCore sales report opened and saved again in Excel: UPCs turned into numbers, some printed
 * in scientific notation, one that lost its leading zero. Check digits worked out by hand, from
 * the digit left of the check digit leftwards, weights 3, 1, 3…:
 *   85972512345_ → 5·3+4+3·3+2+1·3+5+2·3+7+9·3+5+8·3 = 107 → 3   (859725123453)
 *   01234567890_ → 0·3+9+8·3+7+6·3+5+4·3+3+2·3+1+0·3 = 85 → 5    (012345678905)
 *   4006381333931 is the textbook EAN-13.
 */
const STATEMENT = fileURLToPath(new URL('../../fixtures/statements/tunecore-excel-mangled-upcs.csv', import.meta.url));

let store: TempStore;
beforeEach(() => {
  store = openTempStore();
});
afterEach(() => store.cleanup());

interface LineRelease {
  line_no: number;
  upc: string | null;
  title: string | null;
  extra_json: string | null;
}

function linesWithReleases(): LineRelease[] {
  return store.db
    .prepare<[], LineRelease>(
      `SELECT l.line_no, r.upc, r.title, e.fields AS extra_json FROM statement_line l LEFT JOIN release r ON r.id = l.release_id LEFT JOIN line_extra e ON e.id = l.extra_id ORDER BY l.line_no`,
    )
    .all();
}

function flags(line: LineRelease): Record<string, string> {
  const extra = JSON.parse(line.extra_json ?? '{}') as Record<string, string>;
  return Object.fromEntries(Object.entries(extra).filter(([key]) => key.startsWith('invalid_upc')));
}

describe('UPCs mangled by Excel', () => {
  it('are repaired when every digit survived, kept as printed when digits were lost, and every line is imported', async () => {
    const outcome = await importFile(store.db, STATEMENT);
    expect(outcome.status).toBe('imported');
    expect(outcome.format).toBe('TuneCore');
    expect(outcome.imported).toBe(7);
    expect(outcome.rejected).toBe(0);
    // 8.4 + 3.721 + 2.07 + 2.79 + 1.5 + 0.3 + 3.3
    expect(storedTotals(store.db)).toEqual({ USD: decimalUnits('22.081') });

    const lines = linesWithReleases();
    expect(lines.map((l) => [l.line_no, l.upc, l.title])).toEqual([
      [2, '0859725123453', 'Night Ferry'],
      // The same release printed cleanly lands on the repaired one.
      [3, '0859725123453', 'Night Ferry'],
      // 8.59725E+11 kept 6 of 12 digits: no barcode is made up; the release is found by its title.
      [4, null, 'Night Ferry'],
      [5, '0012345678905', 'Paper Moons'],
      [6, '0012345678905', 'Paper Moons'],
      // Every digit is there, but 859725123456 ends in 6 where 3 belongs: not a barcode to trust.
      [7, null, 'Glass Harbour'],
      [8, '4006381333931', 'Polar Light'],
    ]);
    expect(lines.map(flags)).toEqual([
      { invalid_upc_repaired: 'repaired from 8.59725123453E+11 to 859725123453' },
      {},
      {
        invalid_upc: '8.59725E+11',
        invalid_upc_reason: "Excel's scientific notation kept 6 of its 12 digits; the rest cannot be known (export the UPC column as text)",
      },
      { invalid_upc_repaired: 'repaired from 12345678905 to 012345678905' },
      { invalid_upc_repaired: 'repaired from 1.2345678905E+10 to 012345678905' },
      {
        invalid_upc: '8.59725123456E+11',
        invalid_upc_reason: 'it is printed in scientific notation, and read as 859725123456 its check digit does not verify',
      },
      { invalid_upc_repaired: 'repaired from 4.006381333931E+12 to 4006381333931' },
    ]);
  });

  it('are named in the preview, line by line, as warnings rather than unreadable lines', async () => {
    const preview = await importFile(store.db, STATEMENT, { dryRun: true, mode: 'lenient' });
    expect(preview.status).toBe('imported');
    expect(preview.problems).toEqual([]);
    expect(preview.warnings).toEqual([
      'Line 2: UPC repaired from 8.59725123453E+11 to 859725123453 (its check digit verifies); the line is flagged with what was printed.',
      'Line 4: UPC "8.59725E+11" was kept as printed and the line has no release barcode: ' +
        "Excel's scientific notation kept 6 of its 12 digits; the rest cannot be known (export the UPC column as text).",
      'Line 5: UPC repaired from 12345678905 to 012345678905 (its check digit verifies); the line is flagged with what was printed.',
      'Line 6: UPC repaired from 1.2345678905E+10 to 012345678905 (its check digit verifies); the line is flagged with what was printed.',
      'Line 7: UPC "8.59725123456E+11" was kept as printed and the line has no release barcode: ' +
        'it is printed in scientific notation, and read as 859725123456 its check digit does not verify.',
      'Line 8: UPC repaired from 4.006381333931E+12 to 4006381333931 (its check digit verifies); the line is flagged with what was printed.',
    ]);
  });
});
