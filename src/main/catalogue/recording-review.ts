import type Database from 'better-sqlite3';
import { formatAmount, joinAmount } from '../../shared/money/exact-amount';
import { WorkstationError } from '../../shared/contract/envelope';
import { readingsOf } from './merge-undo/catalogue-rows';
import { beginMerge, entityOf } from './merge-undo/merge-journal';
import { suggestionIndex, type RecordingSuggestion } from './review-suggestions';
import { mainArtistKey, titleKeys } from './title-matching';

export interface RecordingUnderReview {
  recordingId: number;
  title: string;
  artist: string;
  artistId: number | null;
  lines: number;
  revenue: string;
  /** Its lines no FX rate converts yet (left out of `revenue`) and their currencies. */
  unconverted: { lines: number; currencies: string[] };
  candidate: RecordingSuggestion | null;
  reason: string;
  /** Recordings with a close title, found when the queue is read: never merged without the user. */
  suggestions: RecordingSuggestion[];
}

const CLOSE_TITLES_SUGGESTED = 'no recording matched it exactly when it was imported; close titles are suggested';

/** Recordings met without an ISRC that await a decision, the biggest earners first. */
export function listRecordingsUnderReview(db: Database.Database): RecordingUnderReview[] {
  const rows = db
    .prepare<[], {
      id: number; title: string; artist: string | null; artist_id: number | null; lines: number; hi: bigint | null; lo: bigint | null;
      unconverted_lines: bigint | null; unconverted_currencies: string | null;
      candidate_id: number | null; c_title: string | null; c_artist: string | null; c_artist_id: number | null; c_isrc: string | null; score_percent: number | null; reason: string | null;
    }>(
      // From the merged catalogue rollup, summed once for every recording under review:
      // statement_line has no index on recording_id, and would be read whole once per recording.
      `SELECT r.id, r.title, a.name AS artist, r.artist_id, COALESCE(m.lines, 0) AS lines, m.hi, m.lo, u.unconverted_lines, u.unconverted_currencies,
         v.candidate_id, c.title AS c_title, ca.name AS c_artist, c.artist_id AS c_artist_id, c.isrc AS c_isrc, v.score_percent, v.reason
       FROM recording_review v JOIN recording r ON r.id = v.recording_id
       LEFT JOIN (SELECT recording_id, SUM(lines) AS lines, SUM(base_hi) AS hi, SUM(base_lo) AS lo FROM rollup_catalogue_month
         WHERE basis = 'sale' AND recording_id IN (SELECT recording_id FROM recording_review WHERE status = 'pending')
         GROUP BY recording_id) m ON m.recording_id = r.id
       -- A merged cell of one currency and month is converted whole or not at all (one rate a
       -- month); \`priced\` counts its rows with a base amount.
       LEFT JOIN (SELECT recording_id, SUM(lines) AS unconverted_lines, group_concat(DISTINCT currency) AS unconverted_currencies
         FROM rollup_recording_month
         WHERE basis = 'sale' AND priced = 0 AND recording_id IN (SELECT recording_id FROM recording_review WHERE status = 'pending')
         GROUP BY recording_id) u ON u.recording_id = r.id
       LEFT JOIN artist a ON a.id = r.artist_id
       LEFT JOIN recording c ON c.id = v.candidate_id LEFT JOIN artist ca ON ca.id = c.artist_id
       WHERE v.status = 'pending'`,
    )
    .safeIntegers(true)
    .all();
  if (rows.length === 0) return [];
  // The catalogue is read once for the whole queue; each recording is then compared with few others.
  const index = suggestionIndex(db);
  return rows
    .map((r) => ({ row: r, units: joinAmount(r.hi ?? 0n, r.lo ?? 0n) }))
    .sort((a, b) => (a.units === b.units ? 0 : a.units < b.units ? 1 : -1))
    .map(({ row: r, units }) => ({ row: r, units, suggestions: index.suggest({ title: r.title, artist: r.artist ?? '' }, new Set([Number(r.id), Number(r.candidate_id ?? -1)])) }))
    .map(({ row: r, units, suggestions }) => ({
      recordingId: Number(r.id),
      title: r.title,
      artist: r.artist ?? '',
      artistId: r.artist_id === null ? null : Number(r.artist_id),
      lines: Number(r.lines),
      revenue: formatAmount(units),
      unconverted: {
        lines: Number(r.unconverted_lines ?? 0),
        currencies: r.unconverted_currencies === null ? [] : r.unconverted_currencies.split(',').sort(),
      },
      candidate:
        r.candidate_id === null
          ? null
          : { recordingId: Number(r.candidate_id), title: r.c_title ?? '', artist: r.c_artist ?? '', artistId: r.c_artist_id === null ? null : Number(r.c_artist_id), isrc: r.c_isrc, scorePercent: Number(r.score_percent ?? 0), reason: r.reason ?? '' },
      // The reason was written at import; a suggestion found since must not be contradicted by it.
      reason: r.candidate_id === null && suggestions.length > 0 ? CLOSE_TITLES_SUGGESTED : (r.reason ?? ''),
      suggestions,
    }));
}

