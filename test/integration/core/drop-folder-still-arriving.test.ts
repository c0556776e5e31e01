import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WorkstationEvent } from '../../../src/shared/contract/events';
import { QuerySpec } from '../../../src/shared/query/query-spec';
import { zipBytes } from '../../fixtures/make-containers';
import { coreEachTest } from '../../support/core-each-test';
import { DISTROKID_13_HEADER } from '../../support/temp-store';
import { until } from '../../support/until';

// A file is taken 300 ms after it stops changing, or 4 s when its end looks cut short; the copy
// pauses for 1.2 s, far past the one and well short of the other.
const SETTLE_MS = 300;
const STILL_ARRIVING_MS = 4_000;
const STALL_MS = 1_200;
const perTest = coreEachTest('tunemantra-arriving-', { dropFolderSettleMs: SETTLE_MS, dropFolderStillArrivingMs: STILL_ARRIVING_MS });

/** A DistroKid statement of April, its lines ending in line breaks, the last one included. */
const APRIL = [
  DISTROKID_13_HEADER,
  ...[['Luz', 'ESA012400001', '2.50'], ['Mar', 'ESA012400002', '0.75'], ['Sol', 'ESA012400003', '1.25']].map(([title, isrc, earned]) =>
    ['2024-05-05', '2024-04', 'Spotify', 'Ana Sol', title, isrc, '', '10', '100', 'Song', 'US', '0', earned].join('\t'),
  ),
].map((line) => `${line}\n`).join('');

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A watched folder, and every job the core has told of since (a file taken is imported as a job). */
async function watchedFolder() {
  const drop = join(perTest.folder.dir, 'drop');
  mkdirSync(drop);
  await perTest.core.setDropFolder(drop);
  const jobEvents: WorkstationEvent[] = [];
  perTest.core.onEvent((event) => {
    if (event.type === 'job:progress' || event.type === 'job:finished') jobEvents.push(event);
  });
  return { drop, jobEvents };
}

/** The files the folder says are pending, as each `dropFolder:changed` found them: name and why they wait. */
function pendingAtEachChange(): string[][][] {
  const changes: string[][][] = [];
  perTest.core.onEvent((event) => {
    if (event.type === 'dropFolder:changed') changes.push(perTest.core.dropFolder().pending.map((file) => [file.fileName, file.reason]));
  });
  return changes;
}

/** Nothing taken: no import job ran, nothing was listed, and no import is in the history. */
async function expectNothingTaken(jobEvents: WorkstationEvent[]): Promise<void> {
  expect(jobEvents).toEqual([]);
  expect(perTest.core.dropFolder().recent).toEqual([]);
  expect(await perTest.core.importHistory()).toEqual([]);
}

/** The one take of the folder, once listed: the whole statement imported at once, replacing nothing. */
async function expectWholeStatementTaken(fileName: string, statementFile: string): Promise<void> {
  const recent = await until(async () => (perTest.core.dropFolder().recent.length ? perTest.core.dropFolder().recent : undefined));
  // A half taken first would be listed below, and the whole one would have replaced its import.
  await pause(SETTLE_MS * 2);
  expect(perTest.core.dropFolder().recent).toEqual(recent);
  expect(recent).toMatchObject([
    { fileName, problem: null, statements: [{ outcome: 'imported', file: statementFile, lines: 3, quarantined: 0, amounts: { USD: '4.50000000' }, replaced: [] }] },
  ]);
  expect((await perTest.core.importHistory()).map((i) => [i.fileName, i.lines, i.replaced])).toEqual([[statementFile, 3, []]]);
  expect((await perTest.core.runQuery(QuerySpec.parse({ metrics: ['revenue', 'lines'] }))).rows[0]).toEqual(['4.50000000', 3]);
}

