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

export const MergeUndone = z.object({
  fromName: z.string(),
  intoName: z.string(),
  /** Lines that named the merged one again. */
  movedLines: z.number().int(),
});
export type MergeUndone = z.infer<typeof MergeUndone>;
