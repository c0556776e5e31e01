import Database from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QuerySpec } from '../../../src/shared/query/query-spec';
import { openWorkstationCore } from '../../../src/main/core/open-workstation-core';
import type { WorkstationCore } from '../../../src/main/core/workstation-core';
import { DISTROKID_13_HEADER, tempDataFolder } from '../../support/temp-store';

let folder: ReturnType<typeof tempDataFolder>;
let core: WorkstationCore;

const statement = (rows: [artist: string, title: string, isrc: string, earnings: string][]) =>
  Buffer.from([DISTROKID_13_HEADER, ...rows.map(([a, t, i, e]) => ['2024-03-05', '2024-01', 'Spotify', a, t, i, '', '10', '100', 'Song', 'US', '0', e].join('\t'))].join('\n'));

async function until<T>(check: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeEach(async () => {
  folder = tempDataFolder('tunemantra-review-');
  core = await openWorkstationCore({ location: folder.location, readers: 1 });
});
afterEach(async () => {
  await core.close();
  folder.remove();
});

describe('recording review through the core', () => {
  it('lists doubtful matches, finds merge targets, merges and keeps', async () => {
    const staged = core.stageUpload('s.tsv', statement([['Lena Vos', 'Harbour', 'NLA1Z2400001', '1.00'], ['Lena Vos', 'Harbour (Live)', '', '0.40'], ['Lena Vos', 'Tides', '', '0.10']]));
    const job = core.startStagedImport({ files: [{ stagedId: staged.stagedId, onOverlap: 'keepBoth' }], mode: 'lenient' });
    await until(async () => (core.jobs.snapshot(job.jobId).status === 'running' ? undefined : true));
    const queue = await core.recordingsToReview();
    expect(queue.map((r) => r.title)).toEqual(['Harbour (Live)', 'Tides']);
    expect(queue[0]!.candidate).toMatchObject({ title: 'Harbour', isrc: 'NLA1Z2400001', scorePercent: 70 });
    expect((await core.searchRecordings('harb')).map((r) => r.title).sort()).toEqual(['Harbour', 'Harbour (Live)']);
    expect((await core.searchRecordings('100%_')).length).toBe(0);
    expect(await core.mergeRecording(queue[0]!.recordingId, queue[0]!.candidate!.recordingId)).toEqual({ movedLines: 1 });
    await core.keepRecording(queue[1]!.recordingId);
    expect(await core.recordingsToReview()).toEqual([]);
    await expect(core.keepRecording(queue[1]!.recordingId)).rejects.toThrow(/not waiting for review/);
  });
});

describe('drop folder through the core', () => {
  it('imports what lands in the chosen folder, survives a restart, and stops when cleared', async () => {
    expect(await core.setDropFolder(join(folder.dir, 'missing'))).toMatchObject({ watching: false, problem: expect.stringMatching(/does not exist/) });
    const drop = join(folder.dir, 'drop');
    mkdirSync(drop);
    expect(await core.setDropFolder(drop)).toEqual({ folder: drop, watching: true, problem: null });
    writeFileSync(join(drop, 'april.tsv'), statement([['Ana Sol', 'Luz', 'ESA012400001', '2.50']]));
    const history = await until(async () => {
      const imports = await core.importHistory();
      return imports.length ? imports : undefined;
    });
    expect(history[0]).toMatchObject({ fileName: 'april.tsv', imported: 1, amounts: { USD: '2.50000000' } });

    await core.close();
    core = await openWorkstationCore({ location: folder.location, readers: 1 });
    expect(core.dropFolder()).toEqual({ folder: drop, watching: true, problem: null });
    expect(await core.setDropFolder(null)).toEqual({ folder: null, watching: false, problem: null });
  });

  it('skips a statement whose period an earlier import covers, rather than counting it twice', async () => {
    const drop = join(folder.dir, 'drop');
    mkdirSync(drop);
    await core.setDropFolder(drop);
    const outcomes: { file: string; status: string; message: string }[] = [];
    core.onEvent((event) => {
      if (event.type === 'job:finished') outcomes.push(...(event.job.result as { outcomes: typeof outcomes }).outcomes);
    });
    writeFileSync(join(drop, 'april.tsv'), statement([['Ana Sol', 'Luz', 'ESA012400001', '2.50']]));
    await until(async () => (outcomes.length === 1 ? true : undefined));
    // A corrected copy under another name: other bytes, so not the same-content no-op; same period.
    writeFileSync(join(drop, 'april-corrected.tsv'), statement([['Ana Sol', 'Luz', 'ESA012400001', '2.75']]));
    const [, corrected] = await until(async () => (outcomes.length === 2 ? outcomes : undefined));
    expect(corrected).toMatchObject({ file: 'april-corrected.tsv', status: 'skipped', message: 'april-corrected.tsv: skipped, its period is already covered by april.tsv.' });

    expect((await core.importHistory()).map((h) => [h.fileName, h.amounts])).toEqual([['april.tsv', { USD: '2.50000000' }]]);
    expect((await core.runQuery(QuerySpec.parse({ metrics: ['revenue', 'lines'] }))).rows[0]).toEqual(['2.50000000', 1]);
  });

  it('does not read the whole folder again at each start, but takes a statement saved over since', async () => {
    const drop = join(folder.dir, 'drop');
    mkdirSync(drop);
    await core.setDropFolder(drop);
    const outcomes: { file: string; status: string }[] = [];
    const listen = () =>
      core.onEvent((event) => {
        if (event.type === 'job:finished') outcomes.push(...(event.job.result as { outcomes: typeof outcomes }).outcomes);
      });
    listen();
    writeFileSync(join(drop, 'april.tsv'), statement([['Ana Sol', 'Luz', 'ESA012400001', '2.50']]));
    await until(async () => (outcomes.length === 1 ? true : undefined));
    // Kept once the import has ended, on the writer, so read from the file itself.
    await until(async () => (rememberedFiles(folder.location.databaseFile).includes(join(drop, 'april.tsv')) ? true : undefined));

    await core.close();
    core = await openWorkstationCore({ location: folder.location, readers: 1 });
    outcomes.length = 0;
    listen();
    // Written after the start, so it settles after anything present at the start would have.
    writeFileSync(join(drop, 'may.tsv'), statement([['Ana Sol', 'Luz', 'ESA012400001', '1.25']]).toString().replaceAll('2024-01', '2024-02'));
    await until(async () => (outcomes.length >= 1 ? true : undefined));
    expect(outcomes.map((o) => [o.file, o.status])).toEqual([['may.tsv', 'imported']]);

    writeFileSync(join(drop, 'april.tsv'), statement([['Ana Sol', 'Luz', 'ESA012400001', '2.50'], ['Ana Sol', 'Mar', 'ESA012400002', '0.75']]));
    await until(async () => (outcomes.length >= 2 ? true : undefined));
    expect(outcomes[1]).toMatchObject({ file: 'april.tsv', status: 'skipped' });
  });
});

/** The drop folder's files the store keeps as taken. */
function rememberedFiles(databaseFile: string): string[] {
  const db = new Database(databaseFile, { readonly: true });
  try {
    const row = db.prepare<[], { value: string }>("SELECT value FROM setting WHERE key = 'drop_folder_taken'").get();
    return row ? Object.keys((JSON.parse(row.value) as { files: Record<string, string> }).files) : [];
  } finally {
    db.close();
  }
}