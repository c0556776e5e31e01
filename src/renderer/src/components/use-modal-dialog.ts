import { useEffectEvent, useLayoutEffect, useRef, type RefObject } from 'react';

/** What showing a modal takes of a `<dialog>`; the unit tests hand in a stand-in. */
export interface ModalDialog extends EventTarget {
  readonly open: boolean;
  showModal(): void;
  close(): void;
}

/**
 * Shows `dialog` as a modal; the function returned closes it for the page, which asked, so
 * `onClose` does not hear of it. A close the user asks for reaches `onClose` once, through the
 * page's state: Escape's `cancel` is refused and handed to the page. Left to the browser, the dialog
 * would close and give the focus back a task before its close event told the page, and a key
 * pressed in between (Enter on the button that opens it) would be lost. A cancel the browser does
 * not let a page refuse (a second Escape with no click or key between) closes the dialog anyway, and
 * its close event tells the page instead, and the dialog is shown again if the page keeps it open.
 */
export function showModalDialog(dialog: ModalDialog, onClose: () => void): () => void {
  function cancel(event: Event) {
    if (!event.cancelable) return;
    event.preventDefault();
    onClose();
  }
  let released = false;
  // Only a dialog still closed was closed by the browser: the close event of the page's last close
  // comes a task later, and may find the dialog open again and these listeners on it. A page that
  // keeps it open (work it will not leave half done) gets it shown again once its answer is in.
  function closed() {
    if (dialog.open) return;
    onClose();
    setTimeout(() => {
      if (!released && !dialog.open) dialog.showModal();
    });
  }
  dialog.addEventListener('cancel', cancel);
  dialog.addEventListener('close', closed);
  dialog.showModal();
  return () => {
    released = true;
    dialog.removeEventListener('cancel', cancel);
    dialog.removeEventListener('close', closed);
    if (dialog.open) dialog.close();
  };
}

/**
 * A modal `<dialog>` open while `open` is true, for the returned ref; `onClose` asks the page to
 * close it (Escape, or the browser closing it), once per ask. Closed, it gives the focus back to
 * what had it when it opened.
 */
export function useModalDialog(open: boolean, onClose: () => void): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null);
  const askToClose = useEffectEvent(onClose);
  // A layout effect, so a dialog leaving with its component is closed while still in the document:
  // only then does the browser give the focus back to the button that opened it.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!open || !dialog) return;
    return showModalDialog(dialog, () => askToClose());
  }, [open]);
  return ref;
}
