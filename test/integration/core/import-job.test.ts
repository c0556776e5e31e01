import { beforeEach, describe, expect, it } from 'vitest';
import type { WorkstationEvent } from '../../../src/shared/contract/events';
import { DISTROKID_13_HEADER, distroKidLine } from '../../support/temp-store';
import { jobFinished } from '../../support/job-finished';
import { coreEachTest } from '../../support/core-each-test';

const perTest = coreEachTest('tunemantra-jobs-');
const events: WorkstationEvent[] = [];

function bigStatement(lines: number): string {
  const rows = [DISTROKID_13_HEADER];
  for (let i = 0; i < lines; i++) {
    rows.push(distroKidLine({ saleMonth: '2024-01', store: 'Spotify', title: `Song ${i % 500}`, isrc: `USAAA24${String(i % 500).padStart(5, '0')}`, qty: 1, earnings: '0.003' }));
  }
  return rows.join('\n') + '\n';
}

const finished = (jobId: string) => jobFinished(perTest.core, jobId);

beforeEach(() => {
  events.length = 0;
  perTest.core.onEvent((e) => events.push(e));
});

const lineCount = async () => (await perTest.core.runQuery({ metrics: ['lines'], dimensions: [], filters: [], timeRange: { kind: 'preset', preset: 'all' }, dateBasis: 'sale', offset: 0 })).rows[0]![0];

describe('import jobs', () => {
  it('report progress with done/total and finish with each file’s outcome', async () => {
    const small = perTest.folder.write('small.tsv', bigStatement(10));
    const large = perTest.folder.write('large.tsv', bigStatement(60_000));
    const job = perTest.core.startImport([small, large], { mode: 'strict' });
    const done = await finished(job.jobId);
    expect(done.status).toBe('succeeded');
    expect((done.result as { outcomes: { status: string; imported: number }[] }).outcomes.map((o) => [o.status, o.imported])).toEqual([
      ['imported', 10],
      ['imported', 60_000],
    ]);
    const progress = events.filter((e) => e.type === 'job:progress');
    expect(progress.length).toBeGreaterThan(0);
    for (const e of progress) if (e.type === 'job:progress') expect(e.progress.total).toBe(e.progress.phase === 'finishing' ? null : 2);
    expect(await lineCount()).toBe(60_010);
  });

  it('say for each file in turn that they read it, then that they finish it, with no share or time left while finishing', async () => {
    const march = perTest.folder.write('march.tsv', bigStatement(10));
    const april = perTest.folder.write('april.tsv', bigStatement(60_000));
    const done = await finished(perTest.core.startImport([march, april], { mode: 'strict' }).jobId);
    expect(done.status).toBe('succeeded');
    const progress = events.flatMap((e) => (e.type === 'job:progress' ? [e.progress] : []));
    const steps = progress
      .filter((p) => p.phase === 'reading' || p.phase === 'finishing')
      .map((p) => `${p.phase} ${p.file}`)
      .filter((step, i, all) => step !== all[i - 1]);
    expect(steps).toEqual(['reading march.tsv', 'finishing march.tsv', 'reading april.tsv', 'finishing april.tsv']);
    const finishing = progress.filter((p) => p.phase === 'finishing');
    for (const p of finishing) expect(p).toMatchObject({ total: null, etaMs: null });
    expect(finishing.map((p) => p.message)).toEqual(['march.tsv: 10 lines', 'april.tsv: 60,000 lines']);
  });

  it('name a staged file in their progress as the user picked it, not as its staged copy is named', async () => {
    const name = 'royalties [Q1] · Lena Vos.tsv';
    const { stagedId } = perTest.core.stageUpload(name, Buffer.from(bigStatement(2_000), 'utf8'));
    await perTest.core.previewImport(stagedId);
    const done = await finished(perTest.core.startStagedImport({ files: [{ stagedId, onOverlap: 'skip' }], mode: 'strict' }).jobId);
    expect(done.status).toBe('succeeded');
    const messages = events.flatMap((e) => (e.type === 'job:progress' && e.progress.message ? [e.progress.message] : []));
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message).toMatch(/^royalties \[Q1\] · Lena Vos\.tsv: [\d,]+ lines$/);
  });

  it('cancelled mid-file rolls that file back entirely', async () => {
    const large = perTest.folder.write('large.tsv', bigStatement(300_000));
    const job = perTest.core.startImport([large], { mode: 'strict' });
    while (!events.some((e) => e.type === 'job:progress' && e.progress.done > 0.05)) await new Promise((r) => setTimeout(r, 5));
    expect(perTest.core.jobs.cancel(job.jobId)).toBe(true);
    const done = await finished(job.jobId);
    expect(done.status).toBe('cancelled');
    expect(await lineCount()).toBe(0);
    expect((await perTest.core.info()).isEmpty).toBe(true);
  });

  it('a refused file is reported in the job’s outcomes with a readable reason', async () => {
    const bad = perTest.folder.write('notes.csv', 'just,some\nnotes,here\n');
    const done = await finished(perTest.core.startImport([bad], { mode: 'strict' }).jobId);
    expect(done.status).toBe('succeeded');
    const [outcome] = (done.result as { outcomes: { status: string; message: string }[] }).outcomes;
    expect(outcome).toMatchObject({
      status: 'rejected',
      message: 'notes.csv line 1: not a statement layout this app recognises (it begins "just,some"); nothing was imported.',
    });
  });
});
