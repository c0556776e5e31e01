import type Database from 'better-sqlite3';
import type { CatalogueMerge, MergeKind } from '../../../shared/contract/catalogue-review';
import { latestMerges } from './merge-record';
import { UndoRefusals } from './undo-refusal';

/** As many merges as the history lists: older ones are kept and can still be undone in order. */
const LISTED = 50;

/** The latest merges of these kinds, newest first, each saying whether it can be undone now. */
export function listMerges(db: Database.Database, kinds: readonly MergeKind[]): CatalogueMerge[] {
  const refusals = new UndoRefusals(db);
  return latestMerges(db, kinds, LISTED).map((merge) => ({
    mergeId: merge.id,
    kind: merge.kind,
    fromName: merge.fromName,
    intoName: merge.intoName,
    movedLines: merge.movedLines,
    mergedAt: merge.mergedAt,
    undoneAt: merge.undoneAt,
    cannotUndo: merge.undoneAt === null ? refusals.of(merge) : null,
  }));
}
