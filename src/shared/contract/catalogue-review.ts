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
});
export type ArtistMerged = z.infer<typeof ArtistMerged>;
