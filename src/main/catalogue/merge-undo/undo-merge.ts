import type Database from 'better-sqlite3';
import { SqliteError } from 'better-sqlite3';
import type { MergeKind } from '../../../shared/contract/catalogue-review';
import { WorkstationError } from '../../../shared/contract/envelope';
import { rebuildMovedCells } from '../../query/rollups/rollup-maintenance';
import { bringBack, keyOf, NAMED_TABLES, NAMING_TABLES, revert, takeAway, type CatalogueTable } from './catalogue-rows';
import type { MovedField } from './merge-journal';
import { keptRows, mergeRecord, type KeptRows } from './merge-record';
import { UndoRefusals } from './undo-refusal';

const FIELDS: readonly MovedField[] = ['artist_id', 'release_id', 'recording_id', 'platform_id'];

/** The field a merge of each kind is about: its lines moved back are counted there, as the merge counted them. */
const OWN_FIELD: Record<MergeKind, MovedField> = { artist: 'artist_id', recording: 'recording_id', platform: 'platform_id' };

/**
 * Moves back the lines the merge moved that still name what it gave them; a line removed since
 * (its import undone) is simply gone. Returns the lines moved back in the merge's own field (an
 * artist merge's line may have moved back in its recording too).
 */
function moveLinesBack(db: Database.Database, mergeId: number, kind: MergeKind): number {
  let moved = 0;
  for (const field of FIELDS) {
    const changes = db.prepare(`UPDATE statement_line SET ${field} = j.was_id FROM catalogue_merge_line j
      WHERE j.merge_id = ? AND j.field = '${field}' AND statement_line.id = j.line_id
        AND statement_line.import_id = j.import_id AND statement_line.${field} = j.now_id`).run(mergeId).changes;
    if (field === OWN_FIELD[kind]) moved = changes;
  }
  return moved;
}

/** The rows of a table as the merge found and left them, sorted into what undo does with each. */
function changesOf(kept: KeptRows, table: CatalogueTable) {
  const before = kept.before.find((r) => r.table === table)?.rows ?? [];
  const after = kept.after.find((r) => r.table === table)?.rows ?? [];
  const keysBefore = new Set(before.map((row) => keyOf(table, row)));
  const keysAfter = new Set(after.map((row) => keyOf(table, row)));
  return {
    removed: before.filter((row) => !keysAfter.has(keyOf(table, row))),
    changed: before.filter((row) => keysAfter.has(keyOf(table, row))),
    added: after.filter((row) => !keysBefore.has(keyOf(table, row))),
  };
}

/**
 * A recording the undo brought back whose lines and readings have all gone since (their imports
 * undone) would wait in the review queue with nothing in it: it goes, as an undone import's
 * catalogue does. Run once the rollups are rebuilt, which name every recording a line names.
 */
function dropEmptyReturned(db: Database.Database, kept: KeptRows): void {
  // The merged catalogue rollup, indexed by recording; readings have no such index, but are few.
  const named = db.prepare(`SELECT 1 FROM rollup_catalogue_month WHERE basis = 'sale' AND recording_id = @id
    UNION ALL SELECT 1 FROM gauge_reading WHERE recording_id = @id LIMIT 1`);
  const unlink = db.prepare('DELETE FROM release_recording WHERE recording_id = ?');
  const remove = db.prepare('DELETE FROM recording WHERE id = ?');
  for (const row of changesOf(kept, 'recording').removed) {
    const id = Number(row.id);
    if (named.get({ id }) !== undefined) continue;
    unlink.run(id);
    remove.run(id);
  }
}

export interface MergeUndone {
  fromName: string;
  intoName: string;
  movedLines: number;
}

/**
 * Takes a merge back: the artists, releases, recordings or platforms it folded return with their
 * ids, the lines it moved go back, spellings, links, review entries and readings are as they were,
 * and the imports whose lines moved have their rollups rebuilt. One transaction: all of it or none.
 */
export function undoMerge(db: Database.Database, mergeId: number): MergeUndone {
  return db.transaction(() => {
    const merge = mergeRecord(db, mergeId);
    if (!merge) throw new WorkstationError('not_found', 'That merge is not in the history.');
    const refusal = new UndoRefusals(db).of(merge);
    if (refusal) throw new WorkstationError('rejected_input', `The merge of “${merge.fromName}” into “${merge.intoName}” cannot be undone: ${refusal}`);
    const kept = keptRows(db, mergeId);
    const imports = db.prepare('SELECT DISTINCT import_id FROM catalogue_merge_line WHERE merge_id = ? AND import_id IN (SELECT id FROM import_batch)')
      .pluck().all(mergeId) as number[];
    const moved = FIELDS.map((field) => ({
      field,
      ids: db.prepare('SELECT was_id FROM catalogue_merge_line WHERE merge_id = ? AND field = ? UNION SELECT now_id FROM catalogue_merge_line WHERE merge_id = ? AND field = ?')
        .pluck().all(mergeId, field, mergeId, field) as number[],
    }));
    let movedLines: number;
    try {
      for (const table of NAMED_TABLES) {
        const { removed, changed } = changesOf(kept, table);
        bringBack(db, table, removed);
        revert(db, table, changed);
      }
      movedLines = moveLinesBack(db, mergeId, merge.kind);
      for (const table of NAMING_TABLES) {
        const { removed, changed, added } = changesOf(kept, table);
        takeAway(db, table, added);
        revert(db, table, changed);
        bringBack(db, table, removed);
      }
    } catch (error) {
      if (!(error instanceof SqliteError)) throw error;
      throw new WorkstationError('rejected_input', `The merge of “${merge.fromName}” into “${merge.intoName}” cannot be undone: the catalogue changed since in a way it cannot be put back over (${error.message}).`);
    }
    rebuildMovedCells(db, imports, moved);
    dropEmptyReturned(db, kept);
    db.prepare('DELETE FROM catalogue_merge_line WHERE merge_id = ?').run(mergeId);
    db.prepare('UPDATE catalogue_merge SET undone_at = ? WHERE id = ?').run(new Date().toISOString(), mergeId);
    return { fromName: merge.fromName, intoName: merge.intoName, movedLines };
  })();
}
