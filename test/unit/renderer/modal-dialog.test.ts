import { describe, expect, it, vi } from 'vitest';
import { showModalDialog, type ModalDialog } from '../../../src/renderer/src/components/use-modal-dialog';

/** A `<dialog>` as Chromium runs one: its close event comes a task after it closes. */
class FakeDialog extends EventTarget implements ModalDialog {
  open = false;

  showModal(): void {
    this.open = true;
  }

  close(): void {
    if (!this.open) return;
    this.open = false;
    setTimeout(() => this.dispatchEvent(new Event('close')));
  }

  /** Escape: a cancel, then the close the page did not refuse. The browser lets a page refuse one only after a click or key other than Escape. */
  escape(refusable = true): void {
    if (this.dispatchEvent(new Event('cancel', { cancelable: refusable }))) this.close();
  }
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/** A page that closes the dialog it is asked to close, as its state would; `onClose` counts the asks. */
function pageShowing(dialog: FakeDialog) {
  const onClose = vi.fn(() => stop());
  const stop = showModalDialog(dialog, onClose);
  return { onClose, stop };
}

describe('showModalDialog', () => {
  it('shows the dialog as a modal', () => {
    const dialog = new FakeDialog();
    pageShowing(dialog);
    expect(dialog.open).toBe(true);
  });

  it('hands Escape to the page, once, which closes the dialog; its close event a task later does not ask again', async () => {
    const dialog = new FakeDialog();
    const { onClose } = pageShowing(dialog);
    dialog.escape();
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(dialog.open).toBe(false);
    await nextTask();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('leaves the dialog open while the page does not close it, and asks again at each Escape', async () => {
    const dialog = new FakeDialog();
    const onClose = vi.fn();
    showModalDialog(dialog, onClose);
    dialog.escape();
    dialog.escape();
    await nextTask();
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(dialog.open).toBe(true);
  });

  it('does not tell the page of a close it asked for (Cancel, Save)', async () => {
    const dialog = new FakeDialog();
    const { onClose, stop } = pageShowing(dialog);
    stop();
    expect(dialog.open).toBe(false);
    await nextTask();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('tells the page once of an Escape it could not refuse, which the browser closed the dialog on', async () => {
    const dialog = new FakeDialog();
    const { onClose } = pageShowing(dialog);
    dialog.escape(false);
    expect(dialog.open).toBe(false);
    await nextTask();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('shows the dialog again when the browser closed it on such an Escape but the page keeps it open', async () => {
    const dialog = new FakeDialog();
    const onClose = vi.fn();
    showModalDialog(dialog, onClose);
    dialog.escape(false);
    await nextTask();
    expect(onClose).toHaveBeenCalledTimes(1);
    await nextTask();
    expect(dialog.open).toBe(true);
  });

  it('keeps a dialog opened again before the last close event came: that event is not a close of this one', async () => {
    const dialog = new FakeDialog();
    const first = pageShowing(dialog);
    dialog.escape();
    const again = pageShowing(dialog);
    await nextTask();
    expect(first.onClose).toHaveBeenCalledTimes(1);
    expect(again.onClose).not.toHaveBeenCalled();
    expect(dialog.open).toBe(true);
  });
});
