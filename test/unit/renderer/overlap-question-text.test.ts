import { describe, expect, it } from 'vitest';
import { keepAllLabel, keptBesideText, overlapLegend } from '../../../src/renderer/src/pages/import/overlap-question-text';

describe('the words of the overlap question', () => {
  it('counts earlier imports and names the files imported first', () => {
    expect(overlapLegend(1, [])).toBe('Same period as an earlier import');
    expect(overlapLegend(2, [])).toBe('Same period as 2 earlier imports');
    expect(overlapLegend(0, ['royalties-march.csv'])).toBe('Same period as royalties-march.csv, which is imported first');
    expect(overlapLegend(0, ['a.csv', 'b.csv', 'c.csv'])).toBe('Same period as a.csv, b.csv and c.csv, which are imported first');
    expect(overlapLegend(1, ['royalties-march.csv'])).toBe('Same period as an earlier import and royalties-march.csv, which is imported first');
  });

  it('offers to keep them all for the real count of statements, naming each beyond two', () => {
    expect(keepAllLabel(['feb.tsv'], [])).toBe('Keep both');
    expect(keepAllLabel([], ['april.tsv'])).toBe('Keep both');
    expect(keepAllLabel(['distrokid-legacy.tsv'], ['distrokid-truncated.tsv'])).toBe('Keep all three');
    expect(keepAllLabel(['a.tsv', 'b.tsv'], ['c.tsv'])).toBe('Keep all four');
    const eleven = Array.from({ length: 11 }, (_, index) => `m${index}.tsv`);
    expect(keepAllLabel(eleven, [])).toBe('Keep all 12');
  });
});

describe('Replace with some earlier imports unticked', () => {
  it('warns that a kept import’s period is counted twice', () => {
    expect(keptBesideText('dk-2025-02.tsv', 'Feb 2025')).toBe('dk-2025-02.tsv stays: Feb 2025 is then counted in both.');
    expect(keptBesideText('dk-2025-02.tsv', null)).toBe('dk-2025-02.tsv stays: the period both cover is then counted in both.');
  });
});
