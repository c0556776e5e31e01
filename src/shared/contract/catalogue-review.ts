import { z } from 'zod';
import { RecordingRef } from './imports';

/** A merge target found by the search: how close the typed name is, out of 100, and why in words. */
export const FoundRecording = RecordingRef.extend({
  /** Null for a recording whose title, artist or ISRC only contains the text typed. */
  scorePercent: z.number().int().nullable(),
  reason: z.string(),
});
export type FoundRecording = z.infer<typeof FoundRecording>;

export const ArtistMerged = z.object({
  /** Lines whose artist changed. */
  movedLines: z.number().int(),
  /** Recordings of the same title under both artists that became one (releases are counted apart). */
  mergedRecordings: z.number().int(),
  mergedReleases: z.number().int(),
  /** The merge in the history, for undoing it. */
  mergeId: z.number().int(),
});
export type ArtistMerged = z.infer<typeof ArtistMerged>;

export const MergeKind = z.enum(['recording', 'artist', 'platform']);
export type MergeKind = z.infer<typeof MergeKind>;

/** A merge as the history shows it. */
export const CatalogueMerge = z.object({
  mergeId: z.number().int(),
  kind: MergeKind,
  fromName: z.string(),
  intoName: z.string(),
  movedLines: z.number().int(),
  mergedAt: z.string(),
  undoneAt: z.string().nullable(),
  /** Why it cannot be undone now, in a sentence; null when it can. */
  cannotUndo: z.string().nullable(),
});
export type CatalogueMerge = z.infer<typeof CatalogueMerge>;

/** The newest merges asked for, and how many the history holds in all: a long history is read a page at a time. */
export const MergeHistory = z.object({ merges: z.array(CatalogueMerge), total: z.number().int() });
export type MergeHistory = z.infer<typeof MergeHistory>;

export const MergeUndone = z.object({
  fromName: z.string(),
  intoName: z.string(),
  /** Lines that named the merged one again. */
  movedLines: z.number().int(),
});
export type MergeUndone = z.infer<typeof MergeUndone>;

/** A recording under review and the recording it is to be folded into. */
export const RecordingPairing = z.object({ recordingId: z.number().int(), intoRecordingId: z.number().int() }).strict();
export type RecordingPairing = z.infer<typeof RecordingPairing>;

/** As many merges as one request may ask for: far more than a queue's exact matches. */
export const MOST_MERGES_AT_ONCE = 10_000;

/** What merging many recordings did: each merge, undoable alone, and the entries left as they were. */
export const RecordingsMerged = z.object({
  merged: z.array(RecordingPairing.extend({ mergeId: z.number().int(), movedLines: z.number().int() })),
  /** Entries decided or gone since the list was made, each with why, in a sentence. */
  skipped: z.array(z.object({ recordingId: z.number().int(), reason: z.string() })),
});
export type RecordingsMerged = z.infer<typeof RecordingsMerged>;

/** What undoing many merges did. */
export const ManyMergesUndone = z.object({
  undone: z.number().int(),
  /** Lines that named the merged recordings, artists or platforms again. */
  movedLines: z.number().int(),
  /** Merges of the list undone before, one at a time. */
  alreadyUndone: z.number().int(),
});
export type ManyMergesUndone = z.infer<typeof ManyMergesUndone>;
