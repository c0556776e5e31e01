import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openWorkstationCore } from '../../../src/main/core/open-workstation-core';
import type { WorkstationCore } from '../../../src/main/core/workstation-core';
import { discardPrepared } from '../../../src/main/export/prepared-exports';
import { ReaderPool } from '../../../src/main/workers/reader-pool';
import { ExportFile, StatementLinesExportRequest } from '../../../src/shared/contract/channels';
import { WorkstationError } from '../../../src/shared/contract/envelope';
import type { WorkstationEvent } from '../../../src/shared/contract/events';
import type { JobProgress } from '../../../src/shared/contract/jobs';
import { CsvOptions } from '../../../src/shared/export/csv-options';
import { StatementLinesRequest } from '../../../src/shared/query/statement-lines-contract';
import { tempDataFolder } from '../../support/temp-store';
import { generateBigStore } from '../execution/generated-store';
import { jobFinished } from '../../support/job-finished';

const STARTUP_MS = 180_000;
/** Seconds of writing: long enough to see progress and to cancel midway. */
const LINES = 200_000;

let folder: ReturnType<typeof tempDataFolder>;
let core: WorkstationCore;
const events: WorkstationEvent[] = [];
const pending = () => join(folder.location.dataDir, 'prepared-exports');
const everyLine = () => StatementLinesExportRequest.parse({ fileName: 'generated-lines.csv' });

const finished = (jobId: string) => jobFinished(core, jobId);

const progressOf = (jobId: string): JobProgress[] =>
  events.flatMap((event) => (event.type === 'job:progress' && event.progress.jobId === jobId ? [event.progress] : []));

/** Rows of a CSV file, counted by its line endings without reading it whole. */
async function rowsIn(path: string): Promise<number> {
  let rows = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) rows++;
  }
  return rows;
}

beforeAll(async () => {
  folder = tempDataFolder('tunemantra-lines-job-');
  await generateBigStore(folder.location, LINES);
  core = await openWorkstationCore({ location: folder.location, readers: 1 });
  core.onEvent((event) => events.push(event));
}, STARTUP_MS);
afterAll(async () => {
  await core?.close();
  folder.remove();
}, STARTUP_MS);
beforeEach(() => {
  events.length = 0;
});

describe('exporting statement lines as a job', () => {
  it('tells lines written of the total as it writes, and ends with the file of every line', async () => {
    const job = core.startLinesExport(everyLine());
    expect(job.kind).toBe('export');
    const done = await finished(job.jobId);
    expect(done.status).toBe('succeeded');

    const progress = progressOf(job.jobId);
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.every((p) => p.total === LINES && p.phase === 'writing statement lines')).toBe(true);
    expect(progress.every((p, i) => i === 0 || p.done > progress[i - 1]!.done)).toBe(true);
    expect(progress.at(-1)!.done).toBe(LINES);
    // Midway the registry estimates the time left from the pace so far.
    expect(progress.some((p) => p.done > 0 && p.done < LINES && p.etaMs !== null)).toBe(true);

    const file = ExportFile.parse(done.result);
    expect(file).toMatchObject({ fileName: 'generated-lines.csv', rows: LINES });
    const prepared = core.takeExport(file.exportId);
    if (!('path' in prepared)) throw new Error('a statement-lines export is handed over as a file');
    expect(statSync(prepared.path).size).toBe(file.byteLength);
    // The header, then one row per line.
    expect(await rowsIn(prepared.path)).toBe(LINES + 1);
    discardPrepared(prepared);
  }, STARTUP_MS);

  it('cancelled midway ends cancelled, leaves no file behind, and the reader it ended is replaced', async () => {
    const job = core.startLinesExport(everyLine());
    while (!progressOf(job.jobId).some((p) => p.done > 0)) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(readdirSync(pending())).toHaveLength(1);
    expect(core.jobs.cancel(job.jobId)).toBe(true);
    const done = await finished(job.jobId);
    expect(done.status).toBe('cancelled');
    expect(done.result).toBeUndefined();
    expect(progressOf(job.jobId).at(-1)!.done).toBeLessThan(LINES);
    // The job ends without waiting for the reader's thread; its file goes once the thread has.
    while (readdirSync(pending()).length > 0) await new Promise((resolve) => setTimeout(resolve, 5));

    // The only reader was ended; a fresh one answers.
    const lines = await core.statementLines(StatementLinesRequest.parse({ limit: 1 }));
    expect(lines.total).toBe(LINES);
  }, STARTUP_MS);
});

describe('a reader request stopped while it writes a file', () => {
  it('is released only once its thread has ended, so the file stops growing before anyone removes it', async () => {
    const pool = await ReaderPool.open({ databaseFile: folder.location.databaseFile, archiveDir: folder.location.archiveDir }, 1, 50);
    try {
      const path = join(folder.dir, 'stopped-lines.csv');
      let linesWritten!: () => void;
      const firstLines = new Promise<void>((resolve) => (linesWritten = resolve));
      const totals = new Set<number>();
      const ticket = pool.submit(
        { op: 'writeLines', request: StatementLinesRequest.parse({}), target: { path, format: 'csv', csv: CsvOptions.parse({}) }, today: new Date().toISOString() },
        {
          onProgress: ({ written, total }) => {
            totals.add(total);
            if (written > 0) linesWritten();
          },
        },
      );
      await firstLines;
      expect([...totals]).toEqual([LINES]);
      const stop = new WorkstationError('cancelled', 'not wanted any more');
      ticket.stop(stop);
      await expect(ticket.answer).rejects.toBe(stop);
      await ticket.released;
      expect(pool.replaced).toBe(1);
      const size = statSync(path).size;
      expect(size).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(statSync(path).size).toBe(size);
      expect(existsSync(path)).toBe(true);
      expect((await pool.request({ op: 'statementLines', request: StatementLinesRequest.parse({ limit: 1 }), today: new Date().toISOString() })).total).toBe(LINES);
      expect(pool.threads).toBe(1);
    } finally {
      await pool.close();
    }
  }, STARTUP_MS);
});
