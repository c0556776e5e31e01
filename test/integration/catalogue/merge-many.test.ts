import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listMerges } from '../../../src/main/catalogue/merge-undo/merge-history';
import { mergeRecordings, undoMerges, type ManySteps } from '../../../src/main/catalogue/merge-many';
import { keepRecording, listRecordingsUnderReview, type RecordingUnderReview } from '../../../src/main/catalogue/recording-review';
import { invokeChannel } from '../../../src/main/core/handler-map';
import { CHANNELS } from '../../../src/shared/contract/channels';
import { JobRef } from '../../../src/shared/contract/jobs';
import type { WorkstationEvent } from '../../../src/shared/contract/events';
import { ManyMergesUndone, RecordingsMerged, type RecordingPairing } from '../../../src/shared/contract/catalogue-review';
import { rebuildRollups } from '../../../src/main/query/rollups/rollup-maintenance';
import { openWriterStore, type Store } from '../../../src/main/store/open-store';
import { coreWithChannelsEachTest } from '../../support/core-each-test';
import { jobFinished } from '../../support/job-finished';
import { reviewQueueStatements } from '../../support/review-queue-statements';
import { tempDataFolder } from '../../support/temp-store';
import { importFile } from '../import/temp-store';

const SHAPE = { released: 120, nearDuplicates: 60, demos: 10, artists: 6, months: 4 };

/** The entries with one match at 100 % by the same artist that does not wait itself: what the page offers to merge at once. */
function exactMatches(queue: RecordingUnderReview[]): RecordingPairing[] {
  const waiting = new Set(queue.map((entry) => entry.recordingId));
  return queue.flatMap((entry) => {
    const exact = [...(entry.candidate ? [entry.candidate] : []), ...entry.suggestions].filter((m) => m.scorePercent === 100 && !waiting.has(m.recordingId));
    return exact.length === 1 && exact[0]!.artistId === entry.artistId ? [{ recordingId: entry.recordingId, intoRecordingId: exact[0]!.recordingId }] : [];
  });
}

/** Every table but the merge history, each row in a fixed order. */
function wholeStore(db: Store): Record<string, unknown[]> {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'catalogue_merge%' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(tables.map((table) => {
    const columns = (db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[]).map((c) => `"${c}"`);
    return [table, db.prepare(`SELECT * FROM "${table}" ORDER BY ${columns.join(', ')}`).raw().all()];
  }));
}

/** Whether the rollups the merges left are what rebuilding every import's rollups from the lines makes, tried and rolled back. */
function expectRollupsAsRebuilt(db: Store): void {
  const now = wholeStore(db);
  db.exec('SAVEPOINT rebuilt');
  rebuildRollups(db, db.prepare('SELECT id FROM import_batch').pluck().all() as number[]);
  const rebuilt = wholeStore(db);
  db.exec('ROLLBACK TO rebuilt; RELEASE rebuilt');
  expect(now).toEqual(rebuilt);
}

const quietly: ManySteps = { isCancelled: () => false, progress: () => {} };

