import type { OverlapChoice } from '../../../../shared/contract/imports';
import type { OverlapQuestion } from './staged-overlaps';

/** The user's answer to a file's overlap question, and which question it answered (`OverlapQuestion.id`). */
export interface OverlapAnswer {
  choice: OverlapChoice;
  questionId: string;
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

/** The file covers a period an earlier import or a file above it covers, and the user has not said what to do. */
export function awaitsOverlapAnswer(question: OverlapQuestion | undefined, answer: OverlapAnswer | null): boolean {
  return question !== undefined && answerTo(question, answer) === null;
}

/** Why the Import button waits for the files it would send, or null when it need not. */
export function overlapsToAnswerText(sending: readonly AnsweredEntry[], questions: ReadonlyMap<string, OverlapQuestion>): string | null {
  const waiting = sending.flatMap((entry) => {
    const question = questions.get(entry.key);
    return question && awaitsOverlapAnswer(question, entry.overlapAnswer) ? [question] : [];
  });
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
