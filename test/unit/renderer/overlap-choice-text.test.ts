import { describe, expect, it } from 'vitest';
import { keepHint, othersText, replaceHint, skipHint } from '../../../src/renderer/src/pages/import/overlap-choice-text';

const eleven = Array.from({ length: 11 }, (_, index) => ({ importId: index + 1 }));

describe('the words beside the overlap question’s short choices', () => {
  it('counts the earlier imports, which the question lists once, and names one or two files above', () => {
    expect(othersText(1, [])).toBe('the earlier import');
    expect(othersText(11, [])).toBe('the 11 earlier imports');
    expect(othersText(0, ['march.tsv'])).toBe('march.tsv');
    expect(othersText(1, ['march.tsv'])).toBe('the earlier import and march.tsv');
    expect(othersText(2, ['a.tsv', 'b.tsv'])).toBe('the 2 earlier imports, a.tsv and b.tsv');
    expect(othersText(0, ['a.tsv', 'b.tsv', 'c.tsv'])).toBe('the 3 files above it');
  });

  it('says what skipping keeps and what keeping adds to, without a name eleven times over', () => {
    expect(skipHint(11, [])).toBe('keep the 11 earlier imports instead');
    expect(keepHint(1, [])).toBe('for a statement that adds to the earlier one');
    expect(keepHint(0, ['april.tsv'])).toBe('for a statement that adds to the earlier one');
    expect(keepHint(1, ['march.tsv'])).toBe('this file, the earlier import and march.tsv, for statements that add to one another');
    expect(keepHint(11, [])).toBe('this file and the 11 earlier imports, for statements that add to one another');
  });

  it('counts under Replace the earlier imports ticked, once some are left unticked', () => {
    expect(replaceHint(eleven, [], [])).toBe('for a corrected statement, in place of the 11 earlier imports');
    expect(replaceHint(eleven, [], [3, 4])).toBe('for a corrected statement, in place of 9 of the 11 earlier imports (those ticked below)');
    expect(replaceHint(eleven.slice(0, 2), ['april.tsv'], [1])).toBe(
      'for a corrected statement, in place of 1 of the 2 earlier imports (those ticked below) and april.tsv',
    );
    // None ticked: the card asks for a tick, and the hint stays the plain question.
    expect(replaceHint(eleven.slice(0, 2), [], [1, 2])).toBe('for a corrected statement, in place of the 2 earlier imports');
  });
});
