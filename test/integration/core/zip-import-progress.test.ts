import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import { importJobProgress } from '../../../src/main/core/import-job-progress';
import type { JobProgressUpdate } from '../../../src/main/jobs/job-registry';
import type { JobProgress } from '../../../src/shared/contract/jobs';
import type { WorkstationEvent } from '../../../src/shared/contract/events';
import { writeWorkbook, zipBytes } from '../../fixtures/make-containers';
import { coreEachTest } from '../../support/core-each-test';
import { jobFinished } from '../../support/job-finished';
import { DISTROKID_13_HEADER, distroKidLine } from '../../support/temp-store';

const perTest = coreEachTest('tunemantra-zip-progress-');
const events: WorkstationEvent[] = [];

beforeEach(() => {
  events.length = 0;
  perTest.core.onEvent((e) => events.push(e));
});

/**
 * A month's DistroKid statement. Past 1 MB a member is unpacked, hashed and read in more than one
 * chunk each, so a share that sweeps the member once per pass shows it stepping back.
 */
function monthStatement(saleMonth: string, lines: number): string {
  const rows = [DISTROKID_13_HEADER];
  for (let i = 0; i < lines; i++) {
    const title = `Night Drive Through the Harbour Lights (Extended Mix) ${i % 400}`;
    rows.push(distroKidLine({ saleMonth, store: 'Spotify', artist: 'The Lena Vos Quartet feat. Marlon Ekwueme', title, isrc: `USAAA26${String(i % 400).padStart(5, '0')}`, qty: 1, earnings: '0.0031' }));
  }
  return rows.join('\n') + '\n';
}

const MONTHS = ['2026-01', '2026-02', '2026-03'];
const LARGE = 8_000;

const progressEvents = (): JobProgress[] => events.flatMap((e) => (e.type === 'job:progress' ? [e.progress] : []));
const statementOf = (p: { message?: string }) => p.message?.replace(/: [\d,]+ lines$/, '');

/** Each step of the run once, as `reading|finishing <statement in hand>`: what the run panel names. */
function steps(progress: (JobProgress | JobProgressUpdate)[]): string[] {
  return progress
    .filter((p) => p.phase === 'reading' || p.phase === 'finishing')
    .map((p) => `${p.phase} ${statementOf(p)}`)
    .filter((step, i, all) => step !== all[i - 1]);
}

function expectNeverBack(progress: { done: number }[]): void {
  const backs = progress.flatMap((p, i) => (i > 0 && p.done < progress[i - 1]!.done ? [`${progress[i - 1]!.done} → ${p.done} at update ${i}`] : []));
  expect(backs).toEqual([]);
}

describe('an import of a zip of several statements', () => {
  it('never steps its share back, update by update, while it unpacks, checks and reads each member in turn', async () => {
    const zip = perTest.folder.write('cargo-2026-q1.zip', zipBytes(MONTHS.map((m) => ({ name: `${m}-spotify.csv`, data: monthStatement(m, LARGE) }))));
    const told: JobProgressUpdate[] = [];
    const outcomes = await perTest.core.importFiles([zip], { mode: 'strict' }, (_file, p) => told.push(importJobProgress(p, { at: 0, files: 1, name: 'cargo-2026-q1.zip' })));
    expect(outcomes.map((o) => [o.status, o.imported])).toEqual(MONTHS.map(() => ['imported', LARGE]));
    expect(told.length).toBeGreaterThan(20);
    expectNeverBack(told);
    expect(told.at(-1)!.done).toBe(1);
    expect(steps(told)).toEqual(MONTHS.flatMap((m, i) => [
      `reading ${m}-spotify.csv (${i + 1} of 3) in cargo-2026-q1.zip`,
      `finishing ${m}-spotify.csv (${i + 1} of 3) in cargo-2026-q1.zip`,
    ]));
  });

  it('names in the job’s progress the member read and finished, with its place in the zip', async () => {
    const zip = perTest.folder.write('cargo-2026-q1.zip', zipBytes(MONTHS.map((m) => ({ name: `${m}-spotify.csv`, data: monthStatement(m, 20) }))));
    const done = await jobFinished(perTest.core, perTest.core.startImport([zip], { mode: 'strict' }).jobId);
    expect(done.status).toBe('succeeded');
    const progress = progressEvents();
    expectNeverBack(progress);
    expect(steps(progress)).toEqual(MONTHS.flatMap((m, i) => [
      `reading ${m}-spotify.csv (${i + 1} of 3) in cargo-2026-q1.zip`,
      `finishing ${m}-spotify.csv (${i + 1} of 3) in cargo-2026-q1.zip`,
    ]));
    const finishing = progress.filter((p) => p.phase === 'finishing');
    expect(finishing.map((p) => [p.file, p.member])).toEqual(MONTHS.map((m, i) => ['cargo-2026-q1.zip', { name: `${m}-spotify.csv`, at: i + 1, of: 3 }]));
  });

  it('names a statement of a zip inside a zip by its path inside the file the user picked, placed in its own zip', async () => {
    const inner = zipBytes(MONTHS.slice(0, 2).map((m) => ({ name: `${m}.csv`, data: monthStatement(m, 20) })));
    const zip = perTest.folder.write('distrokid-export.zip', zipBytes([{ name: 'inner.zip', data: inner }, { name: '2026-03.csv', data: monthStatement('2026-03', 20) }]));
    const done = await jobFinished(perTest.core, perTest.core.startImport([zip], { mode: 'strict' }).jobId);
    expect(done.status).toBe('succeeded');
    const progress = progressEvents();
    expectNeverBack(progress);
    expect(steps(progress).filter((s) => s.startsWith('finishing'))).toEqual([
      'finishing inner.zip › 2026-01.csv (1 of 2) in distrokid-export.zip',
      'finishing inner.zip › 2026-02.csv (2 of 2) in distrokid-export.zip',
      'finishing 2026-03.csv (2 of 2) in distrokid-export.zip',
    ]);
  });

  it('never steps back from one sheet of a workbook in the zip to the next, each named as the workbook member', async () => {
    const sheet = (month: string) => monthStatement(month, 200).trimEnd().split('\n').map((line) => line.split('\t'));
    const workbook = await writeWorkbook(join(perTest.folder.dir, 'q1.xlsx'), MONTHS.slice(0, 2).map((m) => ({ name: m, rows: sheet(m) })));
    const zip = perTest.folder.write('believe-2026-q1.zip', zipBytes([{ name: 'q1.xlsx', data: readFileSync(workbook) }, { name: '2026-03.csv', data: monthStatement('2026-03', 20) }]));
    const told: JobProgressUpdate[] = [];
    const outcomes = await perTest.core.importFiles([zip], { mode: 'strict' }, (_file, p) => told.push(importJobProgress(p, { at: 0, files: 1, name: 'believe-2026-q1.zip' })));
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'imported', 'imported']);
    expectNeverBack(told);
    expect(steps(told).filter((s) => s.startsWith('finishing'))).toEqual([
      'finishing q1.xlsx (1 of 2) in believe-2026-q1.zip',
      'finishing q1.xlsx (1 of 2) in believe-2026-q1.zip',
      'finishing 2026-03.csv (2 of 2) in believe-2026-q1.zip',
    ]);
    // A sheet has no text of its own: the two count the workbook's bytes between them, none twice.
    const ofWorkbook = told.filter((p) => p.member?.at === 1).map((p) => p.statementBytes!);
    expect(Math.max(...ofWorkbook)).toBeGreaterThan(0);
    expect(Math.max(...ofWorkbook)).toBeLessThanOrEqual(readFileSync(workbook).length);
  });
});

