import type { OverlapChoice } from '../../../../shared/contract/imports';
import type { OverlapQuestion } from './staged-overlaps';

/** The user's answer to a file's overlap question, and which question it answered (`OverlapQuestion.id`). */
export interface OverlapAnswer {
  choice: OverlapChoice;
  questionId: string;
  /** Under Replace, the earlier imports the user unticked: they stay. Every one is ticked at first. */
  keep: number[];
}

/** What the Import button needs to know of a file it would send. */
interface AnsweredEntry {
  key: string;
  overlapAnswer: OverlapAnswer | null;
}

/** The answer to the question the file is asked now: one given to another question is none. */
export function answerTo(question: OverlapQuestion | undefined, answer: OverlapAnswer | null): OverlapChoice | null {
  return question !== undefined && answer?.questionId === question.id ? answer.choice : null;
}

/** The earlier imports the file's answer keeps under Replace; none but those unticked for this very question. */
export function keptUnderReplace(question: OverlapQuestion | undefined, answer: OverlapAnswer | null): number[] {
  return answerTo(question, answer) === 'replace' ? answer!.keep : [];
}

/** Replace was chosen with every earlier import unticked: it would replace nothing the user named. */
function replacesNone(question: OverlapQuestion | undefined, answer: OverlapAnswer | null): boolean {
  const kept = keptUnderReplace(question, answer);
  return question !== undefined && question.earlier.length > 0 && question.earlier.every((overlap) => kept.includes(overlap.importId));
}

/** The file covers a period an earlier import or a file above it covers, and the user has not said what to do (or what to replace). */
export function awaitsOverlapAnswer(question: OverlapQuestion | undefined, answer: OverlapAnswer | null): boolean {
  return question !== undefined && (answerTo(question, answer) === null || replacesNone(question, answer));
}

function unansweredText(waiting: OverlapQuestion[]): string | null {
  const count = waiting.length;
  if (count === 0) return null;
  if (waiting.every((question) => question.staged.length === 0)) {
    return count === 1
      ? 'Choose what to do with 1 statement that covers an imported period'
      : `Choose what to do with ${count} statements that cover imported periods`;
  }
  return count === 1
    ? 'Choose what to do with 1 statement that covers the same period as another'
    : `Choose what to do with ${count} statements that cover the same periods as others`;
}

/** Why the Import button waits for the files it would send, or null when it need not. */
export function overlapsToAnswerText(sending: readonly AnsweredEntry[], questions: ReadonlyMap<string, OverlapQuestion>): string | null {
  const asked = sending.flatMap((entry) => {
    const question = questions.get(entry.key);
    return question && awaitsOverlapAnswer(question, entry.overlapAnswer) ? [{ question, answer: entry.overlapAnswer }] : [];
  });
  const unanswered = unansweredText(asked.filter(({ question, answer }) => answerTo(question, answer) === null).map(({ question }) => question));
  const noneTicked = asked.filter(({ question, answer }) => answerTo(question, answer) !== null).length;
  const tickText =
    noneTicked === 0
      ? null
      : `Tick at least one earlier import to replace for ${noneTicked === 1 ? '1 statement' : `${noneTicked} statements`}, or choose another answer`;
  return [unanswered, tickText].filter(Boolean).join('. ') || null;
}

/**
 * The choice sent with a file. A file that is asked nothing is sent as 'skip': an overlap the
 * core meets at import time then comes from an import committed since its preview (the drop
 * folder), which the user was never asked about. Skipping doubles nothing and loses nothing: the
 * summary says which import already covers the period, and the file can be picked again to
 * replace it.
 */
export function overlapChoiceSent(question: OverlapQuestion | undefined, answer: OverlapAnswer | null): OverlapChoice {
  return answerTo(question, answer) ?? 'skip';
}

/**
 * Under Replace, the earlier imports to replace: those the card named and left ticked, checked by
 * the core against the file's preview. Absent when it names none (only files above it).
 */
export function replacedImportsSent(question: OverlapQuestion | undefined, answer: OverlapAnswer | null): number[] | undefined {
  if (question === undefined || answerTo(question, answer) !== 'replace' || question.earlier.length === 0) return undefined;
  const kept = keptUnderReplace(question, answer);
  return question.earlier.map((overlap) => overlap.importId).filter((importId) => !kept.includes(importId));
}
