import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/main/store/open-store';
import { runCli } from '../../support/run-cli';
import { DISTROKID_13_HEADER, distroKidLine, tempDataFolder } from '../../support/temp-store';
import { expectRollupsAsRebuilt, wholeStore, withStore } from '../../support/whole-store';
import { killWhen, runWriterOp, startWriterOp } from '../../support/writer-op-process';

let folder: ReturnType<typeof tempDataFolder>;

function writeStatement(path: string, lines: number, month: string): void {
  const rows = [DISTROKID_13_HEADER];
  for (let i = 0; i < lines; i++) {
    rows.push(distroKidLine({ saleMonth: month, store: 'Spotify', title: `Song ${i % 700}`, isrc: `USBRB24${String(i % 700).padStart(5, '0')}`, qty: 3, earnings: '0.0123456789' }));
  }
  writeFileSync(path, rows.join('\n') + '\n');
}

/** Lines, units and exact amounts per sale month. */
const monthTotals = (db: Store) =>
  db.prepare('SELECT sale_month, COUNT(*) AS lines, SUM(quantity) AS units, SUM(amount_hi) AS hi, SUM(amount_lo) AS lo FROM statement_line GROUP BY sale_month ORDER BY sale_month').all();

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
    const revisedId = withStore(db, (store) => {
      expect(store.prepare('SELECT COUNT(*) FROM replaced_import').pluck().get()).toBe(2);
      return store.prepare("SELECT id FROM import_batch WHERE file_name = 'revised.tsv'").pluck().get() as number;
    });
    const before = withStore(db, wholeStore);

    // January is back (its transaction alone would have committed it) once February's lines spill into the WAL.
    const wal = `${db}-wal`;
    await killWhen(startWriterOp('undoBringingBack', folder.location, revisedId), () => existsSync(wal) && statSync(wal).size > 8_000_000);

    withStore(db, (store) => {
      expect(store.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(store.prepare('SELECT file_name FROM import_batch').pluck().all()).toEqual(['revised.tsv']);
      expect(wholeStore(store)).toEqual(before);
      expectRollupsAsRebuilt(store);
    });

    // Nothing of it was left half done: the same undo runs through.
    const again = runWriterOp('undoBringingBack', folder.location, revisedId);
    expect(again.stderr).toBe('');
    expect(again.status).toBe(0);
    withStore(db, (store) => {
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