describe('drop folder: a statement still being copied', () => {
  it('takes nothing of a CSV whose copy stalls mid-line, and the whole statement once the rest arrives', async () => {
    const { drop, jobEvents } = await watchedFolder();
    const cut = APRIL.indexOf('Mar') + 2;
    writeFileSync(join(drop, 'april.tsv'), APRIL.slice(0, cut));
    await pause(STALL_MS);
    await expectNothingTaken(jobEvents);

    appendFileSync(join(drop, 'april.tsv'), APRIL.slice(cut));
    await expectWholeStatementTaken('april.tsv', 'april.tsv');
  });

  it('takes nothing of a zip cut before its end record, and its statement once the record arrives', async () => {
    const { drop, jobEvents } = await watchedFolder();
    const zip = zipBytes([{ name: 'april.tsv', data: APRIL }]);
    // The end record is the last 22 bytes (no comment): the members and the directory are there.
    const cut = zip.length - 22;
    writeFileSync(join(drop, 'statements.zip'), zip.subarray(0, cut));
    await pause(STALL_MS);
    await expectNothingTaken(jobEvents);

    appendFileSync(join(drop, 'statements.zip'), zip.subarray(cut));
    await expectWholeStatementTaken('statements.zip', 'statements.zip › april.tsv');
  });

  it('still takes a complete statement that ends without a line break, once it has held still for the longer wait', async () => {
    const { drop, jobEvents } = await watchedFolder();
    writeFileSync(join(drop, 'april.tsv'), APRIL.trimEnd());
    await pause(STALL_MS);
    await expectNothingTaken(jobEvents);

    await expectWholeStatementTaken('april.tsv', 'april.tsv');
  });
});

describe('drop folder: the files it has noticed and not taken yet', () => {
  it('lists a CSV whose copy stalls as still arriving, telling each change of reason once, and drops it once it is listed as taken', async () => {
    const { drop } = await watchedFolder();
    const changes = pendingAtEachChange();
    const cut = APRIL.indexOf('Mar') + 2;
    const written = Date.now();
    writeFileSync(join(drop, 'april.tsv'), APRIL.slice(0, cut));

    const [arriving] = await until(async () => {
      const pending = perTest.core.dropFolder().pending;
      return pending[0]?.reason === 'cutShort' ? pending : undefined;
    });
    expect(arriving).toEqual({ fileName: 'april.tsv', since: expect.any(String), reason: 'cutShort', why: 'it does not end with a line break yet', asItStandsAfterMs: STILL_ARRIVING_MS });
    // Noticed once written, before it was found cut short.
    expect(Date.parse(arriving!.since)).toBeGreaterThanOrEqual(written);
    expect(Date.parse(arriving!.since)).toBeLessThanOrEqual(Date.now());
    expect(perTest.core.dropFolder()).toMatchObject({ recent: [], pendingUnlisted: 0 });

    // The copy moves on and stalls again, still mid-line: the same file, noticed at the same time, waiting for the same reason.
    const more = APRIL.indexOf('\tSol\t') + 3;
    appendFileSync(join(drop, 'april.tsv'), APRIL.slice(cut, more));
    await pause(STALL_MS);
    expect(perTest.core.dropFolder().pending).toEqual([arriving]);

    appendFileSync(join(drop, 'april.tsv'), APRIL.slice(more));
    await expectWholeStatementTaken('april.tsv', 'april.tsv');
    expect(perTest.core.dropFolder().pending).toEqual([]);
    // Told as it was noticed, found cut short, handed to the importer and taken; not as it grew.
    expect(changes).toEqual([[['april.tsv', 'settling']], [['april.tsv', 'cutShort']], [['april.tsv', 'importing']], []]);
  });

  it('lists statements handed to the importer together in line, in name order with numbers by value, each until it is listed as taken', async () => {
    const drop = join(perTest.folder.dir, 'drop');
    mkdirSync(drop);
    // Written out of order, and named so that a character-by-character sort would put 10 before 9.
    writeFileSync(join(drop, 'statement-10.tsv'), APRIL.replaceAll('\t2024-04\t', '\t2024-05\t'));
    writeFileSync(join(drop, 'statement-9.tsv'), APRIL);
    const changes = pendingAtEachChange();
    expect((await perTest.core.setDropFolder(drop)).pending).toEqual(
      expect.arrayContaining([
        { fileName: 'statement-9.tsv', since: expect.any(String), reason: 'settling' },
        { fileName: 'statement-10.tsv', since: expect.any(String), reason: 'settling' },
      ]),
    );

    await until(async () => (perTest.core.dropFolder().recent.length === 2 ? true : undefined));
    expect(perTest.core.dropFolder().pending).toEqual([]);
    expect(changes.slice(1)).toEqual([
      [['statement-9.tsv', 'importing'], ['statement-10.tsv', 'queued']],
      [['statement-10.tsv', 'importing']],
      [],
    ]);
    expect(perTest.core.dropFolder().recent.map((take) => take.fileName)).toEqual(['statement-10.tsv', 'statement-9.tsv']);
  });

  it('stops watching as soon as the core begins to close: a file settling then starts no import on a closing store', async () => {
    const { drop } = await watchedFolder();
    writeFileSync(join(drop, 'april.tsv'), APRIL);
    const closed = perTest.core.close();
    expect(perTest.core.dropFolder()).toMatchObject({ watching: false, pending: [] });
    await closed;
  });
});
