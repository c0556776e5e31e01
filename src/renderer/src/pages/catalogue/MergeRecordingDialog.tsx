import { useEffect, useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { RecordingSearch } from './RecordingSearch';
import { mergeConsequence, type CandidateView, type RecordingRef, type ReviewRow } from './review-rows';

/** A merge about to happen: into the import's candidate or a suggestion, or into a recording the user finds. */
export type MergeRequest = { row: ReviewRow; via: 'match'; into: CandidateView } | { row: ReviewRow; via: 'search' };

interface MergeRecordingDialogProps {
  request: MergeRequest | null;
  busy: boolean;
  error: string | null;
  onMerge(into: RecordingRef): void;
  onClose(): void;
}

/** Says where the lines go and that the spelling is remembered, then merges once the user agrees. */
export function MergeRecordingDialog({ request, busy, error, onMerge, onClose }: MergeRecordingDialogProps) {
  const [picked, setPicked] = useState<RecordingRef | null>(null);

  useEffect(() => {
    setPicked(null);
  }, [request]);

  const row = request?.row ?? null;
  const into = request?.via === 'match' ? request.into.ref : picked;
  let title = 'Merge recording';
  if (request?.via === 'match') title = `Merge into “${request.into.title}”?`;
  else if (row) title = `Merge “${row.title}” into…`;

  return (
    <ConfirmDialog
      open={request !== null}
      title={title}
      confirmLabel="Merge"
      busyLabel="Merging…"
      busy={busy}
      canConfirm={into !== null}
      error={error}
      onConfirm={() => into && onMerge(into)}
      onClose={onClose}
    >
      {request && row && (
        <div className="merge-body">
          <p className="merge-from">
            <span className="merge-from-title">{row.title}</span>
            <span className="merge-from-detail">
              {row.artist} · {row.linesText} · <span title={row.revenueExact}>{row.revenueText}</span>
            </span>
          </p>
          {request.via === 'search' && <RecordingSearch key={row.recordingId} recordingId={row.recordingId} picked={picked} onPick={setPicked} />}
          {into ? (
            mergeConsequence(row, into).map((sentence) => (
              <p key={sentence} className="dialog-lead">
                {sentence}
              </p>
            ))
          ) : (
            <p className="dialog-lead">Pick the recording this one really is. Its lines move there, and statements that spell it this way are read as that recording from now on.</p>
          )}
        </div>
      )}
    </ConfirmDialog>
  );
}
