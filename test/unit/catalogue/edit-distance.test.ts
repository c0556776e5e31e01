import { describe, expect, it } from 'vitest';
import { editDistance, isSwap, oneSlipApart } from '../../../src/shared/catalogue/edit-distance';

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

  it('tells words one slip apart in one pass, exactly as the distance does', () => {
    expect(oneSlipApart('harbor', 'harbour')).toBe(true);
    expect(oneSlipApart('harbour', 'harbor')).toBe(true);
    expect(oneSlipApart('harbar', 'harbor')).toBe(true);
    expect(oneSlipApart('recieve', 'receive')).toBe(true);
    expect(oneSlipApart('xarbor', 'harbor')).toBe(true);
    expect(oneSlipApart('harbour', 'harbour')).toBe(false);
    expect(oneSlipApart('intro', 'outro')).toBe(false);
    expect(oneSlipApart('abc', 'cba')).toBe(false);
    expect(oneSlipApart('harb', 'harbour')).toBe(false);
    // Every pair of words of up to four letters from three: insertions, swaps and replacements anywhere.
    const words = [''];
    for (let length = 1; length <= 4; length++) for (const word of words.filter((w) => w.length === length - 1)) for (const letter of 'abc') words.push(word + letter);
    for (const a of words) for (const b of words) if (oneSlipApart(a, b) !== (editDistance(a, b) === 1)) expect.fail(`${a}/${b}`);
  });
});
