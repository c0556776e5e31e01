import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rebuildRollups } from '../../../src/main/query/rollups/rollup-maintenance';
import { openWriterStore, type Store } from '../../../src/main/store/open-store';
import { runCli } from '../../support/run-cli';
import { DISTROKID_13_HEADER, distroKidLine, tempDataFolder } from '../../support/temp-store';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CHILD = join(import.meta.dirname, 'undo-bringing-back.child.ts');
let folder: ReturnType<typeof tempDataFolder>;

function writeStatement(path: string, lines: number, month: string): void {
  const rows = [DISTROKID_13_HEADER];
  for (let i = 0; i < lines; i++) {
    rows.push(distroKidLine({ saleMonth: month, store: 'Spotify', title: `Song ${i % 700}`, isrc: `USBRB24${String(i % 700).padStart(5, '0')}`, qty: 3, earnings: '0.0123456789' }));
  }
  writeFileSync(path, rows.join('\n') + '\n');
}

/** Every table's rows, in order: what "as it was" means. */
function wholeStore(db: Store): Record<string, unknown[]> {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(tables.map((table) => {
    const columns = (db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[]).map((c) => `"${c}"`);
    return [table, db.prepare(`SELECT * FROM "${table}" ORDER BY ${columns.join(', ')}`).raw().all()];
  }));
}

/** Lines, units and exact amounts per sale month. */
const monthTotals = (db: Store) =>
  db.prepare('SELECT sale_month, COUNT(*) AS lines, SUM(quantity) AS units, SUM(amount_hi) AS hi, SUM(amount_lo) AS lo FROM statement_line GROUP BY sale_month ORDER BY sale_month').all();

/** Whether the rollups are what rebuilding every import's rollups from its lines makes, tried and rolled back. */
function expectRollupsAsRebuilt(db: Store): void {
  const rollups = () => Object.fromEntries(Object.entries(wholeStore(db)).filter(([table]) => table.includes('rollup')));
  const now = rollups();
  expect(Object.keys(now).length).toBeGreaterThan(0);
  db.exec('SAVEPOINT rebuilt');
  rebuildRollups(db, db.prepare('SELECT id FROM import_batch').pluck().all() as number[]);
  const rebuilt = rollups();
  db.exec('ROLLBACK TO rebuilt; RELEASE rebuilt');
  expect(now).toEqual(rebuilt);
}

function withStore<T>(read: (db: Store) => T): T {
  const db = openWriterStore(folder.location.databaseFile);
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** The undo as the writer thread runs it, in a child process of its own (the source through tsx). */
const undoArguments = (importId: number) => ['--import', 'tsx', CHILD, folder.location.databaseFile, folder.location.archiveDir, String(importId)];

beforeEach(() => {
  folder = tempDataFolder('tunemantra-kill-bring-back-');
});
afterEach(() => folder.remove());

describe('a kill -9 in the middle of undoing an import and bringing back the ones it replaced', () => {
  it('leaves the store as it was before the undo, which can then be done again', async () => {
    const db = folder.location.databaseFile;
    // January comes back first (records go by the replaced import's id), quickly; then February, slowly.
    const january = join(folder.dir, 'january.tsv');
    const february = join(folder.dir, 'february.tsv');
    const revised = join(folder.dir, 'revised.tsv');
    writeStatement(january, 1_000, '2024-01');
    writeStatement(february, 300_000, '2024-02');
    writeFileSync(revised, [DISTROKID_13_HEADER, distroKidLine({ saleMonth: '2024-01', store: 'Spotify', title: 'Song 1', isrc: 'USBRB2400001', qty: 5, earnings: '1.50' }),
      distroKidLine({ saleMonth: '2024-02', store: 'Spotify', title: 'Song 1', isrc: 'USBRB2400001', qty: 7, earnings: '2.25' })].join('\n') + '\n');
    expect(runCli(['import', '--db', db, january, february]).code).toBe(0);
    expect(runCli(['import', '--db', db, '--on-overlap', 'replace', revised]).code).toBe(0);
    const revisedId = withStore((store) => {
      expect(store.prepare('SELECT COUNT(*) FROM replaced_import').pluck().get()).toBe(2);
      return store.prepare("SELECT id FROM import_batch WHERE file_name = 'revised.tsv'").pluck().get() as number;
    });
    const before = withStore(wholeStore);

    const child = spawn(process.execPath, undoArguments(revisedId), { cwd: ROOT, stdio: 'ignore' });
    let exited = false;
    const exit = new Promise((r) => child.once('exit', () => r((exited = true))));
    // January is back (its transaction alone would have committed it) once February's lines spill into the WAL.
    const wal = `${db}-wal`;
    const started = Date.now();
    while (!(existsSync(wal) && statSync(wal).size > 8_000_000)) {
      if (exited) throw new Error('the undo finished before it could be killed: make February larger');
      if (Date.now() - started > 120_000) throw new Error('the undo never got going');
      await new Promise((r) => setTimeout(r, 10));
    }
    child.kill('SIGKILL');
    await exit;

    withStore((store) => {
      expect(store.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(store.prepare('SELECT file_name FROM import_batch').pluck().all()).toEqual(['revised.tsv']);
      expect(wholeStore(store)).toEqual(before);
      expectRollupsAsRebuilt(store);
    });

    // Nothing of it was left half done: the same undo runs through.
    const again = spawnSync(process.execPath, undoArguments(revisedId), { cwd: ROOT, encoding: 'utf8', timeout: 150_000 });
    expect(again.stderr).toBe('');
    expect(again.status).toBe(0);
    withStore((store) => {
      expect(store.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(store.prepare('SELECT file_name FROM import_batch ORDER BY id').pluck().all()).toEqual(['january.tsv', 'february.tsv']);
      expect(monthTotals(store)).toEqual([
        { sale_month: 202401, lines: 1_000, units: 3_000, hi: 1_000 * 1_234_567, lo: 1_000 * 89_000_000 },
        { sale_month: 202402, lines: 300_000, units: 900_000, hi: 300_000 * 1_234_567, lo: 300_000 * 89_000_000 },
      ]);
      expectRollupsAsRebuilt(store);
    });
  }, 300_000);
});
