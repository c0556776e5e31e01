import { describe, expect, it } from 'vitest';
import { stagedSummary } from '../../../src/renderer/src/pages/import/staged-summary';

describe('the staged files counted in one line', () => {
  const none = { working: 0, answer: 0, ready: 0, twice: 0, replaced: 0, imported: 0, strict: 0, refused: 0 };

  it('counts every file somewhere, the rejected and the unchecked too', () => {
    const summary = stagedSummary({ total: 170, standing: { ...none, ready: 156, answer: 3, twice: 6, replaced: 1, refused: 4 }, notChecked: 0, holdingTwice: 0 });
    expect(summary).toEqual({ lead: '170 files, 156 ready to import', waiting: '3 waiting for an answer', rest: ', 6 picked twice, 1 replaced by a file below, 4 rejected' });
    const more = stagedSummary({ total: 9, standing: { ...none, ready: 1, imported: 2, refused: 3, strict: 1, working: 1 }, notChecked: 1, holdingTwice: 1 });
    expect(more).toEqual({
      lead: '9 files, 1 ready to import',
      waiting: null,
      rest: ', 1 holding a statement picked twice, 2 already imported, 2 rejected, 1 not checked, 1 to be refused in strict mode, 1 still being checked',
    });
  });

  it('says a single file as one', () => {
    expect(stagedSummary({ total: 1, standing: { ...none, ready: 1 }, notChecked: 0, holdingTwice: 0 }).lead).toBe('1 file, 1 ready to import');
  });
});
