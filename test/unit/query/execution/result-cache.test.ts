import { describe, expect, it } from 'vitest';
import { approximateBytes } from '../../../../src/main/query/execution/approximate-bytes';
import { ResultCache } from '../../../../src/main/query/execution/result-cache';

const sized = (budget: number) => new ResultCache<{ bytes: number }>(budget, (value) => value.bytes);

describe('ResultCache', () => {
  it('drops the least recently used answers once over its byte budget', () => {
    const cache = sized(100);
    cache.set('a', { bytes: 25 }, 0);
    cache.set('b', { bytes: 25 }, 0);
    cache.set('c', { bytes: 25 }, 0);
    cache.get('a');
    cache.set('d', { bytes: 25 }, 0);
    cache.set('e', { bytes: 25 }, 0);
    expect(cache.get('b')).toBeUndefined();
    expect(['a', 'c', 'd', 'e'].map((k) => cache.get(k)?.bytes)).toEqual([25, 25, 25, 25]);
    expect(cache.bytes).toBe(100);
  });

  it('refuses an answer asked before the last write, and one too big to keep', () => {
    const cache = sized(100);
    const asked = cache.generation;
    cache.set('kept', { bytes: 10 }, asked);
    cache.invalidate();
    expect(cache.get('kept')).toBeUndefined();
    expect(cache.set('stale', { bytes: 10 }, asked)).toBe(false);
    expect(cache.set('huge', { bytes: 26 }, cache.generation)).toBe(false);
    expect(cache.set('fresh', { bytes: 25 }, cache.generation)).toBe(true);
    expect(cache.size).toBe(1);
  });

  it('counts a replaced answer once', () => {
    const cache = sized(100);
    cache.set('a', { bytes: 20 }, 0);
    cache.set('a', { bytes: 5 }, 0);
    expect(cache.bytes).toBe(5);
  });
});

describe('approximateBytes', () => {
  it('grows with the rows and the length of their text', () => {
    const row = ['Spotify', '12.3456789012345678', 42, null];
    const small = approximateBytes({ rows: [row] });
    const large = approximateBytes({ rows: Array.from({ length: 100 }, () => row) });
    expect(large).toBe(small + 99 * (8 + approximateBytes(row)));
    expect(approximateBytes('x'.repeat(1000))).toBeGreaterThan(2000);
    expect(approximateBytes(new Uint8Array(5000))).toBeGreaterThanOrEqual(5000);
  });
});
