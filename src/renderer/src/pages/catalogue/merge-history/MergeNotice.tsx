import { useEffect, useRef } from 'react';
import type { UndoableMerge } from './merge-history-text';

/** What the page's last action did; a merge's notice offers to take it back. */
export interface PageNotice {
  tone: 'ok' | 'error';
  text: string;
  undo?: UndoableMerge;
  /** The button that led here is gone (an undo's): the notice takes the focus so the keyboard is not lost. */
  focus?: boolean;
}

interface MergeNoticeProps {
  notice: PageNotice | null;
  /** The merge being undone, from this notice or the history: every Undo waits for it. */
  undoingId: number | null;
  onUndo(merge: UndoableMerge): void;
}

/** The page's notice, with Undo beside a merge it announces: one click, since merging again redoes it. */
export function MergeNotice({ notice, undoingId, onUndo }: MergeNoticeProps) {
  const textRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (notice?.focus) textRef.current?.focus();
  }, [notice]);

  if (!notice) return null;
  const { undo } = notice;
  return (
    <div className={notice.tone === 'ok' ? 'notice notice--ok merge-notice' : 'notice notice--error merge-notice'}>
      <p ref={textRef} tabIndex={-1} role={notice.tone === 'ok' ? 'status' : 'alert'}>
        {notice.text}
      </p>
      {undo && (
        // aria-disabled, not disabled: a disabled button drops the keyboard focus on the floor.
        <button type="button" className="button button--small" aria-disabled={undoingId !== null} onClick={() => undoingId === null && onUndo(undo)}>
          {undoingId === undo.mergeId ? 'Undoing…' : 'Undo'}
        </button>
      )}
    </div>
  );
}
