import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/main/store/open-store';
import { coreWithChannels } from '../../support/core-channels';
import { filesUnder } from '../../support/files-under';
import { dateFiscalJanuaryAsAnOlderVersionDid } from '../../support/older-apple-import';
import { olderAppleImport } from '../../support/older-fiscal-january';
import { runCli } from '../../support/run-cli';
import { tempDataFolder } from '../../support/temp-store';
import { expectRollupsAsRebuilt, wholeStore, withStore } from '../../support/whole-store';
import { killWhen, runWriterOp, startWriterOp } from '../../support/writer-op-process';

/** Lines of 0.63 EUR after the report's own four: enough that the kill finds the new import's lines still being written. */
const MORE = 100_000;
const FILE = 'apple-eu-fy25-p04.txt';

let folder: ReturnType<typeof tempDataFolder>;

beforeEach(() => {
  folder = tempDataFolder('tunemantra-kill-read-again-');
});
afterEach(() => folder.remove());

/** The large fiscal January as an older version left it, flagged for reading again; its import id. */
async function agedStore(): Promise<number> {
  const { core, handlers } = await coreWithChannels({ readers: 1, location: folder.location });
  let importId: number;
  try {
    importId = await olderAppleImport({ core, channels: handlers }, MORE);
  } finally {
    await core.close();
  }
  dateFiscalJanuaryAsAnOlderVersionDid(folder.location.databaseFile, importId);
  return importId;
}

/** The archive's files and the SHA-256 of each; not `incoming/`, where a killed import's snapshot stays until a day old. */
function archived(): Record<string, string> {
  const { archiveDir } = folder.location;
  return Object.fromEntries(filesUnder(archiveDir).filter((name) => !name.startsWith('incoming/'))
    .map((name) => [name, createHash('sha256').update(readFileSync(join(archiveDir, name))).digest('hex')]));
}

/** The largest snapshot in `incoming/`, where an import copies the file as its first pass reads and hashes it. */
function snapshotBytes(): number {
  const incoming = join(folder.location.archiveDir, 'incoming');
  if (!existsSync(incoming)) return 0;
  return Math.max(0, ...readdirSync(incoming).map((name) => statSync(join(incoming, name), { throwIfNoEntry: false })?.size ?? 0));
}

/** The report's euros, in cents: 11.97 EUR, and 0.63 EUR a line more. */
const EURO_CENTS = BigInt(1197 + 63 * MORE);

/** An exact amount of 1e-8 units, to 8 decimals as the app writes amounts. */
function eightDecimals(units: bigint): string {
  return `${units / 100_000_000n}.${String(units % 100_000_000n).padStart(8, '0')}`;
}

/** Revenue and units by month, as the app's queries answer them. */
function revenueByMonth(dateBasis: 'sale' | 'reporting'): string[][] {
  const spec = { metrics: ['revenue', 'quantity'], dimensions: ['month'], dateBasis, timeRange: { kind: 'preset', preset: 'all' } };
  const cli = runCli(['query', '--db', folder.location.databaseFile, '--spec', JSON.stringify(spec)]);
  expect(cli.stderr).toBe('');
  return (JSON.parse(cli.stdout) as { rows: unknown[][] }).rows.map((row) => row.map(String));
}

/** What the import keeps beside its lines: set-aside lines, corrections, and the imports it replaced. */
const keptBeside = (db: Store, importId: number) => ({
  setAside: db.prepare('SELECT line_no FROM rejected_line_follow_up WHERE import_id = ? AND set_aside = 1').pluck().all(importId),
  corrected: db.prepare('SELECT line_no FROM corrected_line WHERE import_id = ?').pluck().all(importId),
  replaced: db.prepare('SELECT file_name FROM replaced_import WHERE replacing_import_id = ?').pluck().all(importId),
});

describe('a kill -9 in the middle of reading an import again', () => {
  it('leaves the older import, its archive and the rollups as they were, and the import can then be read again', async () => {
    const { databaseFile } = folder.location;
    const importId = await agedStore();
    const { before, original } = withStore(databaseFile, (db) => {
      expect(db.prepare('SELECT file_name, read_again_for FROM import_batch').raw().all()).toEqual([[FILE, 'apple-fiscal-months']]);
      expect(keptBeside(db, importId)).toEqual({ setAside: [5], corrected: [4], replaced: ['apple-eu-fy25-p04-draft.txt'] });
      return { before: wholeStore(db), original: db.prepare('SELECT archive_path FROM import_batch WHERE id = ?').pluck().get(importId) as string };
    });
    const archivedBefore = archived();
    expect(Object.keys(archivedBefore)).toHaveLength(2);
    expect(snapshotBytes()).toBe(0);

    // Killed with the old import removed and the new one's lines being written, in the one
    // transaction: the removal is done before the importer starts its snapshot of the original, a
    // whole snapshot means its first pass has read it all, and the WAL growing after that is the
    // second pass's lines spilling (4 of the some 25 MB it writes). killWhen sees it die of the kill.
    const wal = `${databaseFile}-wal`;
    const walBytes = () => statSync(wal, { throwIfNoEntry: false })?.size ?? 0;
    const originalBytes = statSync(original).size;
    let walOnceRead: number | null = null;
    await killWhen(startWriterOp('readAgain', folder.location, importId), () => {
      walOnceRead ??= snapshotBytes() === originalBytes ? walBytes() : null;
      return walOnceRead !== null && walBytes() > walOnceRead + 4_000_000;
    });

    withStore(databaseFile, (db) => {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('SELECT id, read_again_for FROM import_batch').raw().all()).toEqual([[importId, 'apple-fiscal-months']]);
      expect(db.prepare('SELECT import_id, COUNT(*) FROM statement_line GROUP BY import_id').raw().all()).toEqual([[importId, MORE + 3]]);
      expect(keptBeside(db, importId)).toEqual({ setAside: [5], corrected: [4], replaced: ['apple-eu-fy25-p04-draft.txt'] });
      expect(wholeStore(db)).toEqual(before);
      expectRollupsAsRebuilt(db);
    });
    expect(archived()).toEqual(archivedBefore);

    // Nothing of it was left half done: reading it again runs through, dating its money in January.
    const again = runWriterOp('readAgain', folder.location, importId);
    expect(again.stderr).toBe('');
    expect(again.status).toBe(0);
    const answer = JSON.parse(again.stdout) as { readAgain: { importId: number }; message: string };
    expect(answer).toMatchObject({
      previousImportId: importId,
      readAgain: { fileName: FILE, imported: MORE + 3, rejected: 1, amounts: { EUR: eightDecimals(EURO_CENTS * 1_000_000n) }, toCorrectAgain: [] },
    });
    expect(answer.message).toContain(`Line 4 of ${FILE}, corrected after its first import, is corrected again as it was.`);
    withStore(databaseFile, (db) => {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('SELECT id, read_again_for FROM import_batch').raw().all()).toEqual([[answer.readAgain.importId, null]]);
      expect(keptBeside(db, answer.readAgain.importId)).toEqual({ setAside: [5], corrected: [4], replaced: ['apple-eu-fy25-p04-draft.txt'] });
      expectRollupsAsRebuilt(db);
    });
    // At January's rate, 1.0351, as the existing read-again test expects of the report's first 11.97 EUR.
    const january = [['2025-01', eightDecimals(EURO_CENTS * 10_351n * 100n), String(19 + MORE)]];
    expect(revenueByMonth('sale')).toEqual(january);
    expect(revenueByMonth('reporting')).toEqual(january);
    expect(archived()).toEqual(archivedBefore);
  }, 300_000);
});
