import type { ImportStartRequest } from '../../../../shared/contract/imports';
import { awaitsOverlapAnswer, type OverlapAnswer } from './overlap-answers';
import type { OverlapQuestion, StagedAbove, StagedStatements } from './staged-overlaps';
import { refusedInStrictMode } from './strict-refusal';

/**
 * Where a staged file stands, as its badge says it: still being uploaded or checked, waiting for an
 * overlap answer, ready, picked twice, already imported, to be refused in strict mode, or
 * rejected (or not checked at all, its upload or check having failed).
 */
export type StagedStanding = 'working' | 'answer' | 'ready' | 'twice' | 'replaced' | 'imported' | 'strict' | 'refused';

/** What a file's standing is read from: its check, its overlap question and answer, the files above holding it. */
interface StandingOf {
  entry: StagedStatements & { overlapAnswer: OverlapAnswer | null };
  question: OverlapQuestion | undefined;
  sameAs: StagedAbove[] | undefined;
  /** The file below that replaces this one whole, when the user chose Replace there. */
  replacedBy?: StagedAbove | undefined;
  mode: ImportStartRequest['mode'];
}

export function stagedStanding({ entry, question, sameAs, replacedBy, mode }: StandingOf): StagedStanding {
  if (entry.phase === 'uploading' || entry.phase === 'checking') return 'working';
  const { preview } = entry;
  if (entry.phase === 'failed' || !preview || preview.status === 'rejected') return 'refused';
  if (preview.status === 'duplicate') return 'imported';
  if (refusedInStrictMode(preview, mode)) return 'strict';
  if (sameAs) return 'twice';
  if (replacedBy) return 'replaced';
  // In either mode: Import waits for the answer, so the file is not ready until it is given.
  return awaitsOverlapAnswer(question, entry.overlapAnswer) ? 'answer' : 'ready';
}

/** A staged file as the filters read it: its standing, and whether its card shows a warning. */
export interface FilteredFile {
  key: string;
  standing: StagedStanding;
  warned: boolean;
}

/** Which cards the list shows: all of them, those of one standing, or those with a warning. */
export type StagedFilter = 'all' | Exclude<StagedStanding, 'working'> | 'warnings';

/** In the order a label works through a pile of statements: what blocks Import first, what it can drop last. */
const FILTER_LABELS: [StagedFilter, string][] = [
  ['answer', 'Needs an answer'],
  ['ready', 'Ready'],
  ['twice', 'Picked twice'],
  ['replaced', 'Replaced by a file below'],
  ['imported', 'Already imported'],
  ['strict', 'Refused in strict mode'],
  ['refused', 'Rejected or failed'],
  ['warnings', 'Warnings'],
];

export function shownBy(filter: StagedFilter, file: FilteredFile): boolean {
  if (filter === 'all') return true;
  return filter === 'warnings' ? file.warned : file.standing === filter;
}

export interface FilterChoice {
  value: StagedFilter;
  /** "Needs an answer (3)". */
  label: string;
  count: number;
}

/**
 * The filters worth offering: All, then each that shows at least one card. The filter chosen stays
 * offered when it has none left (the last answer given, the last copy removed), so the choice does
 * not vanish from under the user.
 */
export function filterChoices(files: readonly FilteredFile[], chosen: StagedFilter): FilterChoice[] {
  const choices: FilterChoice[] = [{ value: 'all', label: `All (${files.length})`, count: files.length }];
  for (const [value, name] of FILTER_LABELS) {
    const count = files.filter((file) => shownBy(value, file)).length;
    if (count > 0 || value === chosen) choices.push({ value, label: `${name} (${count})`, count });
  }
  return choices;
}

/** How many staged files stand each way. */
export function standingCounts(files: readonly FilteredFile[]): Record<StagedStanding, number> {
  const counts: Record<StagedStanding, number> = { working: 0, answer: 0, ready: 0, twice: 0, replaced: 0, imported: 0, strict: 0, refused: 0 };
  for (const file of files) counts[file.standing]++;
  return counts;
}
