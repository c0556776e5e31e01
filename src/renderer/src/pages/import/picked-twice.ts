import type { ImportStartRequest } from '../../../../shared/contract/imports';
import { stagedTwice, type StagedStatements } from './staged-overlaps';

/** A file Import did not send because a file sent with it holds its every statement. */
export interface PickedTwice {
  fileName: string;
  /** The files sent that hold its statements. */
  sameAs: string[];
}

/** The files of a run that are not sent as picked twice, so the summary accounts for them too. */
export function pickedTwiceOf(entries: readonly StagedStatements[], mode: ImportStartRequest['mode']): Map<string, PickedTwice> {
  const twice = stagedTwice(entries, mode);
  const picked = new Map<string, PickedTwice>();
  for (const entry of entries) {
    const above = twice.get(entry.key);
    if (above) picked.set(entry.key, { fileName: entry.fileName, sameAs: above.map((holder) => holder.fileName) });
  }
  return picked;
}

const listed = (names: readonly string[]) => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/**
 * The summary's sentence for a file picked twice. A cancelled run may have stopped before the
 * file holding the statement, so it then says only that this file was not sent.
 */
export function pickedTwiceText({ sameAs }: PickedTwice, cancelled: boolean): string {
  return cancelled ? `The same statement as ${listed(sameAs)}: not sent a second time.` : `The same statement as ${listed(sameAs)}, imported once.`;
}
