import type Database from 'better-sqlite3';
import type { MergeKind } from '../../../shared/contract/catalogue-review';
import { rekeyMovedCells, type KeyMove } from '../../query/rollups/rollup-maintenance';
import { readScopes, type RowScope, type RowsOfTable } from './catalogue-rows';

export type MovedField = 'artist_id' | 'release_id' | 'recording_id' | 'platform_id';

/** What was joined, in words for the history, and the ids whose later merges must be undone first. */
export interface MergeSubject {
  kind: MergeKind;
  fromName: string;
  intoName: string;
  /** The recording, artist or platform that stays. */
  intoId: number;
  /** Every artist, release, recording or platform the merge changes, as `entityOf` names it. */
  entities: readonly string[];
  scopes: readonly RowScope[];
}

/**
 * Names a catalogue entry for the merge history by its id and its name key: an id freed by a merge
 * is taken by the next entry a statement brings, which is another entry under another name.
 */
export const entityOf = (kind: 'artist' | 'release' | 'recording' | 'platform', id: number, nameKey: string): string => `${kind}:${id}:${nameKey}`;

/** A merge being made, inside the caller's transaction; undone with `undoMerge`. */
export interface NotedMerge {
  /**
   * Moves the lines naming `from` in the field to `to`, noting each: the lines moved. `within`
   * keeps the move to the lines of one recording.
   */
  moveLines(field: MovedField, from: number, to: number, within?: { recordingId: number }): number;
  /** Gives the rollups of the imports whose lines moved the keys the lines were given. */
  rebuildRollups(): void;
  /** Reads the scopes again, now that the merge is made, and keeps both readings: the merge's id. */
  finish(movedLines: number): number;
}

/**
 * Where the lines naming an id are: statement_line has no index by catalogue or platform id, so
 * the imports holding them come from their sale-basis rollup rows (every line has a sale month)
 * and only those imports' lines are read.
 */
const IMPORTS_NAMING: Record<MovedField, string> = {
  artist_id: "SELECT DISTINCT import_id FROM rollup_month_catalogue WHERE basis = 'sale' AND artist_id = ?",
  release_id: "SELECT DISTINCT import_id FROM rollup_month_catalogue WHERE basis = 'sale' AND release_id = ?",
  recording_id: "SELECT DISTINCT import_id FROM rollup_month_catalogue WHERE basis = 'sale' AND recording_id = ?",
  platform_id: "SELECT DISTINCT import_id FROM rollup_month_platform WHERE basis = 'sale' AND platform_id = ?",
};

/** Rollup moves put off while many merges are made, by connection: see `deferRollups`. */
const putOff = new WeakMap<Database.Database, { touched: Set<number>; moves: KeyMove[] }>();

/**
 * Merges made until `rekey` leave their rollups to it, to be rekeyed once for all of them: one
 * pass over the touched imports' rows instead of one per merge. Only for merges none of which
 * starts from what another joined into (or from what another started from): a later merge finds
 * the imports naming its entry from rollups the earlier ones have not yet moved.
 */
export function deferRollups(db: Database.Database): { rekey(): void; release(): void } {
  const pending = { touched: new Set<number>(), moves: [] as KeyMove[] };
  putOff.set(db, pending);
  return {
    rekey() {
      putOff.delete(db);
      rekeyMovedCells(db, [...pending.touched], pending.moves);
    },
    /** Merges rekey their own rollups again: after `rekey`, or once the transaction rolled back. */
    release: () => putOff.delete(db),
  };
}

/** Starts keeping a merge: its record, and the rows its scopes cover before anything changes. */
export function beginMerge(db: Database.Database, subject: MergeSubject): NotedMerge {
  const before = readScopes(db, subject.scopes);
  const mergeId = Number(db.prepare('INSERT INTO catalogue_merge (kind, from_name, into_name, entities, merged_at) VALUES (?, ?, ?, ?, ?)')
    .run(subject.kind, subject.fromName, subject.intoName, JSON.stringify(subject.entities), new Date().toISOString()).lastInsertRowid);
  db.prepare('INSERT INTO catalogue_merge_target (merge_id, into_id) VALUES (?, ?)').run(mergeId, subject.intoId);
  const touched = new Set<number>();
  const moves: KeyMove[] = [];
  return {
    moveLines(field, from, to, within) {
      const imports = (within ? db.prepare(IMPORTS_NAMING.recording_id).pluck().all(within.recordingId) : db.prepare(IMPORTS_NAMING[field]).pluck().all(from)) as number[];
      const where = `import_id = ? AND ${field} = ?${within ? ` AND recording_id = ${Number(within.recordingId)}` : ''}`;
      const note = db.prepare(`INSERT INTO catalogue_merge_line (merge_id, field, line_id, import_id, was_id, now_id)
        SELECT ?, '${field}', id, import_id, ${field}, ? FROM statement_line WHERE ${where}`);
      for (const id of imports) {
        note.run(mergeId, to, id, from);
        touched.add(id);
      }
      // The noted lines are moved by their ids: the imports' lines are read once, to note them.
      const moved = db.prepare(`UPDATE statement_line SET ${field} = j.now_id FROM catalogue_merge_line j
        WHERE j.merge_id = ? AND j.field = '${field}' AND j.was_id = ? AND j.now_id = ? AND statement_line.id = j.line_id`).run(mergeId, from, to).changes;
      moves.push({ field, from, to, withinRecording: within?.recordingId });
      return moved;
    },
    rebuildRollups() {
      const pending = putOff.get(db);
      if (!pending) return rekeyMovedCells(db, [...touched], moves);
      for (const id of touched) pending.touched.add(id);
      pending.moves.push(...moves);
    },
    finish(movedLines) {
      const after = readScopes(db, subject.scopes);
      const rows: { before: RowsOfTable[]; after: RowsOfTable[] } = { before, after };
      db.prepare('UPDATE catalogue_merge SET rows = ?, moved_lines = ? WHERE id = ?').run(JSON.stringify(rows), movedLines, mergeId);
      return mergeId;
    },
  };
}
