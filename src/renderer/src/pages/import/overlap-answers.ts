import type { ImportPreview, OverlapChoice } from '../../../../shared/contract/imports';

/** What the overlap question needs to know of a staged file. */
interface OverlapAnswer {
  preview: ImportPreview | null;
  onOverlap: OverlapChoice | null;
}

/** The file covers a period an earlier import already does, and the user has not said what to do. */
export function awaitsOverlapAnswer(entry: OverlapAnswer): boolean {
  return entry.onOverlap === null && (entry.preview?.overlaps.length ?? 0) > 0;
}

/** Why the Import button waits for the files it would send, or null when it need not. */
export function overlapsToAnswerText(sending: readonly OverlapAnswer[]): string | null {
  const count = sending.filter(awaitsOverlapAnswer).length;
  if (count === 0) return null;
  return count === 1
    ? 'Choose what to do with 1 statement that covers an imported period'
    : `Choose what to do with ${count} statements that cover imported periods`;
}

/**
 * The choice sent with a file. A file whose preview met no earlier import is sent as 'skip': an
 * overlap the core meets at import time then comes from an import committed since the preview
 * (another file of the same batch, the drop folder), which the user was never asked about.
 * Skipping doubles nothing and loses nothing: the summary says which import already covers the
 * period, and the file can be picked again to replace it.
 */
export function overlapChoiceSent(entry: OverlapAnswer): OverlapChoice {
  return entry.onOverlap ?? 'skip';
}
