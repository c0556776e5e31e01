import type { ImportBatchSummary } from '../../../../shared/contract/imports';

/** What the last undo did, shown above the history until the history changes for another reason. */
export interface UndoNotice {
  message: string;
  /** The import undone: while the history still lists it, it was asked before the undo. */
  importId: number;
  /** The history as the undo left it, once seen; any other change after it makes the notice stale. */
  settledOn: string | null;
}

/** Which imports there are and what each holds: what an import, an undo or a correction changes. */
function historySignature(imports: readonly ImportBatchSummary[]): string {
  return imports.map((batch) => `${batch.importId}:${batch.imported}:${batch.rejected}:${batch.setAside}`).join(' ');
}

/**
 * The notice as the history now stands: kept (the same object) while the history is the one the
 * undo left, or not yet that one; null once an import, another undo or a correction changed it.
 */
export function undoNoticeNow(notice: UndoNotice | null, imports: readonly ImportBatchSummary[] | undefined): UndoNotice | null {
  if (notice === null || imports === undefined) return notice;
  if (imports.some((batch) => batch.importId === notice.importId)) return notice;
  const signature = historySignature(imports);
  if (notice.settledOn === null) return { ...notice, settledOn: signature };
  return notice.settledOn === signature ? notice : null;
}
