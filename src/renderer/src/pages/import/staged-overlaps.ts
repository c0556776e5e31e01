import type { ImportPreview, ImportStartRequest } from '../../../../shared/contract/imports';
import { statementsOverlap } from '../../../../shared/period/statement-overlap';
import { refusedInStrictMode } from './strict-refusal';

/** What the overlap question reads of a staged file. */
export interface StagedStatements {
  key: string;
  fileName: string;
  phase: 'uploading' | 'checking' | 'checked' | 'failed';
  stagedId: string | null;
  preview: ImportPreview | null;
}

/** A file picked with another and listed above it: imported before it. */
export interface StagedAbove {
  key: string;
  fileName: string;
}

/**
 * What a staged file is asked: the earlier imports its preview met in the store, and the files
 * above it that cover the same period. `id` names all of them, so an answer given to another
 * question (before a file above was removed, or read as another layout or sheet) is not taken
 * for an answer to this one.
 */
export interface OverlapQuestion {
  id: string;
  earlier: ImportPreview['overlaps'];
  staged: StagedAbove[];
}

type Sendable<T extends StagedStatements> = T & { stagedId: string; preview: ImportPreview };

/**
 * A file the Import button sends: checked, neither rejected nor already imported, and in strict
 * mode without a line that would get it refused. Such a file stays on the page, for Lenient.
 */
export function isImportable<T extends StagedStatements>(entry: T, mode: ImportStartRequest['mode']): entry is Sendable<T> {
  return entry.phase === 'checked' && entry.stagedId !== null && entry.preview?.status === 'ready' && !refusedInStrictMode(entry.preview, mode);
}

function sharesPeriod(a: ImportPreview, b: ImportPreview): boolean {
  return a.statements.some((mine) => b.statements.some((theirs) => statementsOverlap(mine, theirs)));
}

function questionId(earlier: ImportPreview['overlaps'], staged: StagedAbove[]): string {
  return [...earlier.map((overlap) => `import:${overlap.importId}`), ...staged.map((above) => `staged:${above.key}`)].join(' ');
}

/**
 * The overlap question of each staged file that has one, by entry key. Each file's dry run saw
 * only the store, so files picked together are compared here, with the importer's own rule: the
 * files are imported in the order listed, and one meets those above it that will be sent as an
 * earlier import. A file still being checked, rejected, already imported or to be refused in
 * strict mode is not sent and meets no one; a file whose preview is ready is asked while it is
 * checked again, as its card shows.
 */
export function overlapQuestions(entries: readonly StagedStatements[], mode: ImportStartRequest['mode']): Map<string, OverlapQuestion> {
  const questions = new Map<string, OverlapQuestion>();
  entries.forEach((entry, index) => {
    const preview = entry.preview;
    if (preview?.status !== 'ready' || refusedInStrictMode(preview, mode)) return;
    const staged = entries
      .slice(0, index)
      .filter((above): above is Sendable<StagedStatements> => isImportable(above, mode))
      .filter((above) => sharesPeriod(preview, above.preview))
      .map(({ key, fileName }) => ({ key, fileName }));
    const earlier = preview.overlaps;
    if (earlier.length > 0 || staged.length > 0) questions.set(entry.key, { id: questionId(earlier, staged), earlier, staged });
  });
  return questions;
}
