import { useId, useState } from 'react';
import type { ImportBatchSummary } from '../../../../shared/contract/imports';
import type { ReplacedImport } from '../../../../shared/contract/replaced-imports';
import { useWorkstation } from '../../api/workstation-context';
import { useModalDialog } from '../../components/use-modal-dialog';
import { periodLabel } from '../../format/calendar-text';
import { currencyTotals, linesText } from '../../format/figures-text';

/** "replaced dk-june-bad.tsv (12 lines, $15.40)": what an import took the place of, as the store held it then. */
export function replacedText(replaced: readonly ReplacedImport[]): string {
  return replaced
    .map((r) => `replaced ${r.fileName} (${[linesText(r.imported), ...currencyTotals(r.amounts).map((t) => t.text)].join(', ')})`)
    .join('; ');
}

const namesText = (replaced: readonly ReplacedImport[]) => replaced.map((r) => r.fileName).join(' and ');

/** "June 2025", or "their period" when a replaced import printed none. */
function periodsText(replaced: readonly ReplacedImport[]): string {
  const periods = [...new Set(replaced.map((r) => periodLabel(r.saleFrom, r.saleTo)))];
  return periods.every((p) => p !== null) ? periods.join(' and ') : replaced.length === 1 ? 'its period' : 'their periods';
}

interface UndoImportDialogProps {
  /** The import to undo; the dialog is shown while one is set. */
  batch: ImportBatchSummary | null;
  onClose(): void;
  /** The undo is done: what it did, in sentences. */
  onUndone(message: string): void;
}

/**
 * Asks before undoing an import. One that replaced earlier imports says so, and offers to bring
 * them back (imported again from their archived originals) besides undoing it alone, which leaves
 * their period without either; when an original is missing, it says so and offers the undo alone.
 */
export function UndoImportDialog({ batch, onClose, onUndone }: UndoImportDialogProps) {
  const api = useWorkstation();
  const dialogRef = useModalDialog(batch !== null, close);
  const titleId = useId();
  const [busy, setBusy] = useState<'alone' | 'bringingBack' | null>(null);
  const [error, setError] = useState<string | null>(null);

  function close() {
    setError(null);
    onClose();
  }

  async function undo(bringBack: boolean) {
    if (!batch || busy) return;
    setBusy(bringBack ? 'bringingBack' : 'alone');
    setError(null);
    const { fileName, importId } = batch;
    const answer = bringBack
      ? await api.undoImportBringingBack({ importId })
      : await api.undoImport({ importId }).then((a) => (a.ok ? { ok: true as const, value: { message: `Removed ${linesText(a.value.removedLines)} imported from ${fileName}.` } } : a));
    setBusy(null);
    if (!answer.ok) {
      setError(answer.error.message);
      return;
    }
    onUndone(answer.value.message);
  }

  const replaced = batch?.replaced ?? [];
  const unavailable = replaced.filter((r) => r.cannotBringBack !== null);
  const canBringBack = replaced.length > 0 && unavailable.length === 0;
  const names = namesText(replaced);

  return (
    <dialog ref={dialogRef} className={replaced.length ? 'dialog' : 'dialog dialog--narrow'} aria-labelledby={titleId} aria-modal="true">
      <form className="dialog-form" onSubmit={(event) => event.preventDefault()}>
        <header className="dialog-header">
          <h2 id={titleId}>Undo this import?</h2>
        </header>
        {batch && (
          <div className="dialog-body">
            <p className="dialog-file">{batch.fileName}</p>
            <p>Remove the {linesText(batch.imported)} this import added? The original file stays archived.</p>
            {replaced.length > 0 && (
              <>
                <p>
                  This import {replacedText(replaced)}. Undone alone, it leaves {periodsText(replaced)} with{' '}
                  {replaced.length === 1 ? 'neither import' : `none of the ${replaced.length + 1} imports`}.
                </p>
                {unavailable.map((r) => (
                  <p key={r.importId} className="dialog-status dialog-status--error">
                    {r.cannotBringBack}
                  </p>
                ))}
                {canBringBack && (
                  <p>
                    “Undo and bring back” imports {names} again from {replaced.length === 1 ? 'its archived original' : 'their archived originals'}, read as
                    before; lines set aside stay set aside.
                    {replaced.some((r) => r.correctable) && ' Lines corrected after the first import are corrected again as they were.'}
                  </p>
                )}
              </>
            )}
          </div>
        )}
        {error && (
          <p className="dialog-status dialog-status--error" role="alert">
            {error}
          </p>
        )}
        {/* A long file name in "Undo and bring back …" takes the button to a line of its own. */}
        <footer className="dialog-actions" style={{ flexWrap: 'wrap' }}>
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="button" className={canBringBack ? 'button' : 'button button--primary'} disabled={busy !== null} onClick={() => void undo(false)}>
            {busy === 'alone' ? 'Undoing…' : replaced.length > 0 ? 'Undo only' : 'Undo import'}
          </button>
          {canBringBack && (
            <button type="button" className="button button--primary button--names-statement" disabled={busy !== null} onClick={() => void undo(true)}>
              {busy === 'bringingBack' ? 'Undoing and bringing back…' : `Undo and bring back ${names}`}
            </button>
          )}
        </footer>
      </form>
    </dialog>
  );
}
