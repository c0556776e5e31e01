import type { KeyboardEvent, RefObject } from 'react';
import type { JobProgress } from '../../../../shared/contract/jobs';
import { countText } from '../../format/figures-text';
import type { UndoableMerge } from './merge-history/merge-history-text';
import type { PageNotice } from './merge-history/MergeNotice';

/** What the review page's last action did: a run of merges is taken back all at once. */
export interface ReviewPageNotice extends PageNotice {
  /** The merges of one run, undone together, newest first. */
  undoAll?: readonly number[];
}

interface ReviewNoticeProps {
  notice: ReviewPageNotice | null;
  /** The notice's sentence: the page gives it the focus when the notice asks for it. */
  textRef: RefObject<HTMLParagraphElement | null>;
  /** The merge being undone, from this notice or the history: every Undo waits for it. */
  undoingId: number | null;
  /** How far taking back a run of merges is; null while none is being taken back. */
  undoingAll: { progress: JobProgress | null } | null;
  onUndo(merge: UndoableMerge): void;
  onUndoAll(mergeIds: readonly number[]): void;
  /** × or Escape: the notice goes, and the keyboard goes back to the queue. */
  onDismiss(): void;
}

function undoAllText(count: number, undoingAll: ReviewNoticeProps['undoingAll']): string {
  if (!undoingAll) return count === 1 ? 'Undo it' : `Undo all ${countText(count)}`;
  const { progress } = undoingAll;
  return progress?.total ? `Undoing ${countText(progress.done)} of ${countText(progress.total)}…` : 'Undoing…';
}

/**
 * The page's notice, docked at the foot of the window so it is seen wherever in a long queue the
 * decision was made. It stays in the page while empty, so a screen reader hears each notice as a
 * change to a region it already knows. A merge's notice holds the focus, its Undo the next Tab;
 * Escape closes it as × does.
 */
export function ReviewNotice({ notice, textRef, undoingId, undoingAll, onUndo, onUndoAll, onDismiss }: ReviewNoticeProps) {
  const busy = undoingId !== null || undoingAll !== null;
  const tone = notice?.tone === 'error' ? 'error' : 'ok';
  const { undo, undoAll } = notice ?? {};

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !notice || busy) return;
    event.preventDefault();
    onDismiss();
  }

  return (
    <div className={notice ? 'review-notice-dock review-notice-dock--shown' : 'review-notice-dock'} onKeyDown={closeOnEscape}>
      <div className={notice ? `notice notice--${tone} merge-notice review-notice` : 'review-notice'}>
        <p ref={textRef} tabIndex={-1} role={tone === 'error' ? 'alert' : 'status'}>
          {notice?.text}
        </p>
        {/* aria-disabled, not disabled: a disabled button drops the keyboard focus on the floor. */}
        {undo && (
          <button type="button" className="button button--small" aria-disabled={busy} onClick={() => !busy && onUndo(undo)}>
            {undoingId === undo.mergeId ? 'Undoing…' : 'Undo'}
          </button>
        )}
        {undoAll && (
          <button type="button" className="button button--small" aria-disabled={busy} onClick={() => !busy && onUndoAll(undoAll)}>
            {undoAllText(undoAll.length, undoingAll)}
          </button>
        )}
        {notice && !busy && (
          <button type="button" className="button button--small button--quiet review-notice-close" aria-label="Close the notice" onClick={onDismiss}>
            ×
          </button>
        )}
      </div>
    </div>
  );
}
