import { describe, expect, it } from 'vitest';
import { overlapLegend, overlapTargets } from '../../../src/renderer/src/pages/import/overlap-question-text';

describe('the words of the overlap question', () => {
  it('counts earlier imports and names the files imported first', () => {
    expect(overlapLegend(1, [])).toBe('Same period as an earlier import');
    expect(overlapLegend(2, [])).toBe('Same period as 2 earlier imports');
    expect(overlapLegend(0, ['royalties-march.csv'])).toBe('Same period as royalties-march.csv, which is imported first');
    expect(overlapLegend(0, ['a.csv', 'b.csv', 'c.csv'])).toBe('Same period as a.csv, b.csv and c.csv, which are imported first');
    expect(overlapLegend(1, ['royalties-march.csv'])).toBe('Same period as an earlier import and royalties-march.csv, which is imported first');
  });

  it('says what Replace would put the file in the place of', () => {
    expect(overlapTargets(1, [])).toBe('the earlier import');
    expect(overlapTargets(3, [])).toBe('the 3 earlier imports');
    expect(overlapTargets(0, ['april.tsv'])).toBe('april.tsv');
    expect(overlapTargets(2, ['april.tsv', 'may.tsv'])).toBe('the 2 earlier imports, april.tsv and may.tsv');
  });
});
