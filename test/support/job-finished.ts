import type { WorkstationCore } from '../../src/main/core/workstation-core';

/** A job's snapshot once it has stopped running (finished, failed or cancelled), looked at every 20 ms. */
export async function jobFinished(core: WorkstationCore, jobId: string) {
  for (;;) {
    const job = core.jobs.snapshot(jobId);
    if (job.status !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