describe('the statement bytes an import job tells', () => {
  /** Every update's statementBytes, which each must tell, never going back. */
  function statementBytesOf(progress: JobProgress[]): number[] {
    const read = progress.map((p) => p.statementBytes);
    expect(read.every((bytes) => bytes !== undefined)).toBe(true);
    const backs = read.flatMap((bytes, i) => (i > 0 && bytes! < read[i - 1]! ? [`${read[i - 1]} → ${bytes} at update ${i}`] : []));
    expect(backs).toEqual([]);
    return read as number[];
  }

  it('count a zip’s two statements unpacked, member after member, to their whole uncompressed size', async () => {
    // Past 1 MB the first is read on a thread of its own, the second on the writer's.
    const members = [{ name: '2026-01-spotify.csv', data: monthStatement('2026-01', LARGE) }, { name: '2026-02-spotify.csv', data: monthStatement('2026-02', 200) }];
    const sizes = members.map((m) => Buffer.byteLength(m.data));
    const zip = perTest.folder.write('cargo-2026-q1.zip', zipBytes(members));
    const done = await jobFinished(perTest.core, perTest.core.startImport([zip], { mode: 'strict' }).jobId);
    expect(done.status).toBe('succeeded');
    const progress = progressEvents();
    const read = statementBytesOf(progress);
    // The zip compresses its repetitive lines many times over: the bytes told are the statements'.
    expect(sizes[0]).toBeGreaterThan(1 << 20);
    expect(readFileSync(zip).length * 5).toBeLessThan(sizes[0]! + sizes[1]!);
    const ofMember = (at: number) => read.filter((_, i) => progress[i]!.member?.at === at);
    expect(Math.max(...ofMember(1))).toBe(sizes[0]);
    expect(Math.min(...ofMember(2))).toBe(sizes[0]);
    // The last update is the second statement finishing, the whole of both read; the job keeps it.
    expect(progress.at(-1)).toMatchObject({ phase: 'finishing', member: { at: 2, of: 2 }, statementBytes: sizes[0]! + sizes[1]! });
    expect(done.progress?.statementBytes).toBe(sizes[0]! + sizes[1]!);
  });

  it('count on from file to file of a run, a gzip’s statement unpacked too', async () => {
    const months = MONTHS.map((m) => monthStatement(m, 200));
    const zip = perTest.folder.write('q1.zip', zipBytes(months.slice(0, 2).map((data, i) => ({ name: `${MONTHS[i]}.csv`, data }))));
    const gzip = perTest.folder.write('2026-03.csv.gz', gzipSync(months[2]!));
    const done = await jobFinished(perTest.core, perTest.core.startImport([zip, gzip], { mode: 'strict' }).jobId);
    expect(done.status).toBe('succeeded');
    const progress = progressEvents();
    const read = statementBytesOf(progress);
    const [first, second, third] = months.map((m) => Buffer.byteLength(m));
    expect(Math.max(...read.filter((_, i) => progress[i]!.file === 'q1.zip'))).toBe(first! + second!);
    expect(Math.min(...read.filter((_, i) => progress[i]!.file === '2026-03.csv.gz'))).toBe(first! + second!);
    expect(progress.at(-1)).toMatchObject({ phase: 'finishing', file: '2026-03.csv.gz', statementBytes: first! + second! + third! });
  });
});
