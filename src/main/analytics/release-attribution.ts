import type Database from 'better-sqlite3';

/**
 * Many statements name a recording but no release on streaming lines. A recording that sits on
 * exactly one release is that release's sale; one on several (a single and its album) cannot be
 * told apart, and its release-less lines stay unattributed.
 */
export class ReleaseAttribution {
  private readonly soleRelease: Map<number, number>;

  constructor(db: Database.Database) {
    const rows = db
      .prepare<[], { recording_id: number; release_id: number }>(
        'SELECT recording_id, MIN(release_id) AS release_id FROM release_recording GROUP BY recording_id HAVING COUNT(*) = 1',
      )
      .all();
    this.soleRelease = new Map(rows.map((r) => [r.recording_id, r.release_id]));
  }

  releaseOf(releaseId: number | null, recordingId: number | null): number | null {
    if (releaseId !== null) return releaseId;
    return recordingId === null ? null : (this.soleRelease.get(recordingId) ?? null);
  }

  /** The recordings whose release-less lines count as one of `releases`. */
  recordingsOf(releases: ReadonlySet<number>): number[] {
    return [...this.soleRelease].filter(([, release]) => releases.has(release)).map(([recording]) => recording);
  }
}
