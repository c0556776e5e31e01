import { create } from 'zustand';
import type { WorkstationEvent } from '../../../shared/contract/events';
import type { JobProgress, JobSnapshot } from '../../../shared/contract/jobs';
import type { WorkstationApi } from '../../../shared/contract/workstation-api';

type DemoLoadPhase = 'idle' | 'starting' | 'running' | 'cancelling' | 'succeeded' | 'failed' | 'cancelled';

interface DemoLoadState {
  phase: DemoLoadPhase;
  jobId: string | null;
  progress: JobProgress | null;
  error: string | null;
  start(api: WorkstationApi): Promise<void>;
  cancel(api: WorkstationApi): Promise<void>;
  handleEvent(event: WorkstationEvent): void;
}

export const useDemoLoadStore = create<DemoLoadState>()((set, get) => {
  function finish(job: JobSnapshot): void {
    if (job.status === 'running') return;
    set({
      phase: job.status,
      error: job.status === 'failed' ? (job.error?.message ?? 'Loading the demo data failed.') : null,
    });
  }

  return {
    phase: 'idle',
    jobId: null,
    progress: null,
    error: null,

    async start(api) {
      set({ phase: 'starting', jobId: null, progress: null, error: null });
      const started = await api.loadDemo();
      if (!started.ok) {
        set({ phase: 'failed', error: started.error.message });
        return;
      }
      const { jobId } = started.value;
      set({ phase: 'running', jobId });
      // A short job can finish before its id reached us, so its events went unclaimed: ask once.
      const snapshot = await api.getJob({ jobId });
      if (snapshot.ok && get().jobId === jobId) {
        if (snapshot.value.progress && get().progress === null) set({ progress: snapshot.value.progress });
        finish(snapshot.value);
      }
    },

    async cancel(api) {
      const { jobId } = get();
      if (!jobId) return;
      set({ phase: 'cancelling' });
      const answer = await api.cancelJob({ jobId });
      if (!answer.ok) set({ phase: 'running', error: answer.error.message });
    },

    handleEvent(event) {
      const { jobId, phase } = get();
      if (!jobId || (phase !== 'running' && phase !== 'cancelling')) return;
      if (event.type === 'job:progress' && event.progress.jobId === jobId) set({ progress: event.progress });
      if (event.type === 'job:finished' && event.job.jobId === jobId) finish(event.job);
    },
  };
});
