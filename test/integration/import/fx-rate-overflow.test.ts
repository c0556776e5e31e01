import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setFxRates } from '../../../src/main/currency/fx-rates';
import { importFile, openTempStore, type TempStore } from './temp-store';

// Believe's French export: EUR lines sold in March 2024, with USD as the base currency.
const BELIEVE_FR = fileURLToPath(new URL('../../fixtures/statements/believe/believe-ventes-fr.csv', import.meta.url));

let store: TempStore;
beforeEach(() => {
  store = openTempStore();
});
afterEach(() => store.cleanup());

/** EUR lines sold in March 2024, the month the rate is for; with a base amount when `converted`. */
const marchEur = (converted: boolean) =>
  store.db
    .prepare(`SELECT COUNT(*) FROM statement_line WHERE currency = 'EUR' AND sale_month = 202403 ${converted ? 'AND base_hi IS NOT NULL' : ''}`)
    .pluck()
    .get() as number;

describe('a rate typed many times too large', () => {
  it('leaves the lines it would take past what the store holds unconverted, and a corrected rate converts them', async () => {
    const outcome = await importFile(store.db, BELIEVE_FR, { mode: 'lenient' });
    expect(outcome.status).toBe('imported');
    const eurLines = marchEur(false);
    expect(eurLines).toBeGreaterThan(0);

    // 10^15 dollars a euro: a line of 4 euros would be 4·10^15 dollars, past the store's 64-bit columns.
    expect(setFxRates(store.db, [{ month: 202403, currency: 'EUR', rate: '1000000000000000' }])).toEqual({ saved: 1, linesConverted: 0 });
    expect(marchEur(true)).toBe(0);

    expect(setFxRates(store.db, [{ month: 202403, currency: 'EUR', rate: '1.0870' }])).toEqual({ saved: 1, linesConverted: eurLines });
    expect(marchEur(true)).toBe(eurLines);
  });
});
