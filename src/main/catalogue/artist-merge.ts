import type Database from 'better-sqlite3';
import type { ArtistMerged } from '../../shared/contract/catalogue-review';
import { WorkstationError } from '../../shared/contract/envelope';
import { rebuildRollups } from '../query/rollups/rollup-maintenance';
import { foldRecording } from './recording-review';

type CatalogueColumn = 'artist_id' | 'release_id' | 'recording_id';

/**
 * Moves the lines naming one id to another in the column, import by import through the import
 * index: statement_line has no index by catalogue id, so the imports come from the catalogue
 * rollup, which still names the old ids until the caller rebuilds the imports it is given.
 */
function moveLinesOf(db: Database.Database, column: CatalogueColumn, from: number, to: number, touched: Set<number>): number {
  const imports = db.prepare(`SELECT DISTINCT import_id FROM rollup_month_catalogue WHERE ${column} = ?`).pluck().all(from) as number[];
  const move = db.prepare(`UPDATE statement_line SET ${column} = ? WHERE import_id = ? AND ${column} = ?`);
  let moved = 0;
  for (const id of imports) {
    moved += move.run(to, id, from).changes;
    touched.add(id);
  }
  return moved;
}

interface Titled {
  id: number;
  code: string | null;
  title_key: string;
}

/**
 * Pairs of the merged artist's entries (recordings or releases) with the target's of the same
 * normalised title that are one: where either lacks a code (ISRC, UPC), the one without is folded
 * into the other; two different codes are two entries and stay so.
 */
function sameTitled(from: Titled[], into: Titled[]): { fold: number; into: number }[] {
  const byTitle = new Map<string, Titled[]>();
  for (const entry of into) byTitle.set(entry.title_key, [...(byTitle.get(entry.title_key) ?? []), entry]);
  const pairs: { fold: number; into: number }[] = [];
  const folded = new Set<number>();
  for (const entry of from) {
    const others = (byTitle.get(entry.title_key) ?? []).filter((other) => !folded.has(other.id));
    const other = entry.code === null ? (others.find((o) => o.code === null) ?? others[0]) : others.find((o) => o.code === null);
    if (!other) continue;
    folded.add(other.id);
    pairs.push(entry.code === null ? { fold: entry.id, into: other.id } : { fold: other.id, into: entry.id });
  }
  return pairs;
}

/**
 * Folds an artist into another, as a recording merge does: every line, recording and release of
 * the artist becomes the target's, a recording or release of the same title under both becomes
 * one, and the artist's name is kept as an alias so the next statement that spells it so lands
 * on the target. Lines only change hands, so every total is what it was. Like a recording
 * merge, it cannot be undone.
 */
export function mergeArtist(db: Database.Database, artistId: number, intoArtistId: number): ArtistMerged {
  if (artistId === intoArtistId) throw new WorkstationError('invalid_input', 'An artist cannot be merged into itself.');
  return db.transaction(() => {
    const from = db.prepare<[number], { name_key: string }>('SELECT name_key FROM artist WHERE id = ?').get(artistId);
    const into = db.prepare('SELECT 1 FROM artist WHERE id = ?').get(intoArtistId);
    if (!from || !into) throw new WorkstationError('not_found', 'That artist no longer exists.');
    const recordingsOf = db.prepare<[number], Titled>('SELECT id, isrc AS code, title_key FROM recording WHERE artist_id = ?');
    const releasesOf = db.prepare<[number], Titled>('SELECT id, upc AS code, title_key FROM release WHERE artist_id = ?');
    const recordings = sameTitled(recordingsOf.all(artistId), recordingsOf.all(intoArtistId));
    const releases = sameTitled(releasesOf.all(artistId), releasesOf.all(intoArtistId));

    const touched = new Set<number>();
    const movedLines = moveLinesOf(db, 'artist_id', artistId, intoArtistId, touched);
    for (const pair of recordings) moveLinesOf(db, 'recording_id', pair.fold, pair.into, touched);
    for (const pair of releases) moveLinesOf(db, 'release_id', pair.fold, pair.into, touched);
    rebuildRollups(db, [...touched]);

    for (const pair of recordings) foldRecording(db, pair.fold, pair.into);
    for (const pair of releases) {
      db.prepare('INSERT OR IGNORE INTO release_recording (release_id, recording_id) SELECT ?, recording_id FROM release_recording WHERE release_id = ?').run(pair.into, pair.fold);
      db.prepare('DELETE FROM release_recording WHERE release_id = ?').run(pair.fold);
      db.prepare('DELETE FROM release WHERE id = ?').run(pair.fold);
    }
    db.prepare('UPDATE recording SET artist_id = ? WHERE artist_id = ?').run(intoArtistId, artistId);
    db.prepare('UPDATE release SET artist_id = ? WHERE artist_id = ?').run(intoArtistId, artistId);
    db.prepare('UPDATE artist_alias SET artist_id = ? WHERE artist_id = ?').run(intoArtistId, artistId);
    db.prepare('DELETE FROM artist WHERE id = ?').run(artistId);
    db.prepare('INSERT OR REPLACE INTO artist_alias (name_key, artist_id) VALUES (?, ?)').run(from.name_key, intoArtistId);
    return { movedLines, mergedRecordings: recordings.length, mergedReleases: releases.length };
  })();
}