describe('merging many recordings at once, on the core', () => {
  let folder: ReturnType<typeof tempDataFolder>;
  let db: Store;

  beforeEach(async () => {
    folder = tempDataFolder('tunemantra-merge-many-');
    db = openWriterStore(folder.location.databaseFile);
    for (const [name, text] of reviewQueueStatements(SHAPE)) expect(await importFile(db, folder.write(name, text))).toMatchObject({ status: 'imported' });
  });
  afterEach(() => {
    db.close();
    folder.remove();
  });

  it('merges each exact match as a merge of its own, then undoes them all, leaving the store as it was', async () => {
    const before = wholeStore(db);
    const queue = listRecordingsUnderReview(db);
    const pairs = exactMatches(queue);
    expect(pairs.length).toBeGreaterThanOrEqual(5);
    const told: [number, number][] = [];

    const result = await mergeRecordings(db, pairs, { isCancelled: () => false, progress: (done, total) => told.push([done, total]) });

    expect(result.skipped).toEqual([]);
    expect(result.merged.map(({ recordingId, intoRecordingId }) => ({ recordingId, intoRecordingId }))).toEqual(pairs);
    expect(told.at(-1)).toEqual([pairs.length, pairs.length]);
    const merged = new Set(pairs.map((p) => p.recordingId));
    const after = listRecordingsUnderReview(db);
    expect(after.filter((entry) => merged.has(entry.recordingId))).toEqual([]);
    expect(after).toHaveLength(queue.length - pairs.length);
    // Every merge stands alone in the history, newest first, each of them undoable now only after those made after it.
    const history = listMerges(db, ['recording'], 50).merges;
    expect(history.map((m) => m.mergeId)).toEqual(result.merged.map((m) => m.mergeId).reverse());
    expect(history[0]!.cannotUndo).toBeNull();
    // Moved once for all the merges, the rollups are what rebuilding them from the lines gives.
    expectRollupsAsRebuilt(db);

    const undone = await undoMerges(db, result.merged.map((m) => m.mergeId), quietly);

    expect(undone).toEqual({ undone: pairs.length, movedLines: result.merged.reduce((sum, m) => sum + m.movedLines, 0), alreadyUndone: 0 });
    expect(wholeStore(db)).toEqual(before);
    expect(listMerges(db, ['recording'], 50).merges.every((m) => m.undoneAt !== null)).toBe(true);
  });

  it('leaves out a merge that would build on another of the list, either way round', async () => {
    const [first, second, third, fourth] = exactMatches(listRecordingsUnderReview(db));
    // The first entry goes into the second, which then no longer waits: it is the recording the first really is.
    const into = await mergeRecordings(db, [{ recordingId: first!.recordingId, intoRecordingId: second!.recordingId }, second!], quietly);
    expect(into.merged.map((m) => m.recordingId)).toEqual([first!.recordingId]);
    expect(into.skipped).toEqual([{ recordingId: second!.recordingId, reason: expect.stringMatching(/no longer waits for review$/) }]);
    // The third goes into its match first, and is gone when another would join it.
    const onto = await mergeRecordings(db, [third!, { recordingId: fourth!.recordingId, intoRecordingId: third!.recordingId }], quietly);
    expect(onto.merged.map((m) => m.recordingId)).toEqual([third!.recordingId]);
    expect(onto.skipped).toEqual([{ recordingId: fourth!.recordingId, reason: expect.stringMatching(/^the recording “.+” was to join was merged or removed since the list was made$/) }]);
    expectRollupsAsRebuilt(db);
  });

  it('leaves out an entry decided since the list was made, and one undone already when undoing', async () => {
    const pairs = exactMatches(listRecordingsUnderReview(db));
    keepRecording(db, pairs[1]!.recordingId);

    const result = await mergeRecordings(db, pairs, quietly);

    expect(result.merged).toHaveLength(pairs.length - 1);
    expect(result.skipped).toEqual([{ recordingId: pairs[1]!.recordingId, reason: expect.stringMatching(/^“.+” no longer waits for review$/) }]);
    await undoMerges(db, [result.merged[0]!.mergeId], quietly);
    const undone = await undoMerges(db, result.merged.map((m) => m.mergeId), quietly);
    expect(undone).toMatchObject({ undone: pairs.length - 2, alreadyUndone: 1 });
  });

  it('keeps none of the merges when stopped half-way, and undoes none when one of them cannot be', async () => {
    const before = wholeStore(db);
    const pairs = exactMatches(listRecordingsUnderReview(db));
    let asked = 0;
    await expect(mergeRecordings(db, pairs, { isCancelled: () => ++asked > 2, progress: () => {} })).rejects.toMatchObject({ code: 'cancelled' });
    expect(wholeStore(db)).toEqual(before);
    expect(listMerges(db, ['recording'], 50).merges).toEqual([]);

    const result = await mergeRecordings(db, pairs, quietly);
    // A statement imported since names a recording the first merge joined into: that merge cannot be undone before the import is.
    const target = db.prepare('SELECT r.title, a.name AS artist, r.isrc FROM recording r JOIN artist a ON a.id = r.artist_id WHERE r.id = ?')
      .get(pairs[0]!.intoRecordingId) as { title: string; artist: string; isrc: string };
    const later = ['Reporting Date\tSale Month\tStore\tArtist\tTitle\tISRC\tUPC\tQuantity\tTeam Percentage\tSong/Album\tCountry of Sale\tSongwriter Royalties Withheld\tEarnings (USD)',
      ['2024-09-28', '2024-09', 'Spotify', target.artist, target.title, target.isrc, '', '3', '100', 'Song', 'US', '0', '0.75'].join('\t')].join('\n');
    expect(await importFile(db, folder.write('september.tsv', `${later}\n`))).toMatchObject({ status: 'imported' });
    const merged = wholeStore(db);

    await expect(undoMerges(db, result.merged.map((m) => m.mergeId), quietly)).rejects.toMatchObject({
      code: 'rejected_input',
      message: expect.stringMatching(new RegExp(`^None of the ${pairs.length} merges was undone\\. The merge of .+ cannot be undone: “september\\.tsv” was imported`)),
    });
    expect(wholeStore(db)).toEqual(merged);
  });
});

describe('merging many recordings at once, through the channels', () => {
  const perTest = coreWithChannelsEachTest('tunemantra-merge-many-channel-');

  it('runs as a job telling its progress, says the figures changed, and is undone by another', async () => {
    for (const [name, text] of reviewQueueStatements(SHAPE)) {
      const [outcome] = await perTest.core.importFiles([perTest.folder.write(name, text)], { mode: 'strict' });
      expect(outcome).toMatchObject({ status: 'imported' });
    }
    const events: WorkstationEvent[] = [];
    perTest.core.onEvent((event) => events.push(event));
    const review = async () => {
      const answer = await invokeChannel(perTest.channels, 'catalogue:review', {});
      if (!answer.ok) throw new Error(answer.error.message);
      return CHANNELS['catalogue:review'].output.parse(answer.value).recordings;
    };
    const startJob = async (channel: 'catalogue:mergeMany' | 'catalogue:undoMerges', input: unknown) => {
      const answer = await invokeChannel(perTest.channels, channel, input);
      if (!answer.ok) throw new Error(answer.error.message);
      return JobRef.parse(answer.value);
    };
    const queue = await review();
    const pairs = exactMatches(queue);

    const started = await startJob('catalogue:mergeMany', { merges: pairs });
    expect(started.kind).toBe('merge');
    const job = await jobFinished(perTest.core, started.jobId);
    expect(job.status).toBe('succeeded');
    const merged = RecordingsMerged.parse(job.result);
    expect(merged.merged).toHaveLength(pairs.length);
    expect(events.filter((e) => e.type === 'job:progress').at(-1)).toMatchObject({ progress: { phase: 'merging recordings', done: pairs.length, total: pairs.length } });
    expect(events.some((e) => e.type === 'data:changed')).toBe(true);

    const undoing = await startJob('catalogue:undoMerges', { mergeIds: merged.merged.map((m) => m.mergeId) });
    const undoJob = await jobFinished(perTest.core, undoing.jobId);
    expect(ManyMergesUndone.parse(undoJob.result)).toMatchObject({ undone: pairs.length, alreadyUndone: 0 });
    expect(await review()).toEqual(queue);
  });

  it('refuses an empty list of merges', async () => {
    const answer = await invokeChannel(perTest.channels, 'catalogue:mergeMany', { merges: [] });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
