import { useId, type FormEvent, type ReactNode } from 'react';
import { useModalDialog } from './use-modal-dialog';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** The confirm button's text while the action runs. */
  busyLabel: string;
  busy: boolean;
  /** False while the dialog still needs an answer from the user, such as a choice in a list. */
  canConfirm?: boolean;
  /** Why the last attempt failed; the dialog stays open so it can be tried again. */
  error: string | null;
  onConfirm(): void;
  onClose(): void;
}

/** Asks before something that changes the store; Escape and Cancel leave everything as it was. */
export function ConfirmDialog({ open, title, children, confirmLabel, busyLabel, busy, canConfirm = true, error, onConfirm, onClose }: ConfirmDialogProps) {
  const dialogRef = useModalDialog(open, onClose);
  const titleId = useId();

  function confirm(event: FormEvent) {
    event.preventDefault();
    if (!busy && canConfirm) onConfirm();
  }

  return (
    <dialog ref={dialogRef} className="dialog dialog--narrow" aria-labelledby={titleId} aria-modal="true">
      <form onSubmit={confirm} className="dialog-form">
        <header className="dialog-header">
          <h2 id={titleId}>{title}</h2>
        </header>
        <div className="dialog-body">{children}</div>
        {error && (
          <p className="dialog-status dialog-status--error" role="alert">
            {error}
          </p>
        )}
        <footer className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy || !canConfirm}>
            {busy ? busyLabel : confirmLabel}
          </button>
        </footer>
      </form>
    </dialog>
  );
}
