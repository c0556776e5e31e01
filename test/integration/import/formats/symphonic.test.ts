import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decimalUnits, fixtureWithCellChanged, importFile, openTempStore, rowCount, storedLineNumber, storedQuantity, storedTotals, type TempStore } from '../temp-store';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/statements/symphonic/', import.meta.url));

let store: TempStore;
beforeEach(() => {
  store = openTempStore();
});
afterEach(() => store.cleanup());

const withCellChanged = (file: string, line: number, from: string, to: string) =>
  fixtureWithCellChanged(store, join(FIXTURES, file), line, from, to);

const storedLine = (lineNo: number) => storedLineNumber(store.db, lineNo);

describe('Symphonic earnings detail', () => {
  const FILE = 'symphonic-earnings-detail.csv';

  it('reads ISO-3 territories, UGC content, and voids printed negative or positive as reversals', async () => {
    const outcome = await importFile(store.db, join(FIXTURES, FILE));
    expect(outcome.status).toBe('imported');
    expect(outcome.format).toBe('Symphonic');
    expect(outcome.variant).toBe('earnings detail');
    expect(outcome.unknownColumns).toEqual(['Sub Label']);
    expect(outcome.lines).toBe(6);
    expect(outcome.imported).toBe(6);
    // 2500 + 310 + 12000 − 1 − 1 (the void printed "1" counts as −1) + 95
    expect(outcome.quantity).toBe(14903);
    // 9.123456 + 1.204567 + 0.845001 − 0.693000 − 0.693000 (printed positive) + 0.012345
    expect(outcome.amounts).toEqual({ USD: '9.79936900' });
    expect(storedTotals(store.db)).toEqual({ USD: decimalUnits('9.799369') });
    expect(storedQuantity(store.db)).toBe(14903n);

    // The void printed positive: April's sale reversed in the June statement, Korea from "KOR".
    expect(storedLine(7)).toMatchObject({
      sale_start: 20250401, sale_end: 20250430, reporting_day: 20250601, territory: 'KR', sale_type: 'download',
      currency: 'USD', quantity: -1, amount_hi: -69_300_000, amount_lo: 0,
    });
    expect(storedLine(5)).toMatchObject({ quantity: -1, amount_hi: -69_300_000 });
    expect(storedLine(4)).toMatchObject({ territory: 'GB', sale_type: 'ugc' });
    expect(store.db.prepare('SELECT territory FROM statement_line ORDER BY line_no').pluck().all())
      .toEqual(['US', 'DE', 'GB', 'US', 'KR', 'VN']);
  });

  it('rejects the file in strict mode when the money column holds text, naming the line and the column', async () => {
    const outcome = await importFile(store.db, withCellChanged(FILE, 3, ',1.204567,', ',TBD,'));
    expect(outcome.status).toBe('rejected');
    expect(outcome.message).toContain(`${FILE} line 3:`);
    expect(outcome.problems[0]).toEqual({ line: 3, reason: 'column "Royalty ($US)": "TBD" is not a number' });
    expect(rowCount(store.db, 'statement_line')).toBe(0);
  });
});
