import { describe, expect, it } from 'vitest';
import type { ImportPreview, OverlapChoice } from '../../../src/shared/contract/imports';
import { awaitsOverlapAnswer, overlapChoiceSent, overlapsToAnswerText } from '../../../src/renderer/src/pages/import/overlap-answers';

const FEBRUARY = { importId: 4, fileName: 'feb.tsv', importedAt: '2024-04-06T10:00:00.000Z', saleFrom: '2024-02-01', saleTo: '2024-02-29' };

function preview(overlaps: ImportPreview['overlaps']): ImportPreview {
  return {
    stagedId: 's1', fileName: 'statement.tsv', status: 'ready', message: '', format: 'DistroKid', variant: '13-column', encoding: 'utf-8',
    lines: 2, importable: 2, rejected: 0, quantity: 5, amounts: {}, saleFrom: null, saleTo: null, reportingFrom: null, reportingTo: null,
    sample: [], problems: [], unknownColumns: [], overlaps, warnings: [],
  };
}

const overlapping = (onOverlap: OverlapChoice | null) => ({ preview: preview([FEBRUARY]), onOverlap });
const alone = (onOverlap: OverlapChoice | null = null) => ({ preview: preview([]), onOverlap });

describe('the question about an earlier import of the same period', () => {
  it('waits for an answer only where the preview met an earlier import and none was given', () => {
    expect(awaitsOverlapAnswer(overlapping(null))).toBe(true);
    expect(awaitsOverlapAnswer(overlapping('replace'))).toBe(false);
    expect(awaitsOverlapAnswer(alone())).toBe(false);
    expect(awaitsOverlapAnswer({ preview: null, onOverlap: null })).toBe(false);
  });

  it('holds the Import button back with the number of files still to answer', () => {
    expect(overlapsToAnswerText([alone(), overlapping('skip')])).toBeNull();
    expect(overlapsToAnswerText([alone(), overlapping(null), overlapping('keepBoth')])).toBe('Choose what to do with 1 statement that covers an imported period');
    expect(overlapsToAnswerText([overlapping(null), overlapping(null)])).toBe('Choose what to do with 2 statements that cover imported periods');
  });

  it('sends the answer given, and skip for a file that met no earlier import when it was checked', () => {
    expect(overlapChoiceSent(overlapping('replace'))).toBe('replace');
    expect(overlapChoiceSent(overlapping('keepBoth'))).toBe('keepBoth');
    expect(overlapChoiceSent(alone())).toBe('skip');
  });
});
