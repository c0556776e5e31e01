import { useState } from 'react';
import type { ImportBatchSummary } from '../../../../shared/contract/imports';
import { useWorkstation } from '../../api/workstation-context';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { linesText } from '../../format/figures-text';

interface ReadAgainDialogProps {
  /** The import to read again; the dialog is shown while one is set. */
  batch: ImportBatchSummary | null;
  onClose(): void;
  /** Read again: what it did, in sentences. */
  onReadAgain(message: string): void;
}

/**
 * Asks before reading an import's statement again from its archived original, as this version
 * reads it: says why the older version's reading differs, what is kept, and why it cannot be done
 * when the original is gone.
 */
export function ReadAgainDialog({ batch, onClose, onReadAgain }: ReadAgainDialogProps) {
  const api = useWorkstation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cannot = batch?.readAgain?.cannot ?? null;

  function close() {
    setError(null);
    onClose();
  }

  async function readAgain() {
    if (!batch) return;
    setBusy(true);
    setError(null);
    const answer = await api.readImportAgain({ importId: batch.importId });
    setBusy(false);
    if (answer.ok) onReadAgain(answer.value.message);
    else setError(answer.error.message);
  }

  return (
    <ConfirmDialog
      open={batch !== null}
      title="Read this statement again?"
      confirmLabel="Read again"
      busyLabel="Reading again…"
      busy={busy}
      canConfirm={cannot === null}
      error={error}
      onConfirm={() => void readAgain()}
      onClose={close}
    >
      {batch?.readAgain && (
        <>
          <p className="dialog-file">{batch.fileName}</p>
          <p>{batch.readAgain.why}</p>
          <p>
            Reading it again imports it from its archived original as this version reads it, in place of the {linesText(batch.imported)} imported
            then. Lines set aside stay set aside, and lines corrected since are corrected again as they were.
          </p>
          {cannot && <p className="dialog-status dialog-status--error">{cannot}</p>}
        </>
      )}
    </ConfirmDialog>
  );
}
