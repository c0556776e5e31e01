import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { invokeChannel } from '../../../src/main/core/handler-map';
import { setBaseCurrency, type BaseCurrencyProgress } from '../../../src/main/currency/base-currency';
import { openWriterStore, type Store } from '../../../src/main/store/open-store';
import { BaseCurrencyChanged } from '../../../src/shared/contract/imports';
import { JobRef, type JobProgress } from '../../../src/shared/contract/jobs';
import type { WorkstationEvent } from '../../../src/shared/contract/events';
import { writeDistroKidBenchFile } from '../../bench/distrokid-bench-file';
import { tuneCoreStatement } from '../../e2e/tunecore-currencies';
import { coreWithChannelsEachTest } from '../../support/core-each-test';
import { jobFinished } from '../../support/job-finished';
import { wholeStore, withStore } from '../../support/whole-store';

const perTest = coreWithChannelsEachTest('tunemantra-base-currency-job-');

/** Enough lines that converting them takes two steps of 100,000, the second one shorter; with the TuneCore lines, 150,003. */
const DOLLAR_LINES = 150_000;
const ACCOUNT = { posted: '2025-05-15', artist: 'Lina Brume', label: 'Brume Records', songId: '4100001' };

/**
 * Two small TuneCore statements in euros and pounds, then a large DistroKid one in dollars, last,
 * so that summing the imports again spends most of its time on the third: three imports, and
 * dollar rates for the euros and pounds.
 */
async function labelStore(): Promise<{ lines: number }> {
  const paths = [
    perTest.folder.write('tunecore-march.csv', tuneCoreStatement([['2025-03-02', 'Spotify', 'FR', 'Marées', 'FRBRM2500001', '48.08875', 'EUR']], ACCOUNT)),
    perTest.folder.write('tunecore-april.csv', tuneCoreStatement([['2025-04-01', 'iTunes', 'GB', 'Écume', 'FRBRM2500002', '0.99', 'GBP'], ['2025-04-20', 'Deezer', 'DE', 'Écume', 'FRBRM2500002', '19.93826074', 'EUR']], { ...ACCOUNT, posted: '2025-06-15' })),
    join(perTest.folder.dir, 'distrokid.csv'),
  ];
  await writeDistroKidBenchFile(paths[2]!, DOLLAR_LINES, ['US', 'GB', 'DE', 'FR', 'JP']);
  for (const path of paths) expect((await perTest.core.importFiles([path], { mode: 'strict' }))[0]?.status).toBe('imported');
  await perTest.core.setFxRates([
    { month: '2025-03', currency: 'EUR', rate: '1.0816' },
    { month: '2025-04', currency: 'EUR', rate: '1.1214' },
    { month: '2025-04', currency: 'GBP', rate: '1.2921' },
  ]);
  return { lines: DOLLAR_LINES + 3 };
}

/** Starts a change of base currency through its channel, as the FX rates page does. */
async function startChange(currency: string): Promise<JobRef> {
  const answer = await invokeChannel(perTest.channels, 'fx:changeBaseCurrency', { currency });
  if (!answer.ok) throw new Error(answer.error.message);
  return JobRef.parse(answer.value);
}

/** The progress a job told, in the order it arrived. */
function progressOf(events: WorkstationEvent[], jobId: string): JobProgress[] {
  return events.flatMap((event) => (event.type === 'job:progress' && event.progress.jobId === jobId ? [event.progress] : []));
}

const phases = (told: JobProgress[]) => told.map((p) => p.phase).filter((phase, i, all) => phase !== all[i - 1]);
const ofPhase = (told: JobProgress[], phase: string) => told.filter((p) => p.phase === phase);
const neverBack = (told: JobProgress[]) => told.every((p, i) => i === 0 || p.done >= told[i - 1]!.done);

/** The store's file opened on a connection of the test's own, beside the core's idle writer, for `use`. */
async function onStore<T>(use: (db: Store) => Promise<T>): Promise<T> {
  const db = openWriterStore(perTest.folder.location.databaseFile);
  try {
    return await use(db);
  } finally {
    db.close();
  }
}

const EURO_CHANGE = { baseCurrency: 'EUR', ratesSetAside: 3, ratesBroughtBack: 0, linesWaiting: DOLLAR_LINES + 1 };

