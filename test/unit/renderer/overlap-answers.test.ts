import { describe, expect, it } from 'vitest';
import type { OverlapChoice } from '../../../src/shared/contract/imports';
import {
  answerTo, awaitsOverlapAnswer, overlapChoiceSent, overlapsToAnswerText, replacedImportsSent,
} from '../../../src/renderer/src/pages/import/overlap-answers';
import type { OverlapQuestion } from '../../../src/renderer/src/pages/import/staged-overlaps';

const FEBRUARY = { importId: 4, fileName: 'feb.tsv', importedAt: '2024-04-06T10:00:00.000Z', saleFrom: '2024-02-01', saleTo: '2024-02-29', imported: 2, amounts: { USD: '3.75' } };

/** About an earlier import in the store. */
const STORED: OverlapQuestion = { id: 'import:4', earlier: [FEBRUARY], staged: [] };
/** About a file picked with it, listed above it. */
const ABOVE: OverlapQuestion = { id: 'staged:a', earlier: [], staged: [{ key: 'a', fileName: 'march.csv' }] };

const answer = (choice: OverlapChoice, question: OverlapQuestion, keep: number[] = []) => ({ choice, questionId: question.id, keep });

describe('the answer to the overlap question', () => {
  it('counts only for the question it answered: one given before a file above was removed or changed is none', () => {
    expect(answerTo(STORED, answer('replace', STORED))).toBe('replace');
    expect(answerTo(ABOVE, answer('replace', STORED))).toBeNull();
    expect(answerTo(undefined, answer('keepBoth', STORED))).toBeNull();
  });

  it('waits for an answer only where the file is asked and has not answered that question', () => {
    expect(awaitsOverlapAnswer(STORED, null)).toBe(true);
    expect(awaitsOverlapAnswer(STORED, answer('replace', STORED))).toBe(false);
    expect(awaitsOverlapAnswer(ABOVE, answer('replace', STORED))).toBe(true);
    expect(awaitsOverlapAnswer(undefined, null)).toBe(false);
  });

  it('holds the Import button back with the number of files still to answer, saying what they overlap', () => {
    const questions = new Map([['stored', STORED], ['stored-2', STORED], ['above', ABOVE]]);
    const entry = (key: string, overlapAnswer: ReturnType<typeof answer> | null = null) => ({ key, overlapAnswer });
    expect(overlapsToAnswerText([entry('alone'), entry('stored', answer('skip', STORED))], questions)).toBeNull();
    expect(overlapsToAnswerText([entry('alone'), entry('stored'), entry('stored-2', answer('keepBoth', STORED))], questions)).toBe(
      'Choose what to do with 1 statement that covers an imported period',
    );
    expect(overlapsToAnswerText([entry('stored'), entry('stored-2')], questions)).toBe('Choose what to do with 2 statements that cover imported periods');
    expect(overlapsToAnswerText([entry('stored', answer('skip', STORED)), entry('above')], questions)).toBe(
      'Choose what to do with 1 statement that covers the same period as another',
    );
    expect(overlapsToAnswerText([entry('stored'), entry('above', answer('skip', STORED))], questions)).toBe(
      'Choose what to do with 2 statements that cover the same periods as others',
    );
  });

  it('sends the answer to the question asked, and skip for a file asked nothing', () => {
    expect(overlapChoiceSent(STORED, answer('replace', STORED))).toBe('replace');
    expect(overlapChoiceSent(ABOVE, answer('keepBoth', ABOVE))).toBe('keepBoth');
    expect(overlapChoiceSent(undefined, null)).toBe('skip');
    // The file above it was removed: no question is left, and the answer about it is not sent.
    expect(overlapChoiceSent(undefined, answer('keepBoth', ABOVE))).toBe('skip');
  });
});

describe('which earlier imports Replace replaces', () => {
  const MARCH = { ...FEBRUARY, importId: 5, fileName: 'march.tsv', saleFrom: '2024-03-01', saleTo: '2024-03-31' };
  /** A quarter statement over two earlier imports, and a file above it. */
  const TWO: OverlapQuestion = { id: 'import:4 import:5 staged:a', earlier: [FEBRUARY, MARCH], staged: [{ key: 'a', fileName: 'q1-draft.csv' }] };

  it('sends every earlier import named while all stay ticked, and only the ticked ones once some are unticked', () => {
    expect(replacedImportsSent(TWO, answer('replace', TWO))).toEqual([4, 5]);
    expect(replacedImportsSent(TWO, answer('replace', TWO, [4]))).toEqual([5]);
  });

  it('sends none for another answer, an answer to another question, or a question about files above alone', () => {
    expect(replacedImportsSent(TWO, answer('keepBoth', TWO, [4]))).toBeUndefined();
    expect(replacedImportsSent(TWO, answer('replace', STORED))).toBeUndefined();
    expect(replacedImportsSent(ABOVE, answer('replace', ABOVE))).toBeUndefined();
  });

  it('waits, saying why, while Replace has every earlier import unticked', () => {
    const noneTicked = answer('replace', TWO, [4, 5]);
    expect(awaitsOverlapAnswer(TWO, noneTicked)).toBe(true);
    expect(awaitsOverlapAnswer(TWO, answer('replace', TWO, [5]))).toBe(false);
    // Unticking means nothing under another answer.
    expect(awaitsOverlapAnswer(TWO, answer('skip', TWO, [4, 5]))).toBe(false);
    const questions = new Map([['quarter', TWO], ['stored', STORED]]);
    expect(overlapsToAnswerText([{ key: 'quarter', overlapAnswer: noneTicked }], questions)).toBe(
      'Tick at least one earlier import to replace for 1 statement, or choose another answer',
    );
    expect(overlapsToAnswerText([{ key: 'quarter', overlapAnswer: noneTicked }, { key: 'stored', overlapAnswer: null }], questions)).toBe(
      'Choose what to do with 1 statement that covers an imported period. Tick at least one earlier import to replace for 1 statement, or choose another answer',
    );
  });
});
