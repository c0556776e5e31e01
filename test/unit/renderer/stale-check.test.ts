import { describe, expect, it } from 'vitest';
import { isStale, LARGEST_RECHECKED_BYTES, recheckedByItself } from '../../../src/renderer/src/pages/import/stale-check';

const checkedAt = (checkedVersion: number | null, byteLength: number | null, phase = 'checked') => ({ phase, byteLength, checkedVersion });

describe('a staged file checked before the imports changed', () => {
  it('is stale only once checked, and only against a later imports version', () => {
    expect(isStale(checkedAt(3, 1000), 3)).toBe(false);
    expect(isStale(checkedAt(3, 1000), 4)).toBe(true);
    expect(isStale(checkedAt(null, 1000), 4)).toBe(false);
    expect(isStale(checkedAt(3, 1000, 'checking'), 4)).toBe(false);
  });

  it('is checked again by itself while small, and left to the user once a dry run would read a large file again', () => {
    expect(recheckedByItself(checkedAt(3, LARGEST_RECHECKED_BYTES), 4)).toBe(true);
    expect(recheckedByItself(checkedAt(3, null), 4)).toBe(true);
    expect(recheckedByItself(checkedAt(3, LARGEST_RECHECKED_BYTES + 1), 4)).toBe(false);
    expect(isStale(checkedAt(3, LARGEST_RECHECKED_BYTES + 1), 4)).toBe(true);
    expect(recheckedByItself(checkedAt(4, 1000), 4)).toBe(false);
  });
});
