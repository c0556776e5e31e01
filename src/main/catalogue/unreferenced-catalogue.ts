import type Database from 'better-sqlite3';
import { CATALOGUE_BY_MONTH, CATALOGUE_BY_YEAR } from '../query/rollups/merged-rollups';

/**
 * The catalogue an undone import leaves behind. The store does not note which import created a
 * row, so the rows an import's lines and readings name are noted before they go, and those that
 * nothing names afterwards are removed, with their review entries: the catalogue is as if the
 * statement had never come. The user's decisions stay: a recording kept as one of its own, or
 * merged into (its alias remembers the spelling), stays with its artist.
 *
 * Set-based throughout: a removed import may hold millions of lines, and statement_line has no
 * index by catalogue id. Its names are read from its per-import catalogue rollup (a sale-basis
 * row for every recording × release × artist its lines hold), and what remaining lines name from
 * the rollups summed across imports, which keep a row exactly where lines remain.
 */

const CANDIDATES = `
CREATE TEMP TABLE IF NOT EXISTS undone_recording (id INTEGER PRIMARY KEY);
CREATE TEMP TABLE IF NOT EXISTS undone_release (id INTEGER PRIMARY KEY);
CREATE TEMP TABLE IF NOT EXISTS undone_artist (id INTEGER PRIMARY KEY);
CREATE TEMP TABLE IF NOT EXISTS undone_link (release_id INTEGER NOT NULL, recording_id INTEGER NOT NULL,
  PRIMARY KEY (release_id, recording_id)) WITHOUT ROWID;`;

const NOTE = [
  `INSERT OR IGNORE INTO temp.undone_recording SELECT recording_id FROM rollup_month_catalogue
     WHERE import_id = @id AND basis = 'sale' AND recording_id IS NOT NULL
   UNION SELECT recording_id FROM gauge_reading WHERE import_id = @id AND recording_id IS NOT NULL`,
  `INSERT OR IGNORE INTO temp.undone_release SELECT release_id FROM rollup_month_catalogue
     WHERE import_id = @id AND basis = 'sale' AND release_id IS NOT NULL`,
  `INSERT OR IGNORE INTO temp.undone_artist SELECT artist_id FROM rollup_month_catalogue
     WHERE import_id = @id AND basis = 'sale' AND artist_id IS NOT NULL`,
  `INSERT OR IGNORE INTO temp.undone_link SELECT release_id, recording_id FROM rollup_month_catalogue
     WHERE import_id = @id AND basis = 'sale' AND release_id IS NOT NULL AND recording_id IS NOT NULL`,
];

/** Notes what the imports' lines and readings name; before their rollup rows and readings go. */
export function noteCatalogueOf(db: Database.Database, importIds: readonly number[]): void {
  db.exec(CANDIDATES);
  const notes = NOTE.map((sql) => db.prepare(sql));
  for (const id of importIds) for (const note of notes) note.run({ id });
}

const CANDIDATE_TABLES = ['undone_recording', 'undone_release', 'undone_artist', 'undone_link'] as const;
type Candidates = (typeof CANDIDATE_TABLES)[number];

/**
 * In order, each over the candidates the steps before it left, and skipped when none are left:
 * some read a whole table (the readings, the yearly rollup, the per-import rollup for artists)
 * once, which an undo that leaves nothing behind should not pay for. Lines remain where the merged
 * catalogue rollup keeps a row, as it drops the rows left with no lines.
 */
const STEPS: readonly [Candidates, string][] = [
  // A recording stays while a line, the user's decision (an alias, a kept review) or a reading names it.
  ['undone_recording', `DELETE FROM temp.undone_recording WHERE EXISTS (SELECT 1 FROM ${CATALOGUE_BY_MONTH.table} m
     WHERE m.basis = 'sale' AND m.recording_id = undone_recording.id)`],
  ['undone_recording', `DELETE FROM temp.undone_recording WHERE id IN (SELECT recording_id FROM recording_alias)
     OR EXISTS (SELECT 1 FROM recording_review v WHERE v.recording_id = undone_recording.id AND v.status = 'kept')`],
  ['undone_recording', 'DELETE FROM temp.undone_recording WHERE id IN (SELECT recording_id FROM gauge_reading)'],
  // A link stays while a line pairs its release and recording, and goes with its recording.
  ['undone_link', `DELETE FROM temp.undone_link WHERE EXISTS (SELECT 1 FROM ${CATALOGUE_BY_MONTH.table} m
     WHERE m.basis = 'sale' AND m.recording_id = undone_link.recording_id AND m.release_id = undone_link.release_id)`],
  ['undone_link', 'DELETE FROM release_recording WHERE (release_id, recording_id) IN (SELECT release_id, recording_id FROM temp.undone_link)'],
  ['undone_recording', 'DELETE FROM release_recording WHERE recording_id IN (SELECT id FROM temp.undone_recording)'],
  // A release stays while a link or a line names it; the yearly rollup is the smallest keeping releases.
  ['undone_release', 'DELETE FROM temp.undone_release WHERE EXISTS (SELECT 1 FROM release_recording k WHERE k.release_id = undone_release.id)'],
  ['undone_release', `DELETE FROM temp.undone_release WHERE id IN (SELECT release_id FROM ${CATALOGUE_BY_YEAR.table} WHERE basis = 'sale')`],
  // What goes may have been all that named its artist. Review entries go with their recordings,
  // and a match offered to another entry is withdrawn, as a merge does.
  ['undone_recording', `INSERT OR IGNORE INTO temp.undone_artist
     SELECT artist_id FROM recording WHERE id IN (SELECT id FROM temp.undone_recording) AND artist_id IS NOT NULL`],
  ['undone_release', `INSERT OR IGNORE INTO temp.undone_artist
     SELECT artist_id FROM release WHERE id IN (SELECT id FROM temp.undone_release) AND artist_id IS NOT NULL`],
  ['undone_recording', 'UPDATE recording_review SET candidate_id = NULL WHERE candidate_id IN (SELECT id FROM temp.undone_recording)'],
  ['undone_recording', 'DELETE FROM recording_review WHERE recording_id IN (SELECT id FROM temp.undone_recording)'],
  ['undone_recording', 'DELETE FROM recording WHERE id IN (SELECT id FROM temp.undone_recording)'],
  ['undone_release', 'DELETE FROM release WHERE id IN (SELECT id FROM temp.undone_release)'],
  // An artist stays while a recording, a release or a line names it: lines by the per-import
  // rollup, the only one keeping artists.
  ['undone_artist', 'DELETE FROM temp.undone_artist WHERE id IN (SELECT artist_id FROM recording) OR id IN (SELECT artist_id FROM release)'],
  ['undone_artist', "DELETE FROM temp.undone_artist WHERE id IN (SELECT artist_id FROM rollup_month_catalogue WHERE basis = 'sale')"],
  ['undone_artist', 'DELETE FROM artist WHERE id IN (SELECT id FROM temp.undone_artist)'],
];

/**
 * Removes the noted rows nothing names any more, once the imports' lines, readings and rollup
 * rows are gone; in the caller's transaction.
 */
export function removeUnreferencedCatalogue(db: Database.Database): void {
  for (const [candidates, sql] of STEPS) {
    if (db.prepare(`SELECT 1 FROM temp.${candidates} LIMIT 1`).get()) db.prepare(sql).run();
  }
  for (const candidates of CANDIDATE_TABLES) db.exec(`DELETE FROM temp.${candidates}`);
}
