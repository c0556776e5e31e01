import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decimalUnits, fixtureWithCellChanged, importFile, openTempStore, rowCount, storedLineNumber, storedQuantity, storedTotals, type TempStore } from '../temp-store';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/statements/tunecore-japan/', import.meta.url));

let store: TempStore;
beforeEach(() => {
  store = openTempStore();
});
afterEach(() => store.cleanup());

const withCellChanged = (file: string, line: number, from: string, to: string) =>
  fixtureWithCellChanged(store, join(FIXTURES, file), line, from, to);

const storedLine = (lineNo: number) => storedLineNumber(store.db, lineNo);

describe('TuneCore Japan sales report', () => {
  const FILE = 'tunecore-japan-sales.csv';

  it('reads a Shift_JIS report with Japanese headers in yen and skips its 合計 row', async () => {
    const outcome = await importFile(store.db, join(FIXTURES, FILE));
    expect(outcome.status).toBe('imported');
    expect(outcome.format).toBe('TuneCore Japan');
    expect(outcome.variant).toBe('sales report');
    expect(outcome.encoding).toBe('shift_jis');
    expect(outcome.unknownColumns).toEqual(['備考']);
    expect(outcome.lines).toBe(4);
    expect(outcome.imported).toBe(4);
    // 3200 + 410 − 1 + 52000
    expect(outcome.quantity).toBe(55609);
    // 896.5 + 187.25 − 175 + 364.0001
    expect(outcome.amounts).toEqual({ JPY: '1272.75010000' });
    expect(storedTotals(store.db)).toEqual({ JPY: decimalUnits('1272.7501') });
    expect(storedQuantity(store.db)).toBe(55609n);

    const line = storedLine(3);
    expect(line).toMatchObject({
      sale_start: 20250401, sale_end: 20250430, reporting_day: 20250601, territory: 'US', sale_type: 'stream', currency: 'JPY',
    });
    expect(JSON.parse(line.extra_json as string)).toMatchObject({ sale_currency: 'USD', sale_amount: '1.23', sale_form: 'ストリーミング' });
    expect(store.db.prepare('SELECT name FROM artist').pluck().all()).toEqual(['星野アオイ']);
    expect(store.db.prepare('SELECT title FROM recording ORDER BY isrc').pluck().all()).toEqual(['青い地平線', '夜明けのドライブ']);
    expect(storedLine(6)).toMatchObject({ sale_type: 'ugc' });
  });

  it('reads the same report saved as UTF-8', async () => {
    const text = new TextDecoder('shift_jis').decode(readFileSync(join(FIXTURES, FILE)));
    const path = join(store.dir, 'tunecore-japan-utf8.csv');
    writeFileSync(path, text, 'utf8');
    const outcome = await importFile(store.db, path);
    expect(outcome.status).toBe('imported');
    expect(outcome.encoding).toBe('utf-8');
    expect(outcome.amounts).toEqual({ JPY: '1272.75010000' });
    expect(outcome.quantity).toBe(55609);
  });

  it('rejects the file in strict mode when the money column holds text, naming the line and the column', async () => {
    // Digits and "x" are never Shift_JIS trail bytes, so the byte-level edit leaves the Japanese text intact.
    const outcome = await importFile(store.db, withCellChanged(FILE, 2, ',896.5,', ',x,'));
    expect(outcome.status).toBe('rejected');
    expect(outcome.message).toContain(`${FILE} line 2:`);
    expect(outcome.problems[0]).toEqual({ line: 2, reason: 'column "分配金額": "x" is not a number' });
    expect(rowCount(store.db, 'statement_line')).toBe(0);
  });
});
