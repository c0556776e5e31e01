import { randomUUID } from 'node:crypto';
import type { JobProgress, JobRef, JobSnapshot } from '../../shared/contract/jobs';
import { WorkstationError } from '../../shared/contract/envelope';
import type { WorkstationEvent } from '../../shared/contract/events';
import { logger } from '../diagnostics/logger';
import { JobPace } from './job-pace';

type JobKind = JobRef['kind'];

/** What a job tells of its progress; the registry adds its id, kind and the time left, from the pace so far. */
export type JobProgressUpdate = Omit<JobProgress, 'jobId' | 'kind' | 'etaMs'>;

export interface JobContext {
  readonly jobId: string;
  readonly signal: AbortSignal;
  progress(update: JobProgressUpdate): void;
}

interface JobEntry {
  snapshot: JobSnapshot;
  controller: AbortController;
}

const KEEP_FINISHED = 50;
const PROGRESS_INTERVAL_MS = 100;

/**
 * Long work runs as a job: an id at once, progress events while it runs (with an ETA estimated
 * from the pace so far), cancellation through an AbortSignal, and a final snapshot with the
 * result or a readable error. Finished jobs are kept a while so a late `jobs:get` still answers.
 */
export class JobRegistry {
  private readonly jobs = new Map<string, JobEntry>();

  constructor(private readonly emit: (event: WorkstationEvent) => void) {}

  start<T>(kind: JobKind, work: (context: JobContext) => Promise<T>): JobRef {
    const jobId = randomUUID();
    const controller = new AbortController();
    const entry: JobEntry = {
      snapshot: { jobId, kind, status: 'running', progress: null, startedAt: new Date().toISOString() },
      controller,
    };
    this.jobs.set(jobId, entry);
    let lastEmit = 0;
    const pace = new JobPace(Date.now());
    const context: JobContext = {
      jobId,
      signal: controller.signal,
      progress: (update) => {
        const now = Date.now();
        const previous = entry.snapshot.progress;
        entry.snapshot.progress = { jobId, kind, ...update, etaMs: pace.etaMs(update, now) };
        // A new phase is told at once: a short one (finishing a small file) would fall between two ticks.
        if (now - lastEmit >= PROGRESS_INTERVAL_MS || update.done === update.total || previous?.phase !== update.phase) {
          lastEmit = now;
          this.emit({ type: 'job:progress', progress: entry.snapshot.progress });
        }
      },
    };
    void work(context).then(
      (result) => this.finish(entry, controller.signal.aborted ? 'cancelled' : 'succeeded', result),
      (error: unknown) => {
        if (controller.signal.aborted) return this.finish(entry, 'cancelled');
        const shape =
          error instanceof WorkstationError
            ? { code: error.code, message: error.message }
            : { code: 'internal', message: 'The job failed; the details are in the log.' };
        if (!(error instanceof WorkstationError)) logger.error(`job ${kind} ${jobId} failed`, error);
        this.finish(entry, 'failed', undefined, shape);
      },
    );
    return { jobId, kind };
  }

  snapshot(jobId: string): JobSnapshot {
    const entry = this.jobs.get(jobId);
    if (!entry) throw new WorkstationError('not_found', `No job with id ${jobId} is known (finished jobs are forgotten after a while).`);
    return entry.snapshot;
  }

  cancel(jobId: string): boolean {
    const entry = this.jobs.get(jobId);
    if (!entry || entry.snapshot.status !== 'running') return false;
    entry.controller.abort();
    return true;
  }

  /** Resolves when every running job has finished; used for an orderly shutdown. */
  async settle(): Promise<void> {
    while ([...this.jobs.values()].some((j) => j.snapshot.status === 'running')) {
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  cancelAll(): void {
    for (const entry of this.jobs.values()) if (entry.snapshot.status === 'running') entry.controller.abort();
  }

  private finish(entry: JobEntry, status: JobSnapshot['status'], result?: unknown, error?: { code: string; message: string }): void {
    entry.snapshot = {
      ...entry.snapshot,
      status,
      ...(result === undefined ? {} : { result }),
      ...(error ? { error } : {}),
      finishedAt: new Date().toISOString(),
    };
    this.emit({ type: 'job:finished', job: entry.snapshot });
    const finished = [...this.jobs.values()].filter((j) => j.snapshot.status !== 'running');
    for (const old of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(old.snapshot.jobId);
  }
}