/**
 * Folds a recording into another: its lines, gauges and release links move, and its spelling is
 * remembered so the next statement that writes it that way lands on the target at once. Its lines
 * take the target's artist too, so figures by artist and by recording agree. The target, chosen
 * as the recording it is, leaves the review queue. The merge is kept so it can be undone.
 */
export function mergeRecording(db: Database.Database, recordingId: number, intoRecordingId: number): { movedLines: number; mergeId: number } {
  if (recordingId === intoRecordingId) throw new WorkstationError('invalid_input', 'A recording cannot be merged into itself.');
  return db.transaction(() => {
    const from = spellingOf(db, recordingId);
    const into = spellingOf(db, intoRecordingId);
    if (!from || !into) throw new WorkstationError('not_found', 'That recording no longer exists.');
    const both = [recordingId, intoRecordingId];
    const merge = beginMerge(db, {
      kind: 'recording',
      fromName: from.shown,
      intoName: into.shown,
      intoId: intoRecordingId,
      entities: [entityOf('recording', recordingId, from.storedKey), entityOf('recording', intoRecordingId, into.storedKey)],
      scopes: [
        { table: 'recording', where: 'id IN (?, ?)', params: both },
        { table: 'release_recording', where: 'recording_id IN (?, ?)', params: both },
        { table: 'recording_alias', where: 'recording_id IN (?, ?) OR (artist_key = ? AND title_key = ?)', params: [...both, from.artistKey, from.titleKey] },
        { table: 'recording_review', where: 'recording_id IN (?, ?) OR candidate_id IN (?, ?)', params: [...both, ...both] },
        readingsOf(db, [recordingId]),
      ],
    });
    if (from.artistId !== null && into.artistId !== null && from.artistId !== into.artistId) {
      merge.moveLines('artist_id', from.artistId, into.artistId, { recordingId });
    }
    const movedLines = merge.moveLines('recording_id', recordingId, intoRecordingId);
    merge.rebuildRollups();
    foldRecording(db, recordingId, intoRecordingId);
    db.prepare("UPDATE recording_review SET status = 'kept' WHERE recording_id = ? AND status = 'pending'").run(intoRecordingId);
    return { movedLines, mergeId: merge.finish(movedLines) };
  })();
}

/** How a recording is written: shown in the merge history, and keyed as the alias a merge leaves. */
export function spellingOf(db: Database.Database, recordingId: number) {
  const row = db.prepare<[number], { title: string; title_key: string; artist_id: number | null; artist: string | null }>(
    'SELECT r.title, r.title_key, r.artist_id, a.name AS artist FROM recording r LEFT JOIN artist a ON a.id = r.artist_id WHERE r.id = ?',
  ).get(recordingId);
  if (!row) return undefined;
  const artist = row.artist ?? '';
  return {
    shown: artist ? `${row.title} by ${artist}` : row.title,
    artistId: row.artist_id,
    artistKey: mainArtistKey(artist),
    titleKey: titleKeys(row.title).exact,
    storedKey: row.title_key,
  };
}

