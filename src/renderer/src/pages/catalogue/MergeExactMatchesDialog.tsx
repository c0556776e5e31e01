import type { JobProgress } from '../../../../shared/contract/jobs';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { JobProgressBar } from '../../components/JobProgressBar';
import { countText } from '../../format/figures-text';
import { exactMergeText, type ExactMerge } from './review-queue-view';

interface MergeExactMatchesDialogProps {
  /** The merges to confirm; the dialog is open while there are. */
  merges: ExactMerge[] | null;
  running: boolean;
  progress: JobProgress | null;
  error: string | null;
  onConfirm(): void;
  /** Cancel, Escape, or stopping the run: stopped, none of the merges is kept. */
  onClose(): void;
}

/**
 * Lists every merge before any is made: which recording goes into which, by its ISRC, and how
 * many lines move. Each merge is kept in the history, and the notice after them undoes them all.
 */
export function MergeExactMatchesDialog({ merges, running, progress, error, onConfirm, onClose }: MergeExactMatchesDialogProps) {
  const count = merges?.length ?? 0;
  return (
    <ConfirmDialog
      open={merges !== null}
      title={count === 1 ? 'Merge 1 exact match?' : `Merge ${countText(count)} exact matches?`}
      confirmLabel={count === 1 ? 'Merge 1 recording' : `Merge ${countText(count)} recordings`}
      busyLabel="Merging…"
      busy={running}
      error={error}
      onConfirm={onConfirm}
      onClose={onClose}
    >
      {merges && (
        <div className="merge-body">
          <p className="dialog-lead">
            Each recording below has the same title, by the same artist, as the recording it goes into. Its lines move there, and statements that spell it
            this way are read as that recording from now on.
          </p>
          <ol className="exact-merge-list" aria-label="Merges to make">
            {merges.map((merge) => (
              <li key={merge.row.recordingId}>{exactMergeText(merge)}</li>
            ))}
          </ol>
          <p className="dialog-lead">Each merge is kept in the Merge history on this page. The notice that follows undoes all of them at once.</p>
          {running && <JobProgressBar label="Merging recordings" progress={progress} />}
        </div>
      )}
    </ConfirmDialog>
  );
}
