import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkstationCore } from '../../../src/main/core/open-workstation-core';
import type { WorkstationCore } from '../../../src/main/core/workstation-core';
import { WorkstationError } from '../../../src/shared/contract/envelope';
import { ReaderPool } from '../../../src/main/workers/reader-pool';
import { QuerySpec, type QuerySpecInput } from '../../../src/shared/query/query-spec';
import { StatementLinesRequest } from '../../../src/shared/query/statement-lines-contract';
import { tempDataFolder } from '../../support/temp-store';
import { generateBigStore } from './generated-store';

const STARTUP_MS = 180_000;

/** Every line's own day and recording, over days no rollup covers whole: seconds of grouping. */
const SLOW = QuerySpec.parse({
  metrics: ['revenue', 'quantity', 'lines'],
  dimensions: ['day', 'recording'],
  timeRange: { kind: 'absolute', from: '2016-01-02', to: '2025-12-30' },
});
/** Two years of months, from the rollups and the lines of the edge days: milliseconds. */
const quick = (limit: number) =>
  QuerySpec.parse({
    metrics: ['lines'], dimensions: ['month'], limit, timeRange: { kind: 'absolute', from: '2020-01-02', to: '2021-12-30' },
  } satisfies QuerySpecInput);

let folder: ReturnType<typeof tempDataFolder>;
let core: WorkstationCore;

/** Settles with the error a query failed with, or with its answer when it did not fail. */
const outcome = <T>(promise: Promise<T>): Promise<{ value?: T; error?: unknown }> =>
  promise.then((value) => ({ value }), (error: unknown) => ({ error }));

function expectStopped(settled: { error?: unknown }, reason: 'superseded' | 'cancelled') {
  expect(settled.error).toBeInstanceOf(WorkstationError);
  expect((settled.error as WorkstationError).code).toBe('cancelled');
  expect((settled.error as WorkstationError).details).toEqual({ reason });
}

beforeAll(async () => {
  folder = tempDataFolder('tunemantra-supersede-');
  await generateBigStore(folder.location, 300_000);
  core = await openWorkstationCore({ location: folder.location, readers: 1 });
}, STARTUP_MS);
afterAll(async () => {
  await core?.close();
  folder.remove();
}, STARTUP_MS);

describe('queries in a slot', () => {
  it('a newer query supersedes a running one at once, and the single reader answers again afterwards', async () => {
    const slow = outcome(core.runQuery(SLOW, { slot: 'breakdown' }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const supersededAt = performance.now();
    const newer = core.runQuery(quick(12), { slot: 'breakdown' });
    const stopped = await slow;
    const releasedAfterMs = performance.now() - supersededAt;
    expectStopped(stopped, 'superseded');
    expect(releasedAfterMs).toBeLessThan(500);

    const answer = await newer;
    expect(answer.execution.cached).toBe(false);
    expect(answer.rows).toHaveLength(12);
    for (const limit of [3, 4, 5]) expect((await core.runQuery(quick(limit))).rows).toHaveLength(limit);
  }, STARTUP_MS);

  it('a query still waiting for a reader is dropped when superseded and never runs', async () => {
    const blocker = outcome(core.runQuery(SLOW, { slot: 'chart' }));
    const waiting = outcome(core.runQuery(quick(7), { slot: 'table' }));
    const newer = core.runQuery(quick(8), { slot: 'table' });
    expectStopped(await waiting, 'superseded');
    expect(core.cancelQuery('chart')).toBe(true);
    expectStopped(await blocker, 'cancelled');
    expect((await newer).rows).toHaveLength(8);
    // Had it run, its answer would have been kept.
    expect((await core.runQuery(quick(7))).execution.cached).toBe(false);
  }, STARTUP_MS);

  it('an explicit cancel stops only what was sent up to it, and refuses what it overtook', async () => {
    const running = outcome(core.runQuery(SLOW, { slot: 'kpis', sequence: 5 }));
    expect(core.cancelQuery('kpis', 4)).toBe(false);
    expect(core.cancelQuery('kpis', 5)).toBe(true);
    expectStopped(await running, 'cancelled');
    expect(core.cancelQuery('kpis')).toBe(false);

    // The cancel for sequence 9 arrived before query 9 itself (the bridge's requests can overtake).
    expect(core.cancelQuery('legend', 9)).toBe(false);
    expectStopped(await outcome(core.runQuery(quick(9), { slot: 'legend', sequence: 9 })), 'superseded');
    expect((await core.runQuery(quick(10), { slot: 'legend', sequence: 10 })).rows).toHaveLength(10);
  }, STARTUP_MS);

  it('an older request arriving after a newer one from the same slot is refused', async () => {
    expect((await core.runQuery(quick(2), { slot: 'months', sequence: 20 })).rows).toHaveLength(2);
    expectStopped(await outcome(core.runQuery(quick(1), { slot: 'months', sequence: 19 })), 'superseded');
    // A cached answer obeys the slot's order too.
    expectStopped(await outcome(core.runQuery(quick(2), { slot: 'months', sequence: 18 })), 'superseded');
  });
});

describe('the reader pool', () => {
  const today = '2026-01-15T12:00:00.000Z';
  const workerData = () => ({ databaseFile: folder.location.databaseFile, archiveDir: folder.location.archiveDir });

  it('ends a reader whose running query nobody waits for and starts a fresh one, keeping its size', async () => {
    const pool = await ReaderPool.open(workerData(), 1, 100);
    try {
      const ticket = pool.submit({ op: 'query', spec: SLOW, today });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const stop = new WorkstationError('cancelled', 'not wanted any more');
      ticket.stop(stop);
      await expect(ticket.answer).rejects.toBe(stop);
      // The fresh reader answers, over the whole store.
      const lines = await pool.request({ op: 'statementLines', request: StatementLinesRequest.parse({ limit: 1 }), today });
      expect(lines.total).toBe(300_000);
      expect(pool.replaced).toBe(1);
      expect(pool.threads).toBe(1);
    } finally {
      await pool.close();
    }
  }, STARTUP_MS);

  it('lets a stopped query that finishes in time keep its reader and still hand its reply on', async () => {
    const pool = await ReaderPool.open(workerData(), 1, 60_000);
    try {
      let replied: ((rows: number) => void) | null = null;
      const reply = new Promise<number>((resolve) => (replied = resolve));
      const ticket = pool.submit({ op: 'query', spec: quick(6), today }, { onReply: (result) => replied?.(result.rows.length) });
      ticket.stop(new WorkstationError('cancelled', 'superseded'));
      await expect(ticket.answer).rejects.toThrow('superseded');
      expect(await reply).toBe(6);
      expect((await pool.request({ op: 'query', spec: quick(5), today })).rows).toHaveLength(5);
      expect(pool.replaced).toBe(0);
    } finally {
      await pool.close();
    }
  }, STARTUP_MS);
});
