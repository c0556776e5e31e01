import type Database from 'better-sqlite3';
import type { MergeHistory, MergeKind } from '../../../shared/contract/catalogue-review';
import { countMerges, latestMerges } from './merge-record';
import { UndoRefusals } from './undo-refusal';

/**
 * The `limit` latest merges of these kinds, newest first, each saying whether it can be undone now,
 * and how many there are: a label that has merged hundreds reads the history a page at a time, the
 * newest first, and a page further down is read with those above it, whose undo state it depends on.
 */
export function listMerges(db: Database.Database, kinds: readonly MergeKind[], limit: number): MergeHistory {
  const refusals = new UndoRefusals(db);
  const merges = latestMerges(db, kinds, limit).map((merge) => ({
    mergeId: merge.id,
    kind: merge.kind,
    fromName: merge.fromName,
    intoName: merge.intoName,
    movedLines: merge.movedLines,
    mergedAt: merge.mergedAt,
    undoneAt: merge.undoneAt,
    cannotUndo: merge.undoneAt === null ? refusals.of(merge) : null,
  }));
  return { merges, total: countMerges(db, kinds) };
}
