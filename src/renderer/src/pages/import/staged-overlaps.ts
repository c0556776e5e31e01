import type { ImportPreview, ImportStartRequest } from '../../../../shared/contract/imports';
import { statementsOverlap, type StatementSpan } from '../../../../shared/period/statement-overlap';
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
type PreviewStatement = ImportPreview['statements'][number];

/**
 * A file the Import button sends: checked, neither rejected nor already imported, and in strict
 * mode without a line that would get it refused. Such a file stays on the page, for Lenient.
 */
export function isImportable<T extends StagedStatements>(entry: T, mode: ImportStartRequest['mode']): entry is Sendable<T> {
  return entry.phase === 'checked' && entry.stagedId !== null && entry.preview?.status === 'ready' && !refusedInStrictMode(entry.preview, mode);
}

const sameContent = (a: PreviewStatement, b: PreviewStatement) => a.sha256 !== undefined && a.sha256 === b.sha256;

/** A statement with a span, which the overlap rule reads: a DDEX report file has none, as it overlaps nothing. */
const spanned = (statement: PreviewStatement): statement is Extract<PreviewStatement, StatementSpan> => 'formatId' in statement;

/** A statement in both files is the same one, imported once: only different statements of one period overlap. */
function sharesPeriod(a: ImportPreview, b: ImportPreview): boolean {
  const theirs = b.statements.filter(spanned);
  return a.statements.filter(spanned).some((mine) => theirs.some((other) => !sameContent(mine, other) && statementsOverlap(mine, other)));
}

/**
 * Every statement of `a` shares a period with another statement of `b`: importing `b` as a
 * replacement would replace all of `a`. A file with a statement that overlaps nothing (a DDEX
 * report file) is never covered.
 */
export function coveredBy(a: ImportPreview, b: ImportPreview): boolean {
  const theirs = b.statements.filter(spanned);
  return a.statements.length > 0 && a.statements.every((mine) => spanned(mine) && theirs.some((other) => !sameContent(mine, other) && statementsOverlap(mine, other)));
}

/**
 * Files whose every statement is already in a file above that will be sent (the same file picked
 * twice, or beside a zip holding it), by entry key, with the files above that hold them. The
 * importer would find such a file a duplicate once the first is in: it is not sent, and not asked
 * about the first.
 */
export function stagedTwice(entries: readonly StagedStatements[], mode: ImportStartRequest['mode']): Map<string, StagedAbove[]> {
  const twice = new Map<string, StagedAbove[]>();
  const holders = new Map<string, StagedAbove>();
  for (const entry of entries) {
    if (!isImportable(entry, mode)) continue;
    const contents = entry.preview.statements.map((statement) => statement.sha256);
    const above = contents.map((sha256) => (sha256 === undefined ? undefined : holders.get(sha256)));
    if (contents.length > 0 && above.every((holder) => holder !== undefined)) {
      twice.set(entry.key, above.filter((holder, index) => above.indexOf(holder) === index));
      continue;
    }
    const holder = { key: entry.key, fileName: entry.fileName };
    for (const sha256 of contents) if (sha256 !== undefined && !holders.has(sha256)) holders.set(sha256, holder);
  }
  return twice;
}

/** A statement of a zip or a workbook that a file above already holds: the importer finds it a duplicate. */
export interface StatementHeldAbove {
  /** Its name inside its file ("q1/march.tsv", a sheet's name); '' when the preview did not say. */
  part: string;
  holder: StagedAbove;
}

/**
 * Files that will be sent though some, not all, of their statements are in a file above that will
 * be sent (a file picked, then a zip holding it), by entry key: those statements are not imported
 * again, and the card says which. A file all of whose statements are above is `stagedTwice`.
 */
export function statementsHeldAbove(entries: readonly StagedStatements[], mode: ImportStartRequest['mode']): Map<string, StatementHeldAbove[]> {
  const held = new Map<string, StatementHeldAbove[]>();
  const twice = stagedTwice(entries, mode);
  const holders = new Map<string, StagedAbove>();
  for (const entry of entries) {
    if (!isImportable(entry, mode) || twice.has(entry.key)) continue;
    const mine: StatementHeldAbove[] = [];
    for (const statement of entry.preview.statements) {
      const holder = statement.sha256 === undefined ? undefined : holders.get(statement.sha256);
      // The same statement twice in one zip is the importer's to tell; the card speaks of files above.
      if (holder && holder.key !== entry.key) mine.push({ part: statement.part ?? '', holder });
      else if (statement.sha256 !== undefined && !holder) holders.set(statement.sha256, { key: entry.key, fileName: entry.fileName });
    }
    if (mine.length > 0) held.set(entry.key, mine);
  }
  return held;
}

/** The files the Import button sends, in the order they are imported. */
export function sendableEntries<T extends StagedStatements>(entries: readonly T[], mode: ImportStartRequest['mode']): Sendable<T>[] {
  const twice = stagedTwice(entries, mode);
  return entries.filter((entry): entry is Sendable<T> => isImportable(entry, mode) && !twice.has(entry.key));
}

function questionId(earlier: ImportPreview['overlaps'], staged: StagedAbove[]): string {
  return [...earlier.map((overlap) => `import:${overlap.importId}`), ...staged.map((above) => `staged:${above.key}`)].join(' ');
}

/**
 * The overlap question of each staged file that has one, by entry key. Each file's dry run saw
 * only the store, so files picked together are compared here, with the importer's own rule: the
 * files are imported in the order listed, and one meets those above it that will be sent as an
 * earlier import. A file still being checked, rejected, already imported or to be refused in
 * strict mode is not sent and meets no one, nor is one whose statements a file above holds
 * (`stagedTwice`); a file whose preview is ready is asked while it is checked again, as its card shows.
 */
export function overlapQuestions(entries: readonly StagedStatements[], mode: ImportStartRequest['mode']): Map<string, OverlapQuestion> {
  const questions = new Map<string, OverlapQuestion>();
  const twice = stagedTwice(entries, mode);
  entries.forEach((entry, index) => {
    const preview = entry.preview;
    if (preview?.status !== 'ready' || refusedInStrictMode(preview, mode) || twice.has(entry.key)) return;
    const staged = entries
      .slice(0, index)
      .filter((above): above is Sendable<StagedStatements> => isImportable(above, mode) && !twice.has(above.key))
      .filter((above) => sharesPeriod(preview, above.preview))
      .map(({ key, fileName }) => ({ key, fileName }));
    const earlier = preview.overlaps;
    if (earlier.length > 0 || staged.length > 0) questions.set(entry.key, { id: questionId(earlier, staged), earlier, staged });
  });
  return questions;
}
