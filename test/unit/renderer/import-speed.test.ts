import { describe, expect, it } from 'vitest';
import { bytesRead, bytesReadSince, paceAfter, runSpeed, speedText } from '../../../src/renderer/src/pages/import/import-speed';
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

  describe('from the statement bytes the job tells', () => {
    // A 300 KB zip whose statements unpack to 12 MB: its share moves by compressed bytes.
    const zip = [300_000];
    const at = (phase: string, done: number, statementBytes: number, total: number | null = 1, waitedMs?: number): JobProgress => ({
      jobId: 'j', kind: 'import', phase, done, total, etaMs: null, statementBytes, ...(waitedMs === undefined ? {} : { waitedMs }),
    });
    const start = { fromMs: 0, fromDone: 0, fromStatementBytes: 0 };

    it('counts the statements read, unpacked, not the compressed file’s share', () => {
      expect(bytesReadSince(at('reading', 0.5, 6_000_000), start, zip)).toBe(6_000_000);
      expect(runSpeed(at('reading', 0.5, 6_000_000), start, 2_000, zip)).toBe('3.0 MB/s');
      // The sizes alone would make it 75 KB/s.
      expect(runSpeed({ ...at('reading', 0.5, 0), statementBytes: undefined }, start, 2_000, zip)).toBe('75 KB/s');
    });

    it('measures from the statement bytes read where the run moved again after a wait, and shows none while it waits or finishes', () => {
      // 4 MB read in 2 s, a 60 s wait, then 2 MB more in the next second.
      expect(runSpeed(at('reading', 0.3, 4_000_000), start, 2_000, zip)).toBe('2.0 MB/s');
      const waiting = at('waiting', 0.3, 4_000_000, 1, 60_000);
      expect(paceAfter(start, at('reading', 0.3, 4_000_000), waiting, 62_000)).toBe(start);
      expect(runSpeed(waiting, start, 62_000, zip)).toBeNull();
      const resumed = paceAfter(start, waiting, at('reading', 0.3, 4_000_000), 62_000);
      expect(resumed).toEqual({ fromMs: 62_000, fromDone: 0.3, fromStatementBytes: 4_000_000 });
      expect(bytesReadSince(at('reading', 0.45, 6_000_000), resumed, zip)).toBe(2_000_000);
      expect(runSpeed(at('reading', 0.45, 6_000_000), resumed, 63_000, zip)).toBe('2.0 MB/s');
      expect(runSpeed(at('finishing', 1, 12_000_000, null), resumed, 64_000, zip)).toBeNull();
    });

    it('falls back on the sizes of the files sent when the pace was set where the job told no statement bytes', () => {
      const resumed = { fromMs: 62_000, fromDone: 0.5 };
      expect(bytesReadSince(at('reading', 1, 12_000_000), resumed, zip)).toBe(150_000);
    });
  });
});
