import { useEffect, useState } from 'react';
import { useWorkstation } from '../../api/workstation-context';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { artistMergeConsequence, artistMergedText, type ArtistMergeRequest } from './review-rows';

interface ArtistMergeDialogProps {
  request: ArtistMergeRequest | null;
  /** The notice to show once merged, and the merge in the history, for undoing it. */
  onMerged(text: string, mergeId: number): void;
  onClose(): void;
}

/** Says what merging one artist into another does, then merges once the user agrees. */
export function ArtistMergeDialog({ request, onMerged, onClose }: ArtistMergeDialogProps) {
  const api = useWorkstation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setError(null);
  }, [request]);

  async function merge() {
    if (!request) return;
    setBusy(true);
    setError(null);
    const result = await api.mergeArtist({ artistId: request.artistId, intoArtistId: request.intoArtistId });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onMerged(artistMergedText(request, result.value), result.value.mergeId);
  }

  return (
    <ConfirmDialog
      open={request !== null}
      title={request ? `Merge artist ${request.artist} into ${request.into}?` : 'Merge artist'}
      confirmLabel="Merge artists"
      busyLabel="Merging…"
      busy={busy}
      error={error}
      onConfirm={() => void merge()}
      onClose={onClose}
    >
      {request &&
        artistMergeConsequence(request).map((sentence) => (
          <p key={sentence} className="dialog-lead">
            {sentence}
          </p>
        ))}
    </ConfirmDialog>
  );
}
