import Database from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QuerySpec } from '../../../src/shared/query/query-spec';
import { openWorkstationCore } from '../../../src/main/core/open-workstation-core';
import type { WorkstationCore } from '../../../src/main/core/workstation-core';
import type { WorkstationEvent } from '../../../src/shared/contract/events';
import { DISTROKID_13_HEADER, tempDataFolder } from '../../support/temp-store';
import { until } from '../../support/until';

let folder: ReturnType<typeof tempDataFolder>;
let core: WorkstationCore;
// A statement here is written at once, and ends without a line break: waiting the usual 2 s for it to
// stop growing, or the 30 s a file that may be cut short is given, only slows the suite.
const coreOptions = () => ({ location: folder.location, readers: 1, dropFolderSettleMs: 300, dropFolderStillArrivingMs: 300 });

const statement = (rows: [artist: string, title: string, isrc: string, earnings: string][]) =>
  Buffer.from([DISTROKID_13_HEADER, ...rows.map(([a, t, i, e]) => ['2024-03-05', '2024-01', 'Spotify', a, t, i, '', '10', '100', 'Song', 'US', '0', e].join('\t'))].join('\n'));

beforeEach(async () => {
  folder = tempDataFolder('tunemantra-review-');
  core = await openWorkstationCore(coreOptions());
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
    expect(await core.mergeRecording(queue[0]!.recordingId, queue[0]!.candidate!.recordingId)).toEqual({ movedLines: 1, mergeId: expect.any(Number) });
    await core.keepRecording(queue[1]!.recordingId);
    expect(await core.recordingsToReview()).toEqual([]);
    await expect(core.keepRecording(queue[1]!.recordingId)).rejects.toThrow(/not waiting for review/);
  });

  it('tells of a keep as a change of the queue alone, so no figure is read again for it', async () => {
    const staged = core.stageUpload('s.tsv', statement([['Lena Vos', 'Tides', '', '0.10'], ['Lena Vos', 'Harbour', '', '0.20']]));
    const job = core.startStagedImport({ files: [{ stagedId: staged.stagedId, onOverlap: 'keepBoth' }], mode: 'lenient' });
    await until(async () => (core.jobs.snapshot(job.jobId).status === 'running' ? undefined : true));
    const [first, second] = await core.recordingsToReview();
    const events: WorkstationEvent[] = [];
    core.onEvent((event) => events.push(event));

    await core.keepRecording(first!.recordingId);
    await core.keepRecording(second!.recordingId);
    // A refused keep changed nothing, so it tells nothing.
    await expect(core.keepRecording(second!.recordingId)).rejects.toThrow(/not waiting for review/);
    expect(events).toEqual([
      { type: 'review:changed', reviewVersion: 1 },
      { type: 'review:changed', reviewVersion: 2 },
    ]);
  });
});

