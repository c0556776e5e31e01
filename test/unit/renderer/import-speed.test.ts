import { describe, expect, it } from 'vitest';
import { bytesRead, speedText } from '../../../src/renderer/src/pages/import/import-speed';

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
});
