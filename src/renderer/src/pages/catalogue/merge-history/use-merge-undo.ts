import { useState } from 'react';
import { useWorkstation } from '../../../api/workstation-context';
import { mergeUndoneText, type UndoableMerge } from './merge-history-text';
import type { PageNotice } from './MergeNotice';

export interface MergeUndo {
  /** The merge being undone; null when none is. */
  undoingId: number | null;
  undo(merge: UndoableMerge): void;
}

/**
 * Undoes one merge at a time and hands the page the notice saying what came back, or the core's
 * sentence saying why it cannot (a later merge or import goes first).
 */
export function useMergeUndo(onUndone: (notice: PageNotice) => void): MergeUndo {
  const api = useWorkstation();
  const [undoingId, setUndoingId] = useState<number | null>(null);

  async function undo(merge: UndoableMerge) {
    setUndoingId(merge.mergeId);
    const result = await api.undoMerge({ mergeId: merge.mergeId });
    setUndoingId(null);
    onUndone(result.ok ? { tone: 'ok', text: mergeUndoneText(merge.kind, result.value), focus: true } : { tone: 'error', text: result.error.message, focus: true });
  }

  return {
    undoingId,
    undo(merge) {
      if (undoingId === null) void undo(merge);
    },
  };
}