describe('drop folder through the core', () => {
  it('imports what lands in the chosen folder, survives a restart, and stops when cleared', async () => {
    expect(await core.setDropFolder(join(folder.dir, 'missing'))).toMatchObject({ watching: false, problem: expect.stringMatching(/does not exist/) });
    const drop = join(folder.dir, 'drop');
    mkdirSync(drop);
    expect(await core.setDropFolder(drop)).toEqual({ folder: drop, watching: true, problem: null, recent: [], pending: [], pendingUnlisted: 0 });
    writeFileSync(join(drop, 'april.tsv'), statement([['Ana Sol', 'Luz', 'ESA012400001', '2.50']]));
    const history = await until(async () => {
      const imports = await core.importHistory();
      return imports.length ? imports : undefined;
    });
    expect(history[0]).toMatchObject({ fileName: 'april.tsv', imported: 1, amounts: { USD: '2.50000000' } });

    await core.close();
    core = await openWorkstationCore(coreOptions());
    expect(await core.setDropFolder(null)).toEqual({ folder: null, watching: false, problem: null, recent: [], pending: [], pendingUnlisted: 0 });
  });

  it('still lists what the folder took after a restart, under that folder only', async () => {
    const drop = join(folder.dir, 'drop');
    mkdirSync(drop);
    await core.setDropFolder(drop);
    writeFileSync(join(drop, 'april.tsv'), statement([['Ana Sol', 'Luz', 'ESA012400001', '2.50']]));
    const taken = await until(async () => (core.dropFolder().recent.length ? core.dropFolder().recent : undefined));
    // Kept once listed, on the writer, so read from the file itself.
    await until(async () => (rememberedRecent(folder.location.databaseFile).length === 1 ? true : undefined));
    const [april] = await core.importHistory();
    expect(taken[0]!.statements).toMatchObject([{ outcome: 'imported', file: 'april.tsv', importId: april!.importId, lines: 1 }]);

    await core.close();
    core = await openWorkstationCore(coreOptions());
    expect(core.dropFolder()).toEqual({ folder: drop, watching: true, problem: null, recent: taken, pending: [], pendingUnlisted: 0 });

    // Stopped, no folder is named, so nothing is listed; the same folder watched again lists its takes again.
    expect((await core.setDropFolder(null)).recent).toEqual([]);
    expect((await core.setDropFolder(drop)).recent).toEqual(taken);
    // Another folder's first take starts its own list: the panel lists takes under the folder it names.
    const other = join(folder.dir, 'other');
    mkdirSync(other);
    expect((await core.setDropFolder(other)).recent).toEqual([]);
    writeFileSync(join(other, 'may.tsv'), statement([['Ana Sol', 'Luz', 'ESA012400001', '1.25']]).toString().replaceAll('2024-01', '2024-02'));
    const [may] = await until(async () => (core.dropFolder().recent.length ? core.dropFolder().recent : undefined));
    expect(may!.fileName).toBe('may.tsv');
    expect((await core.setDropFolder(drop)).recent).toEqual([]);
  });

  it('reads a kept list of takes it cannot make sense of as none, and a take in it that does not read as left out', async () => {
    const drop = join(folder.dir, 'drop');
    mkdirSync(drop);
    const take = { fileName: 'march.tsv', takenAt: '2024-04-02T08:00:00.000Z', problem: null, statements: [{ outcome: 'duplicate', file: 'march.tsv' }] };
    await core.close();
    const remember = (recent: string) => {
      const db = new Database(folder.location.databaseFile);
      try {
        const write = db.prepare('INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)');
        write.run('drop_folder', drop);
        write.run('drop_folder_recent', recent);
      } finally {
        db.close();
      }
    };
    for (const garbled of ['{"folder": "', JSON.stringify({ folder: drop, takes: 'march.tsv' }), JSON.stringify([take]), 'null']) {
      remember(garbled);
      core = await openWorkstationCore(coreOptions());
      expect(core.dropFolder()).toEqual({ folder: drop, watching: true, problem: null, recent: [], pending: [], pendingUnlisted: 0 });
      await core.close();
    }
    remember(JSON.stringify({ folder: drop, takes: [take, { ...take, statements: [{ outcome: 'vanished' }] }, { fileName: 'april.tsv' }] }));
    core = await openWorkstationCore(coreOptions());
    expect(core.dropFolder().recent).toEqual([take]);

    // The folder keeps working, and its next take is listed above what was kept.
    writeFileSync(join(drop, 'april.tsv'), statement([['Ana Sol', 'Luz', 'ESA012400001', '2.50']]));
    const recent = await until(async () => (core.dropFolder().recent.length === 2 ? core.dropFolder().recent : undefined));
    expect(recent.map((t) => t.fileName)).toEqual(['april.tsv', 'march.tsv']);
    await until(async () => (rememberedRecent(folder.location.databaseFile).length === 2 ? true : undefined));
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

  it('does not read the whole folder again at each start, and a statement saved over since replaces what its file held', async () => {
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
    core = await openWorkstationCore(coreOptions());
    outcomes.length = 0;
    listen();
    // Written after the start, so it settles after anything present at the start would have.
    writeFileSync(join(drop, 'may.tsv'), statement([['Ana Sol', 'Luz', 'ESA012400001', '1.25']]).toString().replaceAll('2024-01', '2024-02'));
    await until(async () => (outcomes.length >= 1 ? true : undefined));
    expect(outcomes.map((o) => [o.file, o.status])).toEqual([['may.tsv', 'imported']]);

    const [april] = await core.importHistory().then((imports) => imports.filter((i) => i.fileName === 'april.tsv'));
    writeFileSync(join(drop, 'april.tsv'), statement([['Ana Sol', 'Luz', 'ESA012400001', '2.50'], ['Ana Sol', 'Mar', 'ESA012400002', '0.75']]));
    await until(async () => (outcomes.length >= 2 ? true : undefined));
    expect(outcomes[1]).toMatchObject({ file: 'april.tsv', status: 'imported', imported: 2 });
    const history = await core.importHistory();
    expect(history.map((h) => [h.fileName, h.amounts, h.replaced.map((r) => r.importId)])).toEqual([
      ['april.tsv', { USD: '3.25000000' }, [april!.importId]],
      ['may.tsv', { USD: '1.25000000' }, []],
    ]);
    // april.tsv as first taken is still listed: the list is kept across the restart.
    expect(core.dropFolder().recent.map((take) => [take.fileName, take.statements[0]!.outcome])).toEqual([
      ['april.tsv', 'imported'],
      ['may.tsv', 'imported'],
      ['april.tsv', 'imported'],
    ]);
  });

  it('puts a corrected statement saved over its file in place of that file’s import, and no other', async () => {
    const drop = join(folder.dir, 'drop');
    mkdirSync(drop);
    await core.setDropFolder(drop);
    const latest = join(drop, 'distrokid-latest.tsv');
    const takes = (count: number) => until(async () => (core.dropFolder().recent.length >= count ? core.dropFolder().recent : undefined));

    writeFileSync(latest, statement([['Ana Sol', 'Luz', 'ESA012400001', '1.80']]));
    const [first] = await takes(1);
    const [original] = await core.importHistory();
    expect(first).toMatchObject({
      fileName: 'distrokid-latest.tsv', problem: null,
      statements: [{ outcome: 'imported', file: 'distrokid-latest.tsv', importId: original!.importId, lines: 1, quarantined: 0, amounts: { USD: '1.80000000' }, replaced: [] }],
    });
    expect(Date.parse(first!.takenAt)).not.toBeNaN();

    // The label manager saves the corrected statement over the same name.
    writeFileSync(latest, statement([['Ana Sol', 'Luz', 'ESA012400001', '1.80'], ['Ana Sol', 'Mar', 'ESA012400002', '0.55']]));
    const [corrected] = await takes(2);
    expect(corrected!.statements).toEqual([
      {
        outcome: 'imported', file: 'distrokid-latest.tsv', importId: expect.any(Number), lines: 2, quarantined: 0, amounts: { USD: '2.35000000' },
        replaced: [{ importId: original!.importId, fileName: 'distrokid-latest.tsv' }],
      },
    ]);
    const history = await core.importHistory();
    expect(corrected!.statements[0]).toMatchObject({ importId: history[0]!.importId });
    expect(history.map((h) => [h.fileName, h.lines, h.amounts])).toEqual([['distrokid-latest.tsv', 2, { USD: '2.35000000' }]]);
    expect(history[0]!.replaced.map((r) => r.importId)).toEqual([original!.importId]);
    // $2.35, not $1.80 + $2.35.
    expect((await core.runQuery(QuerySpec.parse({ metrics: ['revenue', 'lines'] }))).rows[0]).toEqual(['2.35000000', 2]);

    // Another file of the same period is someone else's statement: skipped, naming what covers it.
    writeFileSync(join(drop, 'distrokid-copy.tsv'), statement([['Ana Sol', 'Luz', 'ESA012400001', '9.99']]));
    const [copy] = await takes(3);
    expect(copy).toMatchObject({
      fileName: 'distrokid-copy.tsv',
      statements: [{ outcome: 'skipped', file: 'distrokid-copy.tsv', coveredBy: [{ importId: history[0]!.importId, fileName: 'distrokid-latest.tsv' }] }],
    });
    expect(core.dropFolder().recent.map((take) => take.fileName)).toEqual(['distrokid-copy.tsv', 'distrokid-latest.tsv', 'distrokid-latest.tsv']);
    expect((await core.runQuery(QuerySpec.parse({ metrics: ['revenue'] }))).rows[0]).toEqual(['2.35000000']);

    // The replaced import comes back as any replaced import does.
    await core.undoImportBringingBack(history[0]!.importId);
    expect((await core.importHistory()).map((h) => [h.fileName, h.amounts])).toEqual([['distrokid-latest.tsv', { USD: '1.80000000' }]]);
    expect((await core.runQuery(QuerySpec.parse({ metrics: ['revenue'] }))).rows[0]).toEqual(['1.80000000']);
  });

  it('skips a file saved over when it also overlaps an import of another file, and keeps working after a restart', async () => {
    const drop = join(folder.dir, 'drop');
    mkdirSync(drop);
    await core.setDropFolder(drop);
    const takes = (count: number) => until(async () => (core.dropFolder().recent.length >= count ? core.dropFolder().recent : undefined));
    const january = statement([['Ana Sol', 'Luz', 'ESA012400001', '1.00']]).toString();
    writeFileSync(join(drop, 'january.tsv'), january);
    await takes(1);
    writeFileSync(join(drop, 'february.tsv'), january.replaceAll('2024-01', '2024-02'));
    await takes(2);
    const [february, januaryImport] = await core.importHistory();
    await until(async () => (rememberedFiles(folder.location.databaseFile).length === 2 ? true : undefined));

    await core.close();
    core = await openWorkstationCore(coreOptions());
    // Saved over with both months: it would take february.tsv's place too, which no one chose.
    writeFileSync(join(drop, 'january.tsv'), `${january}\n${january.split('\n')[1]!.replaceAll('2024-01', '2024-02').replace('1.00', '0.50')}`);
    // The two takes before the restart are still listed below.
    const [both] = await takes(3);
    expect(both!.statements).toEqual([
      {
        outcome: 'skipped', file: 'january.tsv',
        coveredBy: [{ importId: januaryImport!.importId, fileName: 'january.tsv' }, { importId: february!.importId, fileName: 'february.tsv' }],
      },
    ]);
    expect((await core.runQuery(QuerySpec.parse({ metrics: ['revenue'] }))).rows[0]).toEqual(['2.00000000']);

    // Corrected again, January alone: it replaces what january.tsv held, as remembered before the restart.
    writeFileSync(join(drop, 'january.tsv'), statement([['Ana Sol', 'Luz', 'ESA012400001', '1.40']]));
    const [corrected] = await takes(4);
    expect(corrected!.statements).toMatchObject([{ outcome: 'imported', amounts: { USD: '1.40000000' }, replaced: [{ importId: januaryImport!.importId }] }]);
    expect((await core.importHistory()).map((h) => [h.fileName, h.amounts])).toEqual([
      ['january.tsv', { USD: '1.40000000' }],
      ['february.tsv', { USD: '1.00000000' }],
    ]);
    expect((await core.runQuery(QuerySpec.parse({ metrics: ['revenue'] }))).rows[0]).toEqual(['2.40000000']);
  });

  it('reads a remembered list it cannot make sense of as nothing taken', async () => {
    const drop = join(folder.dir, 'drop');
    mkdirSync(drop);
    writeFileSync(join(drop, 'april.tsv'), statement([['Ana Sol', 'Luz', 'ESA012400001', '2.50']]));
    await core.close();
    const db = new Database(folder.location.databaseFile);
    try {
      const write = db.prepare('INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)');
      write.run('drop_folder', drop);
      write.run('drop_folder_taken', '{"folder": 3, "files": [');
    } finally {
      db.close();
    }
    core = await openWorkstationCore(coreOptions());
    const [take] = await until(async () => (core.dropFolder().recent.length ? core.dropFolder().recent : undefined));
    expect(take!.statements).toMatchObject([{ outcome: 'imported', file: 'april.tsv' }]);
  });
});

/** The drop folder's recent takes the store keeps, by file name. */
function rememberedRecent(databaseFile: string): string[] {
  const db = new Database(databaseFile, { readonly: true });
  try {
    const row = db.prepare<[], { value: string }>("SELECT value FROM setting WHERE key = 'drop_folder_recent'").get();
    return row ? (JSON.parse(row.value) as { takes: { fileName: string }[] }).takes.map((take) => take.fileName) : [];
  } finally {
    db.close();
  }
}

/** The drop folder's files the store keeps as taken. */
function rememberedFiles(databaseFile: string): string[] {
  const db = new Database(databaseFile, { readonly: true });
  try {
    const row = db.prepare<[], { value: string }>("SELECT value FROM setting WHERE key = 'drop_folder_taken'").get();
    return row ? Object.keys((JSON.parse(row.value) as { files: Record<string, unknown> }).files) : [];
  } finally {
    db.close();
  }
}