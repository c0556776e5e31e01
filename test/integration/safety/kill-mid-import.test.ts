import { spawn } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliArguments, runCli } from '../../support/run-cli';
import { killWhen } from '../../support/writer-op-process';
import { DISTROKID_13_HEADER, distroKidLine, tempDataFolder } from '../../support/temp-store';

const ROOT = join(import.meta.dirname, '..', '..', '..');
let folder: ReturnType<typeof tempDataFolder>;

function writeStatement(path: string, lines: number, month: string): void {
  const rows = [DISTROKID_13_HEADER];
  for (let i = 0; i < lines; i++) {
    rows.push(distroKidLine({ saleMonth: month, store: 'Spotify', title: `Song ${i % 700}`, isrc: `USKIL24${String(i % 700).padStart(5, '0')}`, qty: 3, earnings: '0.0123456789' }));
  }
  writeFileSync(path, rows.join('\n') + '\n');
}

beforeEach(() => {
  folder = tempDataFolder('tunemantra-kill-');
});
afterEach(() => folder.remove());

describe('a kill -9 in the middle of an import', () => {
  it('leaves a sound store with the earlier import whole and no trace of the interrupted one', async () => {
    const db = folder.location.databaseFile;
    const first = join(folder.dir, 'first.tsv');
    const big = join(folder.dir, 'big.tsv');
    writeStatement(first, 1_000, '2024-01');
    writeStatement(big, 400_000, '2024-02');
    expect(runCli(['import', '--db', db, first]).code).toBe(0);

    const child = spawn(process.execPath, cliArguments(['import', '--db', db, big]), {
      cwd: ROOT,
      stdio: 'ignore',
    });
    const wal = `${db}-wal`;
    // The import is under way once its transaction has spilled pages into the WAL.
    await killWhen(child, () => existsSync(wal) && statSync(wal).size > 2_000_000, 60_000);

    const store = new Database(db);
    try {
      expect(store.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(store.prepare('SELECT file_name FROM import_batch').pluck().all()).toEqual(['first.tsv']);
      expect(store.prepare('SELECT COUNT(*) FROM statement_line').pluck().get()).toBe(1_000);
      expect(store.prepare('SELECT COUNT(*) FROM statement_line WHERE sale_month = 202402').pluck().get()).toBe(0);
    } finally {
      store.close();
    }
    // And the interrupted file imports cleanly afterwards.
    const again = runCli(['import', '--db', db, '--json', big]);
    expect(JSON.parse(again.stdout).files[0]).toMatchObject({ status: 'imported', imported: 400_000 });
  }, 180_000);
});
