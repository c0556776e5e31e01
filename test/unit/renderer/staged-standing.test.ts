import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../src/shared/contract/imports';
import { filterChoices, shownBy, stagedStanding, standingCounts, type FilteredFile } from '../../../src/renderer/src/pages/import/staged-standing';
import type { OverlapQuestion, StagedStatements } from '../../../src/renderer/src/pages/import/staged-overlaps';

function preview(overrides: Partial<ImportPreview> = {}): ImportPreview {
  return {
    stagedId: 's', fileName: 'statement.tsv', status: 'ready', message: '', format: 'DistroKid', variant: '13-column', encoding: 'utf-8',
    lines: 2, importable: 2, rejected: 0, quantity: 5, amounts: {}, saleFrom: null, saleTo: null, reportingFrom: null, reportingTo: null,
    sample: [], problems: [], unknownColumns: [], overlaps: [], statements: [], warnings: [], ...overrides,
  };
}

type Entry = StagedStatements & { overlapAnswer: null | { choice: 'skip' | 'replace' | 'keepBoth'; questionId: string; keep: number[] } };

function entry(phase: StagedStatements['phase'], overrides: Partial<ImportPreview> | null = {}): Entry {
  return { key: 'k', fileName: 'march.tsv', phase, stagedId: 'staged', preview: overrides === null ? null : preview(overrides), overlapAnswer: null };
}

const QUESTION: OverlapQuestion = { id: 'staged:k0', earlier: [], staged: [{ key: 'k0', fileName: 'march.tsv' }] };

describe('where a staged file stands', () => {
  it('reads as its card’s badge: working, refused, already imported, strict, picked twice, waiting, ready', () => {
    const standing = (of: Entry, more: { question?: OverlapQuestion; twice?: boolean; mode?: 'lenient' | 'strict' } = {}) =>
      stagedStanding({ entry: of, question: more.question, sameAs: more.twice ? [{ key: 'k0', fileName: 'march.tsv' }] : undefined, mode: more.mode ?? 'lenient' });
    expect(standing(entry('uploading', null))).toBe('working');
    // Checked again after a change: it is being checked, whatever its last preview said.
    expect(standing(entry('checking'))).toBe('working');
    expect(standing(entry('failed', null))).toBe('refused');
    expect(standing(entry('checked', { status: 'rejected' }))).toBe('refused');
    expect(standing(entry('checked', { status: 'duplicate' }))).toBe('imported');
    expect(standing(entry('checked', { rejected: 1 }), { mode: 'strict' })).toBe('strict');
    expect(standing(entry('checked', { rejected: 1 }))).toBe('ready');
    expect(standing(entry('checked'), { twice: true })).toBe('twice');
    expect(standing(entry('checked'), { question: QUESTION })).toBe('answer');
    const answered = { ...entry('checked'), overlapAnswer: { choice: 'keepBoth' as const, questionId: QUESTION.id, keep: [] } };
    expect(standing(answered, { question: QUESTION })).toBe('ready');
  });
});

describe('the filters over many cards', () => {
  const files: FilteredFile[] = [
    { key: 'a', standing: 'ready', warned: false },
    { key: 'b', standing: 'ready', warned: true },
    { key: 'c', standing: 'answer', warned: false },
    { key: 'd', standing: 'twice', warned: false },
    { key: 'e', standing: 'twice', warned: false },
    { key: 'f', standing: 'refused', warned: true },
    { key: 'g', standing: 'working', warned: false },
  ];

  it('offers All and each filter that shows a card, with its count, in the order a pile is worked through', () => {
    expect(filterChoices(files, 'all').map((choice) => choice.label)).toEqual([
      'All (7)', 'Needs an answer (1)', 'Ready (2)', 'Picked twice (2)', 'Rejected or failed (1)', 'Warnings (2)',
    ]);
  });

  it('keeps offering the filter chosen when it has no card left', () => {
    const answered = files.map((file) => (file.standing === 'answer' ? { ...file, standing: 'ready' as const } : file));
    expect(filterChoices(answered, 'answer').map((choice) => choice.label)).toContain('Needs an answer (0)');
    expect(filterChoices(answered, 'all').map((choice) => choice.label)).not.toContain('Needs an answer (0)');
  });

  it('shows under a filter the cards of its standing, or with a warning, and under All every card', () => {
    const shown = (filter: Parameters<typeof shownBy>[0]) => files.filter((file) => shownBy(filter, file)).map((file) => file.key);
    expect(shown('all')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(shown('twice')).toEqual(['d', 'e']);
    expect(shown('warnings')).toEqual(['b', 'f']);
    expect(shown('imported')).toEqual([]);
  });

  it('counts the files of each standing', () => {
    expect(standingCounts(files)).toEqual({ working: 1, answer: 1, ready: 2, twice: 2, replaced: 0, imported: 0, strict: 0, refused: 1 });
  });
});
