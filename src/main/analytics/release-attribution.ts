import type Database from 'better-sqlite3';

/**
 * Many statements name a recording but no release on streaming lines. A recording that sits on
 * exactly one release is that release's sale; one on several (a single and its album) cannot be
 * told apart, and its release-less lines stay unattributed.
 */
export class ReleaseAttribution {
  private readonly soleRelease: Map<number, number>;

  constructor(db: Database.Database) {
    // Counted here rather than grouped in SQL: the table's order is by release, so grouping by recording sorts it.
    const releases = new Map<number, number | null>();
    for (const [recording, release] of db.prepare('SELECT recording_id, release_id FROM release_recording').raw(true).iterate() as Iterable<[number, number]>) {
      releases.set(recording, releases.has(recording) ? null : release);
    }
    this.soleRelease = new Map([...releases].filter((entry): entry is [number, number] => entry[1] !== null));
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
