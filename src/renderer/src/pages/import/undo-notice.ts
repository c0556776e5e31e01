import type { ImportBatchSummary } from '../../../../shared/contract/imports';

/** What the last undo did, shown above the history until the history changes for another reason. */
export interface UndoNotice {
  message: string;
  /**
   * The history asked before the undo, while it still is: the undone import's id cannot tell it,
   * as the store gives the next import the id of an undone newest one.
   */
  askedBefore: string | null;
  /** The history as the undo left it, once seen; any other change after it makes the notice stale. */
  settledOn: string | null;
}

/** Which imports there are, when each was made and what each holds: what an import, an undo or a correction changes. */
function historySignature(imports: readonly ImportBatchSummary[]): string {
  return imports.map((batch) => `${batch.importId}@${batch.importedAt}:${batch.imported}:${batch.rejected}:${batch.setAside}`).join(' ');
}

/** The notice of an undo of `importId`, as the history shown when the undo finished stands: before the undo, or already after it. */
export function undoNotice(message: string, importId: number, imports: readonly ImportBatchSummary[] | undefined): UndoNotice {
  if (imports === undefined) return { message, askedBefore: null, settledOn: null };
  const signature = historySignature(imports);
  return imports.some((batch) => batch.importId === importId) ? { message, askedBefore: signature, settledOn: null } : { message, askedBefore: null, settledOn: signature };
}

/**
 * The notice as the history now stands: kept (the same object) while the history is the one asked
 * before the undo, or the one the undo left; null once an import, another undo or a correction
 * changed it.
 */
export function undoNoticeNow(notice: UndoNotice | null, imports: readonly ImportBatchSummary[] | undefined): UndoNotice | null {
  if (notice === null || imports === undefined) return notice;
  const signature = historySignature(imports);
  if (signature === notice.askedBefore || signature === notice.settledOn) return notice;
  return notice.settledOn === null ? { ...notice, settledOn: signature } : null;
}
