import type Database from 'better-sqlite3';
import { laterMerges, type MergeRecord } from './merge-record';

/**
 * Why a merge cannot be undone now, in a sentence; null when it can. A statement imported since
 * may have been matched through the merged name (the alias the merge left) and its lines would
 * stay where they landed, so its import goes first; it is named first, as undoing later merges
 * would not be enough. A later merge of any of its entries built on it, so that one goes first.
 */
export function undoRefusal(db: Database.Database, merge: MergeRecord): string | null {
  if (merge.undoneAt !== null) return `This merge was undone on ${merge.undoneAt.slice(0, 10)}.`;
  const imported = db.prepare<[string], { file_name: string; imported_at: string }>(
    'SELECT file_name, imported_at FROM import_batch WHERE imported_at > ? ORDER BY imported_at LIMIT 1',
  ).get(merge.mergedAt);
  if (imported) {
    return `“${imported.file_name}” was imported on ${imported.imported_at.slice(0, 10)}, after this merge, and its lines may have been matched through the merged name; undo that import first to undo the merge.`;
  }
  const mine = new Set(merge.entities);
  const later = laterMerges(db, merge.id).find((other) => other.entities.some((e) => mine.has(e)));
  if (later) return `“${later.fromName}” was merged into “${later.intoName}” after it; undo that merge first.`;
  return null;
}
