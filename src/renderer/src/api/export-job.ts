import { ExportFile } from '../../../shared/contract/channels';
import type { Envelope } from '../../../shared/contract/envelope';
import type { WorkstationEvent } from '../../../shared/contract/events';
import type { JobProgress, JobRef, JobSnapshot } from '../../../shared/contract/jobs';
import type { WorkstationApi } from '../../../shared/contract/workstation-api';
import { handOverExport, type ExportOutcome } from './run-export';

export type ExportJobState =
  | { kind: 'idle' }
  | { kind: 'starting' }
  | { kind: 'running'; jobId: string; progress: JobProgress | null; cancelling: boolean }
  /** The file is written; the shell is saving or downloading it. */
  | { kind: 'handing-over' }
  /** The job was cancelled: nothing was written for the user. */
  | { kind: 'cancelled' }
  | { kind: 'finished'; outcome: ExportOutcome };

export type StartExportJob = (api: WorkstationApi) => Promise<Envelope<JobRef>>;

export interface ExportJob {
  start(startJob: StartExportJob): Promise<void>;
  cancel(): Promise<void>;
  /** Stops following; a job still running is cancelled, since no one is left to take its file. */
  dispose(): void;
}

/** While this holds, a second start is ignored. */
export function exportJobBusy(state: ExportJobState): boolean {
  return state.kind === 'starting' || state.kind === 'running' || state.kind === 'handing-over';
}

/**
 * One export run as a core job at a time, followed through the workstation's events: its
 * progress, its end, and once it succeeds the file handed over (a save dialog or a download)
 * exactly once, however many times its end is heard.
 */
export function createExportJob(api: WorkstationApi, onChange: (state: ExportJobState) => void): ExportJob {
  let state: ExportJobState = { kind: 'idle' };
  let unsubscribe: (() => void) | null = null;
  let disposed = false;

  function set(next: ExportJobState): void {
    state = next;
    if (!exportJobBusy(next)) stopFollowing();
    if (!disposed) onChange(next);
  }

  function stopFollowing(): void {
    unsubscribe?.();
    unsubscribe = null;
  }

  const runningJob = (jobId: string) => (state.kind === 'running' && state.jobId === jobId ? state : null);

  function follow(job: JobSnapshot): void {
    const running = runningJob(job.jobId);
    if (!running) return;
    if (job.status === 'running') {
      // An event may have told more than this snapshot, asked earlier.
      if (job.progress && job.progress.done >= (running.progress?.done ?? -1)) set({ ...running, progress: job.progress });
      return;
    }
    if (job.status === 'cancelled') return set({ kind: 'cancelled' });
    if (job.status === 'failed') return set({ kind: 'finished', outcome: { kind: 'failed', message: job.error?.message ?? 'The export failed.' } });
    const file = ExportFile.safeParse(job.result);
    if (!file.success) return set({ kind: 'finished', outcome: { kind: 'failed', message: 'The export finished without a file to hand over.' } });
    set({ kind: 'handing-over' });
    void handOverExport(api, file.data).then((outcome) => set({ kind: 'finished', outcome }));
  }

  function handle(event: WorkstationEvent): void {
    if (event.type === 'job:progress') {
      const running = runningJob(event.progress.jobId);
      if (running) set({ ...running, progress: event.progress });
    } else if (event.type === 'job:finished') {
      follow(event.job);
    }
  }

  return {
    async start(startJob) {
      if (disposed || exportJobBusy(state)) return;
      set({ kind: 'starting' });
      unsubscribe = api.onEvent(handle);
      const started = await startJob(api);
      if (disposed) {
        if (started.ok) void api.cancelJob({ jobId: started.value.jobId });
        return;
      }
      if (!started.ok) return set({ kind: 'finished', outcome: { kind: 'failed', message: started.error.message } });
      const { jobId } = started.value;
      set({ kind: 'running', jobId, progress: null, cancelling: false });
      // A short job can finish before its id reached us, its events gone unclaimed: ask once.
      const snapshot = await api.getJob({ jobId });
      if (snapshot.ok) follow(snapshot.value);
    },

    async cancel() {
      if (state.kind !== 'running' || state.cancelling) return;
      const { jobId } = state;
      set({ ...state, cancelling: true });
      const answer = await api.cancelJob({ jobId });
      // Refused, the job runs on as before; one that had already ended has its end on the way.
      const running = runningJob(jobId);
      if (running && (!answer.ok || !answer.value.cancelled)) set({ ...running, cancelling: false });
    },

    dispose() {
      disposed = true;
      stopFollowing();
      if (state.kind === 'running' && !state.cancelling) void api.cancelJob({ jobId: state.jobId });
    },
  };
}
