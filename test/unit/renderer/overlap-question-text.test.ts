import { describe, expect, it } from 'vitest';
import { keepAllHint, keepAllLabel, keptBesideText, overlapLegend, overlapTargets, replaceLabel } from '../../../src/renderer/src/pages/import/overlap-question-text';

describe('the words of the overlap question', () => {
  it('counts earlier imports and names the files imported first', () => {
    expect(overlapLegend(1, [])).toBe('Same period as an earlier import');
    expect(overlapLegend(2, [])).toBe('Same period as 2 earlier imports');
    expect(overlapLegend(0, ['royalties-march.csv'])).toBe('Same period as royalties-march.csv, which is imported first');
    expect(overlapLegend(0, ['a.csv', 'b.csv', 'c.csv'])).toBe('Same period as a.csv, b.csv and c.csv, which are imported first');
    expect(overlapLegend(1, ['royalties-march.csv'])).toBe('Same period as an earlier import and royalties-march.csv, which is imported first');
  });

  it('says what Replace would put the file in the place of, naming each when there are more than two statements', () => {
    expect(overlapTargets(['feb.tsv'], [])).toBe('the earlier import');
    expect(overlapTargets(['a.tsv', 'b.tsv', 'c.tsv'], [])).toBe('the earlier imports a.tsv, b.tsv and c.tsv');
    expect(overlapTargets([], ['april.tsv'])).toBe('april.tsv');
    expect(overlapTargets(['distrokid-legacy.tsv'], ['distrokid-truncated.tsv'])).toBe('the earlier import distrokid-legacy.tsv and distrokid-truncated.tsv');
    expect(overlapTargets(['a.tsv', 'b.tsv'], ['april.tsv', 'may.tsv'])).toBe('the earlier imports a.tsv and b.tsv, and april.tsv and may.tsv');
  });

  it('offers to keep them all for the real count of statements, naming each beyond two', () => {
    expect(keepAllLabel(['feb.tsv'], [])).toBe('Keep both');
    expect(keepAllHint(['feb.tsv'], [])).toBe('for a statement that adds to the earlier one');
    expect(keepAllLabel([], ['april.tsv'])).toBe('Keep both');
    expect(keepAllLabel(['distrokid-legacy.tsv'], ['distrokid-truncated.tsv'])).toBe('Keep all three');
    expect(keepAllHint(['distrokid-legacy.tsv'], ['distrokid-truncated.tsv'])).toBe(
      'this file, the earlier import distrokid-legacy.tsv and distrokid-truncated.tsv, for statements that add to one another',
    );
    expect(keepAllLabel(['a.tsv', 'b.tsv'], ['c.tsv'])).toBe('Keep all four');
    const eleven = Array.from({ length: 11 }, (_, index) => `m${index}.tsv`);
    expect(keepAllLabel(eleven, [])).toBe('Keep all 12');
  });
});

describe('Replace with some earlier imports unticked', () => {
  const earlier = [
    { importId: 1, fileName: 'dk-2025-01.tsv' },
    { importId: 2, fileName: 'dk-2025-02.tsv' },
    { importId: 3, fileName: 'dk-2025-03.tsv' },
  ];

  it('says what is replaced and what is kept, by name', () => {
    expect(replaceLabel(earlier.slice(0, 2), [], [])).toBe('Replace the earlier imports dk-2025-01.tsv and dk-2025-02.tsv');
    expect(replaceLabel(earlier.slice(0, 2), [], [2])).toBe('Replace the earlier import dk-2025-01.tsv, keep dk-2025-02.tsv');
    expect(replaceLabel(earlier, [], [3])).toBe('Replace the earlier imports dk-2025-01.tsv and dk-2025-02.tsv, keep dk-2025-03.tsv');
    expect(replaceLabel(earlier.slice(0, 2), ['march.tsv'], [1])).toBe('Replace the earlier import dk-2025-02.tsv and march.tsv, keep dk-2025-01.tsv');
  });

  it('with none ticked still asks the plain question: the card says to tick one', () => {
    expect(replaceLabel(earlier.slice(0, 2), [], [1, 2])).toBe('Replace the earlier imports dk-2025-01.tsv and dk-2025-02.tsv');
  });

  it('warns that a kept import’s period is counted twice', () => {
    expect(keptBesideText('dk-2025-02.tsv', 'Feb 2025')).toBe('dk-2025-02.tsv stays: Feb 2025 is then counted in both.');
    expect(keptBesideText('dk-2025-02.tsv', null)).toBe('dk-2025-02.tsv stays: the period both cover is then counted in both.');
  });
});
