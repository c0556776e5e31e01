import type Database from 'better-sqlite3';
import type { ArtistMerged } from '../../shared/contract/catalogue-review';
import { WorkstationError } from '../../shared/contract/envelope';
import { readingsOf } from './merge-undo/catalogue-rows';
import { beginMerge, entityOf } from './merge-undo/merge-journal';
import { foldRecording } from './recording-review';
import { mainArtistKey } from './title-matching';

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
 * on the target. Lines only change hands, so every total is what it was. The merge is kept so it
 * can be undone; every recording and release of either artist is one of its ids, as a later
 * merge of any of them builds on it.
 */
export function mergeArtist(db: Database.Database, artistId: number, intoArtistId: number): ArtistMerged {
  if (artistId === intoArtistId) throw new WorkstationError('invalid_input', 'An artist cannot be merged into itself.');
  return db.transaction(() => {
    const nameOf = db.prepare<[number], { name: string; name_key: string }>('SELECT name, name_key FROM artist WHERE id = ?');
    const from = nameOf.get(artistId);
    const into = nameOf.get(intoArtistId);
    if (!from || !into) throw new WorkstationError('not_found', 'That artist no longer exists.');
    const recordingsOf = db.prepare<[number], Titled>('SELECT id, isrc AS code, title_key FROM recording WHERE artist_id = ?');
    const releasesOf = db.prepare<[number], Titled>('SELECT id, upc AS code, title_key FROM release WHERE artist_id = ?');
    const [fromRecordings, intoRecordings] = [recordingsOf.all(artistId), recordingsOf.all(intoArtistId)];
    const [fromReleases, intoReleases] = [releasesOf.all(artistId), releasesOf.all(intoArtistId)];
    const recordings = sameTitled(fromRecordings, intoRecordings);
    const releases = sameTitled(fromReleases, intoReleases);

    const both = [artistId, intoArtistId];
    const recordingIds = JSON.stringify([...fromRecordings, ...intoRecordings].map((r) => r.id));
    const releaseIds = JSON.stringify([...fromReleases, ...intoReleases].map((r) => r.id));
    const merge = beginMerge(db, {
      kind: 'artist',
      fromName: from.name,
      intoName: into.name,
      intoId: intoArtistId,
      entities: [
        entityOf('artist', artistId, from.name_key),
        entityOf('artist', intoArtistId, into.name_key),
        ...[...fromRecordings, ...intoRecordings].map((r) => entityOf('recording', r.id, r.title_key)),
        ...[...fromReleases, ...intoReleases].map((r) => entityOf('release', r.id, r.title_key)),
      ],
      scopes: [
        { table: 'artist', where: 'id IN (?, ?)', params: both },
        { table: 'release', where: 'artist_id IN (?, ?)', params: both },
        { table: 'recording', where: 'artist_id IN (?, ?)', params: both },
        { table: 'release_recording', where: 'recording_id IN (SELECT value FROM json_each(?)) OR release_id IN (SELECT value FROM json_each(?))', params: [recordingIds, releaseIds] },
        // A folded recording's spelling is kept under its artist's name, either artist's.
        { table: 'recording_alias', where: 'recording_id IN (SELECT value FROM json_each(?)) OR artist_key IN (?, ?)', params: [recordingIds, mainArtistKey(from.name), mainArtistKey(into.name)] },
        { table: 'artist_alias', where: 'artist_id IN (?, ?) OR name_key = ?', params: [...both, from.name_key] },
        { table: 'recording_review', where: 'recording_id IN (SELECT value FROM json_each(?)) OR candidate_id IN (SELECT value FROM json_each(?))', params: [recordingIds, recordingIds] },
        readingsOf(db, recordings.map((pair) => pair.fold)),
      ],
    });
    const movedLines = merge.moveLines('artist_id', artistId, intoArtistId);
    for (const pair of recordings) merge.moveLines('recording_id', pair.fold, pair.into);
    for (const pair of releases) merge.moveLines('release_id', pair.fold, pair.into);
    merge.rebuildRollups();

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
    return { movedLines, mergedRecordings: recordings.length, mergedReleases: releases.length, mergeId: merge.finish(movedLines) };
  })();
}