/**
 * Everything of a recording but its lines goes to another — gauges, release links, spellings, its
 * own spelling as one more — and the recording goes; its lines must have moved already.
 */
export function foldRecording(db: Database.Database, recordingId: number, intoRecordingId: number): void {
  const from = spellingOf(db, recordingId);
  if (!from) throw new WorkstationError('not_found', 'That recording no longer exists.');
  db.prepare('UPDATE gauge_reading SET recording_id = ? WHERE recording_id = ?').run(intoRecordingId, recordingId);
  db.prepare('INSERT OR IGNORE INTO release_recording (release_id, recording_id) SELECT release_id, ? FROM release_recording WHERE recording_id = ?').run(intoRecordingId, recordingId);
  db.prepare('DELETE FROM release_recording WHERE recording_id = ?').run(recordingId);
  db.prepare('UPDATE recording_alias SET recording_id = ? WHERE recording_id = ?').run(intoRecordingId, recordingId);
  db.prepare('INSERT OR REPLACE INTO recording_alias (artist_key, title_key, recording_id) VALUES (?, ?, ?)').run(from.artistKey, from.titleKey, intoRecordingId);
  db.prepare('DELETE FROM recording WHERE id = ?').run(recordingId);
}

/** The user says it is a recording of its own: it leaves the queue. */
export function keepRecording(db: Database.Database, recordingId: number): void {
  const changed = db.prepare("UPDATE recording_review SET status = 'kept' WHERE recording_id = ? AND status = 'pending'").run(recordingId).changes;
  if (!changed) throw new WorkstationError('not_found', 'That recording is not waiting for review.');
}

/** As many as a person reads down a list of merge targets. */
const MOST_FOUND = 25;

export interface FoundRecording {
  recordingId: number;
  title: string;
  artist: string;
  artistId: number | null;
  isrc: string | null;
  /** How close the typed name is, out of 100; null for a recording that only contains the text. */
  scorePercent: number | null;
  reason: string;
}

/**
 * Targets for a merge: recordings whose title, artist or both are near the text, scored as the
 * review's suggestions are (so a typo finds its recording), closest first; then those whose title,
 * artist or ISRC merely contains it, as typing a first few letters does.
 */
export function searchRecordings(db: Database.Database, text: string): FoundRecording[] {
  const found = new Map<number, FoundRecording>();
  const byName = suggestionIndex(db).searchByName(text)
    .sort((a, b) => b.score - a.score || a.known.title.localeCompare(b.known.title) || a.known.id - b.known.id);
  for (const { known, score, reason } of byName.slice(0, MOST_FOUND)) {
    found.set(known.id, { recordingId: known.id, title: known.title, artist: known.artist, artistId: known.artistId, isrc: known.isrc, scorePercent: Math.round(score * 100), reason });
  }
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const containing = db
    .prepare<[{ text: string }], { id: number; title: string; artist: string | null; artist_id: number | null; isrc: string | null; in_title: number; in_artist: number | null }>(
      `SELECT r.id, r.title, a.name AS artist, r.artist_id, r.isrc, r.title LIKE @text ESCAPE '\\' AS in_title, a.name LIKE @text ESCAPE '\\' AS in_artist
       FROM recording r LEFT JOIN artist a ON a.id = r.artist_id
       WHERE r.title LIKE @text ESCAPE '\\' OR a.name LIKE @text ESCAPE '\\' OR r.isrc LIKE @text ESCAPE '\\'
       ORDER BY r.title LIMIT ${MOST_FOUND}`,
    )
    .all({ text: pattern });
  for (const r of containing) {
    if (found.size >= MOST_FOUND) break;
    if (found.has(r.id)) continue;
    const where = r.in_title ? 'title' : r.in_artist ? 'artist' : 'ISRC';
    found.set(r.id, { recordingId: r.id, title: r.title, artist: r.artist ?? '', artistId: r.artist_id, isrc: r.isrc, scorePercent: null, reason: `${where} contains “${text}”` });
  }
  return [...found.values()];
}
