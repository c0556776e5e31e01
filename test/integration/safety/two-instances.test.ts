import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkstationCore } from '../../../src/main/core/open-workstation-core';
import type { WorkstationEvent } from '../../../src/shared/contract/events';
import type { JobProgress } from '../../../src/shared/contract/jobs';
import { runCli } from '../../support/run-cli';
import { DISTROKID_13_HEADER, distroKidLine, tempDataFolder } from '../../support/temp-store';

const WAITING = 'Waiting for another TuneMantra window or command that is writing to this data file…';
const ROOT = join(import.meta.dirname, '..', '..', '..');
let folder: ReturnType<typeof tempDataFolder>;
let holder: ChildProcess | null = null;

beforeEach(() => {
  folder = tempDataFolder('tunemantra-two-');
});
afterEach(async () => {
  if (holder && holder.exitCode === null) {
    holder.kill();
    await once(holder, 'exit');
  }
  holder = null;
  folder.remove();
});

function statement(name: string, month: string): string {
  const rows = [DISTROKID_13_HEADER, distroKidLine({ saleMonth: month, store: 'Spotify', title: 'Harbour Lights', isrc: 'USTWO2400001', qty: 3, earnings: '1.25' })];
  return folder.write(name, rows.join('\n') + '\n');
}

/**
 * Another process writing to the store, as another TuneMantra window's import would: it holds a
 * write transaction until its stdin closes, then rolls it back.
 */
async function holdWriteLock(databaseFile: string): Promise<ChildProcess> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(${JSON.stringify(databaseFile)});
    db.exec('BEGIN IMMEDIATE');
    db.prepare("INSERT INTO setting (key, value) VALUES ('held-by-another-process', '1')").run();
    process.stdout.write('holding\\n');
    process.stdin.on('end', () => { db.exec('ROLLBACK'); db.close(); process.exit(0); });
    process.stdin.resume();`;
  const child = spawn(process.execPath, ['-e', script], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
  expect(chunk.toString()).toBe('holding\n');
  holder = child;
  return child;
}

async function release(child: ChildProcess): Promise<void> {
  child.stdin!.end();
  await once(child, 'exit');
}

function countBatches(databaseFile: string): number {
  const db = new Database(databaseFile, { readonly: true });
  try {
    return db.prepare('SELECT COUNT(*) FROM import_batch').pluck().get() as number;
  } finally {
    db.close();
  }
}

describe('two instances writing to one store', () => {
  it('the CLI waits, then refuses the file with a sentence and exit code 3, writing nothing', async () => {
    const db = folder.location.databaseFile;
    expect(runCli(['import', '--db', db, statement('january.tsv', '2024-01')]).code).toBe(0);
    const other = await holdWriteLock(db);

    const cli = runCli(['import', '--db', db, statement('february.tsv', '2024-02')], { TUNEMANTRA_WRITE_WAIT_SECONDS: '1' });
    expect(cli.code).toBe(3);
    // Said once, though the wait is told at each attempt.
    expect(cli.stderr.split(WAITING).length - 1).toBe(1);
    expect(cli.stderr).toContain(`february.tsv: Another TuneMantra window or command is writing to ${db}; import this file again once it has finished.`);
    expect(cli.stderr).not.toMatch(/\n\s+at |database is locked/);

    await release(other);
    expect(countBatches(db)).toBe(1);
  });

  it('an import in the workstation says it waits, and imports once the other writer is done', async () => {
    const db = folder.location.databaseFile;
    expect(runCli(['import', '--db', db, statement('january.tsv', '2024-01')]).code).toBe(0);
    const other = await holdWriteLock(db);
    const core = await openWorkstationCore({ location: folder.location, readers: 1 });
    try {
      const messages: string[] = [];
      const finished = new Promise<WorkstationEvent>((resolve) =>
        core.onEvent((event) => {
          if (event.type === 'job:progress' && event.progress.message) messages.push(event.progress.message);
          if (event.type === 'job:finished') resolve(event);
        }),
      );
      core.startImport([statement('february.tsv', '2024-02')], { mode: 'lenient' });
      // Told after the file has been checked, before any of it is written.
      while (!messages.includes(WAITING)) await new Promise((r) => setTimeout(r, 20));
      await release(other);
      const event = await finished;
      expect(event).toMatchObject({ job: { status: 'succeeded', result: { outcomes: [{ status: 'imported', imported: 1 }] } } });
    } finally {
      await core.close();
    }
    expect(countBatches(db)).toBe(2);
  });

  it('while an import waits, its progress tells how long it has waited and no time left, and once its turn comes it reads', async () => {
    const db = folder.location.databaseFile;
    const january = statement('january.tsv', '2024-01');
    expect(runCli(['import', '--db', db, january]).code).toBe(0);
    const other = await holdWriteLock(db);
    const core = await openWorkstationCore({ location: folder.location, readers: 1 });
    try {
      const progress: JobProgress[] = [];
      const finished = new Promise<WorkstationEvent>((resolve) =>
        core.onEvent((event) => {
          if (event.type === 'job:progress') progress.push(event.progress);
          if (event.type === 'job:finished') resolve(event);
        }),
      );
      // January is already imported, so February waits with one of the two files done: a pace the old estimate went on.
      core.startImport([january, statement('february.tsv', '2024-02')], { mode: 'lenient' });
      while (!progress.some((p) => p.message === WAITING)) await new Promise((r) => setTimeout(r, 20));
      // Long enough a wait for a few attempts: the estimate from the run so far grew all along it.
      await new Promise((r) => setTimeout(r, 2_000));
      await release(other);
      const event = await finished;
      expect(event).toMatchObject({ job: { status: 'succeeded', result: { outcomes: [{ status: 'duplicate' }, { status: 'imported', imported: 1 }] } } });

      const waiting = progress.filter((p) => p.message === WAITING);
      expect(waiting.length).toBeGreaterThan(1);
      for (const p of waiting) expect(p).toMatchObject({ phase: 'waiting', file: 'february.tsv', done: 1, total: 2, etaMs: null });
      const times = waiting.map((p) => p.waitedMs);
      expect(times).toEqual([...times].sort((a, b) => a! - b!));
      expect(times.at(-1)).toBeGreaterThanOrEqual(1_000);
      const after = progress.slice(progress.indexOf(waiting.at(-1)!) + 1);
      expect(after.map((p) => p.phase)).toContain('reading');
      for (const p of after) expect(p.waitedMs).toBeUndefined();
    } finally {
      await core.close();
    }
  });

  it('an undo that meets another writer is refused with the same kind of sentence, not "database is locked"', async () => {
    const db = folder.location.databaseFile;
    expect(runCli(['import', '--db', db, statement('january.tsv', '2024-01')]).code).toBe(0);
    const core = await openWorkstationCore({ location: folder.location, readers: 1 });
    try {
      const other = await holdWriteLock(db);
      await expect(core.undoImport(1)).rejects.toMatchObject({
        code: 'busy',
        message: `Another TuneMantra window or command is writing to ${db}; try again once it has finished.`,
      });
      await release(other);
      await expect(core.undoImport(1)).resolves.toMatchObject({ importId: 1 });
    } finally {
      await core.close();
    }
  });
});
