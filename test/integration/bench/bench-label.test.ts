import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRatesCsv, setFxRates } from '../../../src/main/currency/fx-rates';
import type { ImportOutcome } from '../../../src/main/import/import-outcome';
import { territoryList } from '../../../src/main/store/reference-data';
import { writeBenchLabel, type BenchLabel } from '../../bench/bench-label-statements';
import { importFile, openTempStore, rowCount, type TempStore } from '../import/temp-store';

/** The query benchmark's label, small: what it generates must be what the importer reads, whole. */
const LINES = 24_000;
const territoryCodes = territoryList().map((t) => t.code);

let store: TempStore;
let label: BenchLabel;
const outcomes: ImportOutcome[] = [];

beforeAll(async () => {
  store = openTempStore('tunemantra-bench-label-');
  const dir = join(store.dir, 'statements');
  mkdirSync(dir);
  label = await writeBenchLabel(dir, LINES, territoryCodes);
  setFxRates(store.db, parseRatesCsv(label.ratesCsv));
  for (const file of label.files) outcomes.push(await importFile(store.db, file));
}, 180_000);

afterAll(() => store?.cleanup());

const distinct = (column: string) => store.db.prepare(`SELECT COUNT(DISTINCT ${column}) FROM statement_line`).pluck().get() as number;

describe('the query benchmark label', () => {
  it('imports whole in strict mode: every line, none rejected', () => {
    expect(outcomes.filter((o) => o.status !== 'imported').map((o) => `${basename(o.file)}: ${o.message}`)).toEqual([]);
    expect(outcomes.reduce((sum, o) => sum + o.imported, 0)).toBe(LINES);
    expect(outcomes.reduce((sum, o) => sum + o.rejected, 0)).toBe(0);
    expect(rowCount(store.db, 'statement_line')).toBe(LINES);
  });

  it('covers 60 sale months, 15 platforms, 100 territories and three currencies, all converted to USD', () => {
    expect(label).toMatchObject({ firstMonth: '2021-01', lastMonth: '2025-12', lastDay: '2025-12-31' });
    const months = store.db.prepare('SELECT MIN(sale_month) AS first, MAX(sale_month) AS last, COUNT(DISTINCT sale_month) AS n FROM statement_line').get();
    expect(months).toEqual({ first: 202101, last: 202512, n: 60 });
    expect(distinct('platform_id')).toBe(15);
    expect(distinct('territory')).toBe(100);
    expect(store.db.prepare('SELECT DISTINCT currency FROM statement_line ORDER BY 1').pluck().all()).toEqual(['EUR', 'GBP', 'USD']);
    expect(store.db.prepare('SELECT COUNT(*) FROM statement_line WHERE base_hi IS NULL').pluck().get()).toBe(0);
    expect(distinct('release_id')).toBeLessThanOrEqual(400);
    expect(distinct('recording_id')).toBeGreaterThan(1500);
    expect(distinct('recording_id')).toBeLessThanOrEqual(2000);
  });

  it('has a few hits and a long tail, and grows from the first year to the last', () => {
    const revenues = (
      store.db
        .prepare('SELECT SUM(base_hi) AS hi FROM statement_line WHERE recording_id IS NOT NULL GROUP BY recording_id ORDER BY hi DESC')
        .pluck()
        .all() as number[]
    );
    const total = revenues.reduce((a, b) => a + b, 0);
    const topFifth = revenues.slice(0, Math.ceil(revenues.length / 5)).reduce((a, b) => a + b, 0);
    const bottomHalf = revenues.slice(Math.floor(revenues.length / 2)).reduce((a, b) => a + b, 0);
    expect(topFifth / total).toBeGreaterThan(0.8);
    expect(bottomHalf / total).toBeLessThan(0.05);
    const linesIn = (year: number) => store.db.prepare('SELECT COUNT(*) FROM statement_line WHERE sale_month / 100 = ?').pluck().get(year) as number;
    expect(linesIn(2025)).toBeGreaterThan(linesIn(2021) * 1.3);
  });

  it('writes the same bytes for the same line count', async () => {
    const again = join(store.dir, 'again');
    mkdirSync(again);
    const second = await writeBenchLabel(again, LINES, territoryCodes);
    const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
    expect(second.files.map((f) => basename(f))).toEqual(label.files.map((f) => basename(f)));
    expect(second.files.map(digest)).toEqual(label.files.map(digest));
    expect(second.ratesCsv).toBe(label.ratesCsv);
  });
});
