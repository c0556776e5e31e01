import { describe, expect, it } from 'vitest';
import { JobPace } from '../../../src/main/jobs/job-pace';

describe('a job’s time left', () => {
  it('is estimated from the pace since the job started', () => {
    const pace = new JobPace(1_000);
    expect(pace.etaMs({ done: 0, total: 4 }, 1_000)).toBeNull();
    expect(pace.etaMs({ done: 1, total: 4 }, 3_000)).toBe(6_000);
    expect(pace.etaMs({ done: 4, total: 4 }, 9_000)).toBeNull();
    expect(pace.etaMs({ done: 2, total: null }, 9_000)).toBeNull();
  });

  it('is not told while the job waits its turn, and is measured from when it moved again', () => {
    const pace = new JobPace(0);
    expect(pace.etaMs({ done: 1, total: 4 }, 2_000)).toBe(6_000);
    // Ten minutes waiting for another writer: nothing moves, so no time left.
    expect(pace.etaMs({ done: 1, total: 4, waitedMs: 300_000 }, 302_000)).toBeNull();
    expect(pace.etaMs({ done: 1, total: 4, waitedMs: 600_000 }, 602_000)).toBeNull();
    // Moving again: nothing measured yet, then the pace since, not the wait's.
    expect(pace.etaMs({ done: 1, total: 4 }, 602_000)).toBeNull();
    expect(pace.etaMs({ done: 2, total: 4 }, 604_000)).toBe(4_000);
  });

  it('is measured again when the job counts other things from zero', () => {
    const pace = new JobPace(0);
    // 2,000,000 lines converted in 2 s, then 4 imports summed again, one every 5 s.
    expect(pace.etaMs({ done: 1_000_000, total: 2_000_000 }, 1_000)).toBe(1_000);
    expect(pace.etaMs({ done: 2_000_000, total: 2_000_000 }, 2_000)).toBeNull();
    expect(pace.etaMs({ done: 0, total: 4 }, 2_000)).toBeNull();
    expect(pace.etaMs({ done: 1, total: 4 }, 7_000)).toBe(15_000);
  });
});
