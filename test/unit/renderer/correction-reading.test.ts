import { describe, expect, it } from 'vitest';
import { correctionsOf, readingParts } from '../../../src/renderer/src/pages/import/quarantine/correction-reading';

describe('correcting quarantined lines in the dialog', () => {
  it('sends only the lines edited since they opened, each as it now stands', () => {
    const lines = [
      { line: 3, reason: 'bad amount', raw: 'a\tb\t12,x3', tried: null },
      { line: 5, reason: 'bad amount', raw: 'a\tb\tn/a', tried: { text: 'a\tb\t1,5', reason: 'still a bad amount' } },
      { line: 9, reason: 'bad date', raw: 'a\t2024-13-01\t1', tried: { text: 'a\t2024-13-02\t1', reason: 'still a bad date' } },
    ];
    // Line 5 was edited back to where it opened (its last try): nothing to send for it.
    const edits = new Map([[9, 'a\t2024-12-01\t1'], [5, 'a\tb\t1,5']]);
    expect(correctionsOf(lines, edits)).toEqual([{ line: 9, text: 'a\t2024-12-01\t1' }]);
    expect(correctionsOf(lines, new Map())).toEqual([]);
  });

  it('shows a line as read in the preview\'s words, a dash for what it does not print', () => {
    const sample = { Line: '3', 'Sale period': '2024-01-01 – 2024-01-31', Platform: 'Deezer', Territory: 'ES', Title: '', Quantity: '20', Earned: '12.03000000 USD', ISRC: 'X' };
    expect(readingParts(sample)).toEqual([
      { label: 'Sale period', value: '2024-01-01 – 2024-01-31' },
      { label: 'Platform', value: 'Deezer' },
      { label: 'Territory', value: 'ES' },
      { label: 'Title', value: '—' },
      { label: 'Quantity', value: '20' },
      { label: 'Earned', value: '12.03000000 USD' },
    ]);
  });
});
