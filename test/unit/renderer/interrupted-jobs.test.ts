import { describe, expect, it } from 'vitest';
import { InterruptedJobs } from '../../../src/renderer/src/api/interrupted-jobs';

const at = new Date('2026-03-01T10:00:00Z');

describe('jobs a lost connection interrupts', () => {
  it('ends each job seen starting and not finishing as failed, once', () => {
    const jobs = new InterruptedJobs();
    jobs.noteAnswer({ jobId: 'a', kind: 'import' });
    jobs.noteEvent({ type: 'job:progress', progress: { jobId: 'b', kind: 'export', phase: 'writing', done: 1, total: 2, etaMs: null } });
    jobs.noteAnswer({ jobId: 'c', kind: 'demo' });
    jobs.noteEvent({
      type: 'job:finished',
      job: { jobId: 'c', kind: 'demo', status: 'succeeded', progress: null, startedAt: at.toISOString() },
    });

    const events = jobs.interrupt(at);
    expect(events.map((e) => e.type === 'job:finished' && [e.job.jobId, e.job.status])).toEqual([['a', 'failed'], ['b', 'failed']]);
    const [importEvent] = events;
    expect(importEvent).toMatchObject({ job: { error: { code: 'unavailable', message: expect.stringContaining('stopped answering during the import') } } });
    expect(jobs.interrupt(at)).toEqual([]);
  });

  it('takes no answer for a job unless it names one', () => {
    const jobs = new InterruptedJobs();
    jobs.noteAnswer({ rows: [] });
    jobs.noteAnswer(null);
    expect(jobs.interrupt(at)).toEqual([]);
  });
});
