import { useState } from 'react';

/**
 * A dialog's editable text that starts again from `initial` whenever `subject` changes. The reset
 * happens while rendering, not in an effect, so the dialog never paints (or takes keys) with the
 * previous subject's text for a frame.
 */
export function useDraft<T>(subject: T, initial: string): [string, (value: string) => void] {
  const [draft, setDraft] = useState(initial);
  const [draftFor, setDraftFor] = useState(subject);
  if (draftFor !== subject) {
    setDraftFor(subject);
    setDraft(initial);
  }
  return [draft, setDraft];
}
