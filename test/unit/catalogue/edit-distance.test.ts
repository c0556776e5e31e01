import { describe, expect, it } from 'vitest';
import { editDistance, isSwap } from '../../../src/shared/catalogue/edit-distance';

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and neighbouring swaps as one each', () => {
    expect(editDistance('harbour', 'harbour')).toBe(0);
    expect(editDistance('harbor', 'harbour')).toBe(1);
    expect(editDistance('harbour', 'harbor')).toBe(1);
    expect(editDistance('harbar', 'harbor')).toBe(1);
    expect(editDistance('ligth', 'light')).toBe(1);
    expect(editDistance('intro', 'outro')).toBe(2);
    expect(editDistance('nite', 'night')).toBe(3);
    expect(editDistance('', 'tides')).toBe(5);
    expect(editDistance('tides', '')).toBe(5);
  });

  it('tells a swap of two neighbouring letters from other slips', () => {
    expect(isSwap('recieve', 'receive')).toBe(true);
    expect(isSwap('ligth', 'light')).toBe(true);
    expect(isSwap('harbar', 'harbor')).toBe(false);
    expect(isSwap('abc', 'cba')).toBe(false);
    expect(isSwap('light', 'light')).toBe(false);
  });
});
