import { useId } from 'react';
import type { PlatformSummary } from '../../../../shared/contract/imports';
import { PLATFORM_SPELLING_MAX } from '../../../../shared/contract/platform-aliases';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useDraft } from '../../components/use-draft';
import { ONLY_LATER_STATEMENTS } from './platform-spellings';

interface AddSpellingDialogProps {
  /** The platform the spelling is for; null while the dialog is closed. */
  platform: PlatformSummary | null;
  busy: boolean;
  error: string | null;
  onSave(platform: PlatformSummary, alias: string): void;
  onClose(): void;
}

/** Asks for another way statements print a platform's name, and says what it will and will not change. */
export function AddSpellingDialog({ platform, busy, error, onSave, onClose }: AddSpellingDialogProps) {
  const inputId = useId();
  const hintId = useId();
  const [alias, setAlias] = useDraft(platform, '');
  const trimmed = alias.trim();

  return (
    <ConfirmDialog
      open={platform !== null}
      title={platform ? `Add a spelling of ${platform.name}` : 'Add a spelling'}
      confirmLabel="Save"
      busyLabel="Saving…"
      busy={busy}
      canConfirm={trimmed !== ''}
      error={error}
      onConfirm={() => platform && onSave(platform, trimmed)}
      onClose={onClose}
    >
      {platform && (
        <>
          <div className="field">
            <label htmlFor={inputId}>Spelling, as a statement prints it</label>
            <input
              id={inputId}
              type="text"
              value={alias}
              maxLength={PLATFORM_SPELLING_MAX}
              required
              autoComplete="off"
              aria-describedby={hintId}
              aria-invalid={error !== null}
              onChange={(event) => setAlias(event.target.value)}
            />
          </div>
          <p id={hintId} className="dialog-lead">
            Statements imported from now on that print it, in any letter case, count as {platform.name}. {ONLY_LATER_STATEMENTS} To move those, merge their
            platform into {platform.name}.
          </p>
        </>
      )}
    </ConfirmDialog>
  );
}
