import { describe, expect, it } from 'vitest';
import { bytesRead, paceAfter, runSpeed, speedText } from '../../../src/renderer/src/pages/import/import-speed';
import type { JobProgress } from '../../../src/shared/contract/jobs';

describe('import speed', () => {
  it('turns "files done" into bytes with the sizes of the files sent', () => {
    expect(bytesRead(0, 3, [1000, 2000, 3000])).toBe(0);
    expect(bytesRead(1.5, 3, [1000, 2000, 3000])).toBe(2000);
    expect(bytesRead(2.25, 3, [1000, 2000, 3000])).toBe(3750);
    expect(bytesRead(3, 3, [1000, 2000, 3000])).toBe(6000);
  });

  it('says nothing when the job counts something other than the files sent', () => {
    expect(bytesRead(1, null, [1000])).toBeNull();
    expect(bytesRead(1, 4, [1000, 2000])).toBeNull();
    expect(bytesRead(0, 0, [])).toBeNull();
  });

  it('gives a rate once there is enough time to measure it', () => {
    expect(speedText(5_000_000, 2000)).toBe('2.5 MB/s');
    expect(speedText(40_000_000, 2000)).toBe('20 MB/s');
    expect(speedText(360_000, 2000)).toBe('180 KB/s');
    expect(speedText(100, 2000)).toBe('1 KB/s');
    expect(speedText(5_000_000, 200)).toBeNull();
    expect(speedText(null, 2000)).toBeNull();
    expect(speedText(0, 2000)).toBeNull();
  });

  it('measures the speed from when the run moved again after waiting for another writer, and shows none while it waits or finishes', () => {
    const sizes = [10_000_000, 10_000_000];
    const at = (phase: string, done: number, total: number | null = 2, waitedMs?: number): JobProgress => ({
      jobId: 'j', kind: 'import', phase, done, total, etaMs: null, ...(waitedMs === undefined ? {} : { waitedMs }),
    });
    const start = { fromMs: 0, fromDone: 0 };
    // The first file read in 2 s, then a 60 s wait before the second.
    expect(runSpeed(at('reading', 1), start, 2_000, sizes)).toBe('5.0 MB/s');
    const waiting = at('waiting', 1, 2, 60_000);
    expect(paceAfter(start, at('reading', 1), waiting, 62_000)).toBe(start);
    expect(runSpeed(waiting, start, 62_000, sizes)).toBeNull();
    const resumed = paceAfter(start, waiting, at('reading', 1), 62_000);
    expect(resumed).toEqual({ fromMs: 62_000, fromDone: 1 });
    expect(runSpeed(at('reading', 1.5), resumed, 63_000, sizes)).toBe('5.0 MB/s');
    expect(paceAfter(resumed, at('reading', 1.5), at('reading', 1.6), 63_100)).toBe(resumed);
    expect(runSpeed(at('finishing', 2, null), resumed, 64_000, sizes)).toBeNull();
  });
});