describe('the writer changing the base currency step by step', () => {
  it('tells every step in order: lines a 100,000 at a time, then each import by its passes over its lines, up to their totals', async () => {
    const { lines } = await labelStore();
    const told: BaseCurrencyProgress[] = [];
    const changed = await onStore((db) => setBaseCurrency(db, 'EUR', { isCancelled: () => false, progress: (p) => told.push(p) }));
    expect(changed).toEqual(EURO_CHANGE);
    expect(told.filter((p) => p.phase === 'converting lines')).toEqual([0, 100_000, lines].map((done) => ({ phase: 'converting lines', done, total: lines })));
    // Four passes over each import's lines: the one in hand counts by its share of them.
    const quarters = Array.from({ length: 13 }, (_, i) => i / 4);
    expect(told.filter((p) => p.phase === 'summing imports')).toEqual(quarters.map((done) => ({ phase: 'summing imports', done, total: 3 })));
    expect(told).toHaveLength(3 + 13);

    // Back to dollars: the dollar rates come back once the imports are summed.
    const back: BaseCurrencyProgress[] = [];
    await onStore((db) => setBaseCurrency(db, 'USD', { isCancelled: () => false, progress: (p) => back.push(p) }));
    expect(back.at(-1)).toEqual({ phase: 'bringing back rates', done: 0, total: null });
  });

  it.each([
    ['converting lines', 100_000],
    ['summing imports', 2.5],
  ])('stopped while %s, at %d, leaves every table as it was, and the change can be made afterwards', async (phase, at) => {
    await labelStore();
    await onStore(async (db) => {
      const before = wholeStore(db);
      let stopped = false;
      const told: BaseCurrencyProgress[] = [];
      const steps = {
        isCancelled: () => stopped,
        progress(progress: BaseCurrencyProgress) {
          told.push(progress);
          if (progress.phase === phase && progress.done === at) stopped = true;
        },
      };
      await expect(setBaseCurrency(db, 'EUR', steps)).rejects.toMatchObject({ code: 'cancelled', message: 'Changing the base currency was stopped; nothing was changed.' });
      // Heard at the next step: nothing more was done.
      expect(told.at(-1)).toMatchObject({ phase, done: at });
      expect(db.inTransaction).toBe(false);
      expect(wholeStore(db)).toEqual(before);
      expect(await setBaseCurrency(db, 'EUR', { isCancelled: () => false, progress: () => {} })).toEqual(EURO_CHANGE);
    });
  });
});

describe('changing the base currency as a job, through the channel the page calls', () => {
  it('tells its progress in order, ending at the lines and the imports, then its result', async () => {
    const { lines } = await labelStore();
    const events: WorkstationEvent[] = [];
    perTest.core.onEvent((event) => events.push(event));

    const started = await startChange('EUR');
    expect(started.kind).toBe('currency');
    const job = await jobFinished(perTest.core, started.jobId);
    expect(job.status).toBe('succeeded');
    expect(BaseCurrencyChanged.parse(job.result)).toEqual(EURO_CHANGE);
    const told = progressOf(events, started.jobId);
    expect(phases(told)).toEqual(['converting lines', 'summing imports']);
    const converting = ofPhase(told, 'converting lines');
    expect(converting.every((p) => p.total === lines) && neverBack(converting)).toBe(true);
    expect([converting[0]!.done, converting.at(-1)!.done]).toEqual([0, lines]);
    const summing = ofPhase(told, 'summing imports');
    expect(summing.every((p) => p.total === 3) && neverBack(summing)).toBe(true);
    expect([summing[0]!.done, summing.at(-1)!.done]).toEqual([0, 3]);
    expect(events.filter((e) => e.type === 'data:changed')).toHaveLength(1);
  });

  it.each(['converting lines', 'summing imports'])('stopped once %s, keeps nothing, says no figure changed, and can be asked again', async (phase) => {
    await labelStore();
    const databaseFile = perTest.folder.location.databaseFile;
    const before = withStore(databaseFile, wholeStore);
    const events: WorkstationEvent[] = [];
    let stopping = true;
    perTest.core.onEvent((event) => {
      events.push(event);
      if (stopping && event.type === 'job:progress' && event.progress.phase === phase) stopping = !perTest.core.jobs.cancel(event.progress.jobId);
    });

    const started = await startChange('EUR');
    const job = await jobFinished(perTest.core, started.jobId);
    expect(job.status).toBe('cancelled');
    expect(job.result).toBeUndefined();
    expect(phases(progressOf(events, started.jobId)).at(-1)).toBe(phase);
    expect(events.filter((e) => e.type === 'data:changed')).toHaveLength(0);
    expect(withStore(databaseFile, wholeStore)).toEqual(before);
    expect((await perTest.core.listFxRates()).baseCurrency).toBe('USD');

    const again = await jobFinished(perTest.core, (await startChange('EUR')).jobId);
    expect(again.status).toBe('succeeded');
    expect(BaseCurrencyChanged.parse(again.result)).toEqual(EURO_CHANGE);
  });

  it('refuses a currency that is not three capital letters', async () => {
    const answer = await invokeChannel(perTest.channels, 'fx:changeBaseCurrency', { currency: 'euro' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
