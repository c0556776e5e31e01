import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../src/shared/contract/imports';
import type { StatementSpan } from '../../../src/shared/period/statement-overlap';
import type { OverlapAnswer } from '../../../src/renderer/src/pages/import/overlap-answers';
import { replacedBelow } from '../../../src/renderer/src/pages/import/replaced-below';
import { overlapQuestions, type StagedStatements } from '../../../src/renderer/src/pages/import/staged-overlaps';

/** A DistroKid statement of one sale month, reported on the 5th of the next. */
function month(saleMonth: number): StatementSpan {
  return { formatId: 'distrokid', saleFrom: saleMonth * 100 + 1, saleTo: saleMonth * 100 + 28, reportingFrom: (saleMonth + 1) * 100 + 5, reportingTo: (saleMonth + 1) * 100 + 5, basis: 'unknown', territories: null };
}

type Entry = StagedStatements & { overlapAnswer: OverlapAnswer | null };

function ready(fileName: string, statements: ImportPreview['statements']): Entry {
  const preview: ImportPreview = {
    stagedId: 's', fileName, status: 'ready', message: '', format: 'DistroKid', variant: '13-column', encoding: 'utf-8',
    lines: 2, importable: 2, rejected: 0, quantity: 5, amounts: {}, saleFrom: null, saleTo: null, reportingFrom: null, reportingTo: null,
    sample: [], problems: [], unknownColumns: [], overlaps: [], statements, warnings: [],
  };
  return { key: `key-${fileName}`, fileName, phase: 'checked', stagedId: `staged-${fileName}`, preview, overlapAnswer: null };
}

/** The entries with `fileName` answering its question as asked now. */
function answering(entries: Entry[], fileName: string, choice: OverlapAnswer['choice']): Entry[] {
  const question = overlapQuestions(entries, 'lenient').get(`key-${fileName}`)!;
  return entries.map((entry) => (entry.fileName === fileName ? { ...entry, overlapAnswer: { choice, questionId: question.id, keep: [] } } : entry));
}

describe('files above that a file below replaces whole', () => {
  it('are those the file below covers in every statement, once Replace is chosen there, named with it', () => {
    const entries = [ready('may.tsv', [month(202405)]), ready('june.tsv', [month(202406)]), ready('may-corrected.tsv', [month(202405)])];
    expect(replacedBelow(entries, 'lenient').size).toBe(0);
    expect([...replacedBelow(answering(entries, 'may-corrected.tsv', 'replace'), 'lenient')]).toEqual([['key-may.tsv', { key: 'key-may-corrected.tsv', fileName: 'may-corrected.tsv' }]]);
  });

  it('are none under Keep both or Skip', () => {
    const entries = [ready('may.tsv', [month(202405)]), ready('may-corrected.tsv', [month(202405)])];
    expect(replacedBelow(answering(entries, 'may-corrected.tsv', 'keepBoth'), 'lenient').size).toBe(0);
    expect(replacedBelow(answering(entries, 'may-corrected.tsv', 'skip'), 'lenient').size).toBe(0);
  });

  it('leave out a file above covered only in part: its other statements are still imported', () => {
    const entries = [ready('q2.zip', [month(202404), month(202405)]), ready('may-corrected.tsv', [month(202405)])];
    expect(replacedBelow(answering(entries, 'may-corrected.tsv', 'replace'), 'lenient').size).toBe(0);
  });
});
