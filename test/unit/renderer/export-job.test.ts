import { describe, expect, it } from 'vitest';
import type { ExportFile } from '../../../src/shared/contract/channels';
import type { Envelope } from '../../../src/shared/contract/envelope';
import type { WorkstationEvent } from '../../../src/shared/contract/events';
import type { JobProgress, JobRef, JobSnapshot } from '../../../src/shared/contract/jobs';
import type { WorkstationApi } from '../../../src/shared/contract/workstation-api';
import { createExportJob, type ExportJobState } from '../../../src/renderer/src/api/export-job';

const FILE: ExportFile = { exportId: 'e1', fileName: 'statement-lines.csv', byteLength: 1234, rows: 40_000 };
const REF: JobRef = { jobId: 'j1', kind: 'export' };

const progress = (jobId: string, done: number): JobProgress => ({ jobId, kind: 'export', phase: 'writing statement lines', done, total: 40_000, etaMs: 1000 });
const snapshot = (status: JobSnapshot['status'], more: Partial<JobSnapshot> = {}): JobSnapshot => ({
  jobId: REF.jobId, kind: 'export', status, progress: null, startedAt: '2026-01-01T00:00:00Z', ...more,
});

/** The workstation as the export sees it: events sent by hand, the job's snapshot as the test sets it. */
function fakeWorkstation(job: () => JobSnapshot, whileAsked: () => void = () => {}) {
  const listeners = new Set<(event: WorkstationEvent) => void>();
  const calls = { saveExport: [] as string[], cancelJob: [] as string[] };
  const api = {
    onEvent(listener: (event: WorkstationEvent) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getJob: async () => {
      const asked = job();
      whileAsked();
      return { ok: true, value: asked };
    },
    cancelJob: async ({ jobId }: { jobId: string }) => {
      calls.cancelJob.push(jobId);
      return { ok: true, value: { cancelled: true } };
    },
    saveExport: async ({ exportId }: { exportId: string }) => {
      calls.saveExport.push(exportId);
      return { ok: true, value: { outcome: 'saved', path: '/home/me/statement-lines.csv' } };
    },
  } as unknown as WorkstationApi;
  const send = (event: WorkstationEvent) => listeners.forEach((listener) => listener(event));
  return { api, calls, send, listeners };
}

function follow(api: WorkstationApi) {
  const states: ExportJobState[] = [];
  const job = createExportJob(api, (state) => states.push(state));
  return { job, states, last: () => states.at(-1) };
}

const started = async (): Promise<Envelope<JobRef>> => ({ ok: true, value: REF });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('an export run as a job', () => {
  it('shows its own job’s progress, then hands the file over once though its end is heard twice', async () => {
    let current = snapshot('running', { progress: progress(REF.jobId, 10_000) });
    const workstation = fakeWorkstation(() => current);
    const { job, states, last } = follow(workstation.api);
    await job.start(started);
    expect(last()).toMatchObject({ kind: 'running', jobId: 'j1', progress: { done: 10_000 } });

    workstation.send({ type: 'job:progress', progress: progress('another-job', 35_000) });
    workstation.send({ type: 'job:progress', progress: progress(REF.jobId, 20_000) });
    expect(last()).toMatchObject({ kind: 'running', progress: { done: 20_000 } });

    current = snapshot('succeeded', { result: FILE });
    workstation.send({ type: 'job:finished', job: current });
    workstation.send({ type: 'job:finished', job: current });
    await settle();
    expect(workstation.calls.saveExport).toEqual(['e1']);
    expect(states.filter((state) => state.kind === 'handing-over')).toHaveLength(1);
    expect(last()).toEqual({ kind: 'finished', outcome: { kind: 'saved', path: '/home/me/statement-lines.csv', rows: 40_000 } });
    expect(workstation.listeners.size).toBe(0);
  });

  it('finishes a job that ended before its id arrived from the one snapshot it asks for', async () => {
    const workstation = fakeWorkstation(() => snapshot('succeeded', { result: FILE }));
    const { job, last } = follow(workstation.api);
    // The job's events came and went while its id was on its way.
    await job.start(async () => {
      workstation.send({ type: 'job:finished', job: snapshot('succeeded', { result: FILE }) });
      return { ok: true, value: REF };
    });
    await settle();
    expect(workstation.calls.saveExport).toEqual(['e1']);
    expect(last()).toMatchObject({ kind: 'finished', outcome: { kind: 'saved' } });
  });

  it('keeps the newer progress when an event overtakes the snapshot it asked for', async () => {
    const workstation = fakeWorkstation(
      () => snapshot('running', { progress: progress(REF.jobId, 10_000) }),
      () => workstation.send({ type: 'job:progress', progress: progress(REF.jobId, 30_000) }),
    );
    const { job, last } = follow(workstation.api);
    await job.start(started);
    expect(last()).toMatchObject({ kind: 'running', progress: { done: 30_000 } });
  });

  it('is cancelled: Cancel asks the core once, and the job’s end says cancelled with no file handed over', async () => {
    const workstation = fakeWorkstation(() => snapshot('running'));
    const { job, last } = follow(workstation.api);
    await job.start(started);
    const cancelling = job.cancel();
    expect(last()).toMatchObject({ kind: 'running', cancelling: true });
    await job.cancel();
    await cancelling;
    expect(workstation.calls.cancelJob).toEqual(['j1']);
    workstation.send({ type: 'job:finished', job: snapshot('cancelled') });
    expect(last()).toEqual({ kind: 'cancelled' });
    expect(workstation.calls.saveExport).toEqual([]);
    expect(workstation.listeners.size).toBe(0);
  });

  it('says why when the job fails or cannot start, and can be run again', async () => {
    const workstation = fakeWorkstation(() => snapshot('running'));
    const { job, last } = follow(workstation.api);
    await job.start(started);
    workstation.send({ type: 'job:finished', job: snapshot('failed', { error: { code: 'internal', message: 'The disk is full.' } }) });
    expect(last()).toEqual({ kind: 'finished', outcome: { kind: 'failed', message: 'The disk is full.' } });

    await job.start(async () => ({ ok: false, error: { code: 'invalid_input', message: 'filters.0: unknown field' } }));
    expect(last()).toEqual({ kind: 'finished', outcome: { kind: 'failed', message: 'filters.0: unknown field' } });
    expect(workstation.listeners.size).toBe(0);
  });

  it('ignores a second start while one runs, and cancels its job when the page that showed it goes', async () => {
    const workstation = fakeWorkstation(() => snapshot('running'));
    const { job, states } = follow(workstation.api);
    await job.start(started);
    let startedAgain = false;
    await job.start(async () => {
      startedAgain = true;
      return { ok: true, value: REF };
    });
    expect(startedAgain).toBe(false);
    const seen = states.length;
    job.dispose();
    expect(workstation.calls.cancelJob).toEqual(['j1']);
    expect(workstation.listeners.size).toBe(0);
    workstation.send({ type: 'job:finished', job: snapshot('cancelled') });
    expect(states).toHaveLength(seen);
  });
});
