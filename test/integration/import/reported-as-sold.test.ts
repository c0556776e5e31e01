import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QuerySpec } from '../../../src/shared/query/query-spec';
import { MERGED_ROLLUPS } from '../../../src/main/query/rollups/merged-rollups';
import { ROLLUPS } from '../../../src/main/query/rollups/rollup-definitions';
import { rebuildRollups } from '../../../src/main/query/rollups/rollup-maintenance';
import { runQuery } from '../../../src/main/query/run-query';
import { openWriterStore, schemaVersion, type Store } from '../../../src/main/store/open-store';
import { tempDataFolder } from '../../support/temp-store';
import { importFile } from './temp-store';

const FIXTURES = fileURLToPath(new URL('../../fixtures/statements/', import.meta.url));
const TODAY = new Date('2026-11-21T12:00:00Z');

let folder: ReturnType<typeof tempDataFolder>;
let db: Store;

/** Beatport (one transaction date a line) and Apple's financial report (fiscal February 2025, filed as February): neither prints a reporting date. */
async function importUndated(): Promise<{ beatport: number; apple: number }> {
  const ids = [];
  for (const fixture of ['beatport/beatport-statement.csv', 'apple/apple-financial-report.txt']) {
    const path = join(folder.dir, fixture.split('/')[1]!);
    copyFileSync(join(FIXTURES, fixture), path);
    const outcome = await importFile(db, path);
    expect(outcome.status).toBe('imported');
    ids.push(outcome.importId!);
  }
  return { beatport: ids[0]!, apple: ids[1]! };
}

const revenueByMonth = (dateBasis: 'sale' | 'reporting') =>
  runQuery(db, QuerySpec.parse({ metrics: ['revenue'], dimensions: ['month'], dateBasis, timeRange: { kind: 'preset', preset: 'all' } }), TODAY, 'USD')
    .rows.map((row) => row.map(String));

/** Every row of every rollup, per-import and merged, order-free. */
const rollupSnapshot = () =>
  Object.fromEntries(
    [...ROLLUPS, ...MERGED_ROLLUPS].map((r) => [r.table, (db.prepare(`SELECT * FROM ${r.table}`).raw(true).all() as unknown[][]).map((row) => JSON.stringify(row)).sort()]),
  );

beforeEach(() => {
  folder = tempDataFolder('tunemantra-reported-');
  db = openWriterStore(folder.location.databaseFile);
});
afterEach(() => {
  db.close();
  folder.remove();
});

describe('lines whose statement prints no reporting date', () => {
  it('count on the reporting basis at the end of their sale period, and the import keeps its printed periods', async () => {
    const { beatport, apple } = await importUndated();
    // Beatport: 2.235 + 1.99 − 0.745 (refund) − 0.745 (refund) + 0.18; Apple: 8.40 + 1.89 + 13.86 − 0.70 − 6.93 + 3.465.
    expect(revenueByMonth('reporting')).toEqual([['2024-06', '2.91500000'], ['2025-02', '19.98500000']]);
    expect(db.prepare('SELECT COUNT(*) FROM statement_line WHERE reporting_day IS NOT sale_end OR reporting_month IS NOT sale_end / 100').pluck().get()).toBe(0);
    expect(db.prepare('SELECT reporting_day FROM statement_line WHERE import_id = ? ORDER BY line_no').pluck().all(apple)).toEqual(Array(6).fill(20250228));
    expect(db.prepare('SELECT id, reporting_from, reporting_to FROM import_batch ORDER BY id').raw(true).all()).toEqual([
      [beatport, null, null],
      [apple, null, null],
    ]);
  });

  it('in a store an earlier version wrote are reported as sold when it is opened, their rollups as a fresh import builds them', async () => {
    const { beatport, apple } = await importUndated();
    const fresh = rollupSnapshot();
    // What an earlier version stored: no reporting day on these lines, so no reporting rows for them.
    db.prepare('UPDATE statement_line SET reporting_day = NULL, reporting_month = NULL').run();
    rebuildRollups(db, [beatport, apple]);
    db.pragma('user_version = 14');
    expect(revenueByMonth('reporting')).toEqual([]);
    const saleBasis = revenueByMonth('sale');
    db.close();

    db = openWriterStore(folder.location.databaseFile);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(15);
    expect(rollupSnapshot()).toEqual(fresh);
    expect(revenueByMonth('reporting')).toEqual([['2024-06', '2.91500000'], ['2025-02', '19.98500000']]);
    expect(revenueByMonth('sale')).toEqual(saleBasis);
    expect(db.prepare('SELECT DISTINCT reporting_day FROM statement_line WHERE import_id = ?').pluck().all(apple)).toEqual([20250228]);
  });
});
