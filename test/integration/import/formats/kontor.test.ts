import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decimalUnits, fixtureWithCellChanged, importFile, openTempStore, rowCount, storedLineNumber, storedQuantity, storedTotals, type TempStore } from '../temp-store';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/statements/kontor/', import.meta.url));

let store: TempStore;
beforeEach(() => {
  store = openTempStore();
});
afterEach(() => store.cleanup());

const withCellChanged = (file: string, line: number, from: string, to: string) =>
  fixtureWithCellChanged(store, join(FIXTURES, file), line, from, to);

const storedLine = (lineNo: number) => storedLineNumber(store.db, lineNo);

describe('Kontor New Media sales report', () => {
  const FILE = 'kontor-sales.csv';

  it('reads track and album rows in euros and skips the German totals row', async () => {
    const outcome = await importFile(store.db, join(FIXTURES, FILE));
    expect(outcome.status).toBe('imported');
    expect(outcome.format).toBe('Kontor New Media');
    expect(outcome.variant).toBe('sales report');
    expect(outcome.unknownColumns).toEqual(['Partner']);
    // Lines 2–5; the blank line and the "Gesamt" totals row are not statement lines.
    expect(outcome.lines).toBe(4);
    expect(outcome.imported).toBe(4);
    // 4000 + 950 + 1 − 1
    expect(outcome.quantity).toBe(4950);
    // 12.345678 + 2.5 + 5.60 − 5.60
    expect(outcome.amounts).toEqual({ EUR: '14.84567800' });
    expect(storedTotals(store.db)).toEqual({ EUR: decimalUnits('14.845678') });
    expect(storedQuantity(store.db)).toBe(4950n);

    // An album row: EAN only, so a release-level line.
    expect(storedLine(4)).toMatchObject({
      sale_start: 20240401, sale_end: 20240430, reporting_day: 20240430, territory: 'CH', sale_type: 'download',
      currency: 'EUR', recording_id: null,
    });
    expect(storedLine(4).release_id).not.toBeNull();
    expect(storedLine(5)).toMatchObject({ sale_start: 20240301, quantity: -1, amount_hi: -560_000_000 });
    expect(storedLine(2)).toMatchObject({ territory: 'DE', sale_type: 'stream' });
  });

  it('rejects the file in strict mode when the money column holds text, naming the line and the column', async () => {
    const outcome = await importFile(store.db, withCellChanged(FILE, 2, ',12.345678,', ',offen,'));
    expect(outcome.status).toBe('rejected');
    expect(outcome.message).toContain(`${FILE} line 2:`);
    expect(outcome.problems[0]).toEqual({ line: 2, reason: 'column "Royalties": "offen" is not a number' });
    expect(rowCount(store.db, 'statement_line')).toBe(0);
  });
});
