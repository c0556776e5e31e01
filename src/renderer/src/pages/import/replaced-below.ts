import type { ImportStartRequest } from '../../../../shared/contract/imports';
import { answerTo, type OverlapAnswer } from './overlap-answers';
import { coveredBy, isImportable, overlapQuestions, type StagedAbove, type StagedStatements } from './staged-overlaps';

/**
 * Files above that a file below them replaces in the same run, by the key of the file above, with
 * the file that replaces it: the user chose Replace on the file below, and its statements cover
 * every statement of the file above. Importing such a file only for the next one to take it out
 * again would count it in the summary and cost its import for nothing, so it is not sent. A file
 * above that the file below covers only in part is sent, and the part it covers is replaced.
 */
export function replacedBelow<T extends StagedStatements & { overlapAnswer: OverlapAnswer | null }>(
  entries: readonly T[],
  mode: ImportStartRequest['mode'],
): Map<string, StagedAbove> {
  const questions = overlapQuestions(entries, mode);
  const byKey = new Map(entries.map((entry) => [entry.key, entry]));
  const replaced = new Map<string, StagedAbove>();
  for (const entry of entries) {
    const question = questions.get(entry.key);
    if (!isImportable(entry, mode) || answerTo(question, entry.overlapAnswer) !== 'replace') continue;
    for (const { key } of question!.staged) {
      const above = byKey.get(key)?.preview;
      if (above && !replaced.has(key) && coveredBy(above, entry.preview)) replaced.set(key, { key: entry.key, fileName: entry.fileName });
    }
  }
  return replaced;
}
