import type { WorkstationEvent } from '../../../shared/contract/events';
import { JobRef, type JobSnapshot } from '../../../shared/contract/jobs';

const STOPPED_DURING_IMPORT =
  'The workstation stopped answering during the import. Each statement is stored whole or not at all: once it runs again, the import history shows which files were imported.';
const STOPPED_DURING_JOB = 'The workstation stopped answering before this finished; once it runs again, reload this page to see what was done.';

/**
 * The jobs this page saw start and not finish. When the workstation stops answering, their end
 * will never be told, so the page is told they were interrupted instead of showing them running.
 */
export class InterruptedJobs {
  private readonly running = new Map<string, JobRef['kind']>();

  /** A call's answer that starts a job (a JobRef). */
  noteAnswer(value: unknown): void {
    const job = JobRef.safeParse(value);
    if (job.success) this.running.set(job.data.jobId, job.data.kind);
  }

  noteEvent(event: WorkstationEvent): void {
    if (event.type === 'job:progress') this.running.set(event.progress.jobId, event.progress.kind);
    else if (event.type === 'job:finished') this.running.delete(event.job.jobId);
  }

  /** A failed `job:finished` for each job still running, which are then forgotten. */
  interrupt(now: Date): WorkstationEvent[] {
    const at = now.toISOString();
    const events = [...this.running].map(([jobId, kind]): WorkstationEvent => {
      const job: JobSnapshot = {
        jobId, kind, status: 'failed', progress: null, startedAt: at, finishedAt: at,
        error: { code: 'unavailable', message: kind === 'import' ? STOPPED_DURING_IMPORT : STOPPED_DURING_JOB },
      };
      return { type: 'job:finished', job };
    });
    this.running.clear();
    return events;
  }
}
