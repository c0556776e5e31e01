import { useEffect, useRef, useState } from 'react';
import type { Envelope } from '../../../shared/contract/envelope';
import type { JobProgress, JobRef, JobSnapshot } from '../../../shared/contract/jobs';
import type { WorkstationApi } from '../../../shared/contract/workstation-api';
import { useWorkstation } from './workstation-context';

/** How often a running job is asked after, besides its events: a dropped event stream must not leave the page waiting. */
const ASKED_EVERY_MS = 1000;

/** How a job ended: its result, or the sentence saying why it failed or was stopped. */
export type JobEnd = { ok: true; result: unknown } | { ok: false; cancelled: boolean; message: string };

/** A job's snapshot once it has ended, its progress told as it comes. */
function jobEnd(api: WorkstationApi, jobId: string, onProgress: (progress: JobProgress) => void): Promise<JobSnapshot> {
  return new Promise((resolve) => {
    const finish = (job: JobSnapshot) => {
      unsubscribe();
      clearInterval(asking);
      resolve(job);
    };
    const unsubscribe = api.onEvent((event) => {
      if (event.type === 'job:progress' && event.progress.jobId === jobId) onProgress(event.progress);
      else if (event.type === 'job:finished' && event.job.jobId === jobId) finish(event.job);
    });
    // A short job can end before its id reaches the page, its events gone unclaimed: it is asked too.
    const ask = () => void api.getJob({ jobId }).then((answer) => answer.ok && answer.value.status !== 'running' && finish(answer.value));
    const asking = setInterval(ask, ASKED_EVERY_MS);
    ask();
  });
}

export interface FollowedJob {
  running: boolean;
  /** The running job's last word on how far it is; null before its first. */
  progress: JobProgress | null;
  /** Starts a job (one at a time) and resolves once it has ended. */
  run(start: (api: WorkstationApi) => Promise<Envelope<JobRef>>): Promise<JobEnd>;
  /** Stops the running job; what it had done so far is kept or not as the job says. */
  cancel(): void;
}

/** A core job the page started (many merges, or their undo; a change of base currency), followed to its end. */
export function useJob(): FollowedJob {
  const api = useWorkstation();
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const jobId = useRef<string | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  async function run(start: (api: WorkstationApi) => Promise<Envelope<JobRef>>): Promise<JobEnd> {
    setRunning(true);
    setProgress(null);
    try {
      const started = await start(api);
      if (!started.ok) return { ok: false, cancelled: false, message: started.error.message };
      jobId.current = started.value.jobId;
      const job = await jobEnd(api, started.value.jobId, (told) => mounted.current && setProgress(told));
      if (job.status === 'succeeded') return { ok: true, result: job.result };
      return { ok: false, cancelled: job.status === 'cancelled', message: job.error?.message ?? 'The job was stopped.' };
    } finally {
      jobId.current = null;
      if (mounted.current) {
        setRunning(false);
        setProgress(null);
      }
    }
  }

  return {
    running,
    progress,
    run,
    cancel() {
      if (jobId.current) void api.cancelJob({ jobId: jobId.current });
    },
  };
}
