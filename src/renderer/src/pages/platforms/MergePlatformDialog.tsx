import { useEffect, useId, useState } from 'react';
import type { PlatformSummary } from '../../../../shared/contract/imports';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { linesText } from '../../format/figures-text';
import { UNDO_FROM_HISTORY } from '../catalogue/merge-history/merge-history-text';
import { platformChoices } from './closest-platforms';

interface MergePlatformDialogProps {
  platform: PlatformSummary | null;
  platforms: PlatformSummary[];
  busy: boolean;
  error: string | null;
  onMerge(into: PlatformSummary): void;
  onClose(): void;
}

/** Picks the platform a stray spelling really is, and says what merging into it will do. */
export function MergePlatformDialog({ platform, platforms, busy, error, onMerge, onClose }: MergePlatformDialogProps) {
  const selectId = useId();
  const { closest, others } = platformChoices(
    platform?.name ?? '',
    platforms.filter((candidate) => candidate.platformId !== platform?.platformId),
  );
  const [intoId, setIntoId] = useState<number | null>(null);

  useEffect(() => {
    setIntoId(null);
  }, [platform]);

  const into = [...closest, ...others].find((candidate) => candidate.platformId === intoId) ?? null;

  return (
    <ConfirmDialog
      open={platform !== null}
      title={platform ? `Merge ${platform.name} into…` : 'Merge platform'}
      confirmLabel="Merge"
      busyLabel="Merging…"
      busy={busy}
      canConfirm={into !== null}
      error={error}
      onConfirm={() => into && onMerge(into)}
      onClose={onClose}
    >
      {platform && (
        <div className="merge-body">
          <div className="field">
            <label htmlFor={selectId}>The platform it really is</label>
            <select id={selectId} value={intoId ?? ''} onChange={(event) => setIntoId(event.target.value === '' ? null : Number(event.target.value))}>
              <option value="">Choose a platform…</option>
              {closest.length > 0 ? (
                <>
                  <optgroup label={`Closest to “${platform.name}”`}>{closest.map(platformOption)}</optgroup>
                  <optgroup label="Other platforms">{others.map(platformOption)}</optgroup>
                </>
              ) : (
                others.map(platformOption)
              )}
            </select>
          </div>
          <p className="dialog-lead">
            {into
              ? `The ${linesText(platform.lines)} of ${platform.name} will count as ${into.name}, and statements that spell it “${platform.name}” will be read as ${into.name} from now on.`
              : `Use this when a statement spelled a store in a way the app did not know, so it appeared as a platform of its own.`}
          </p>
          {into && <p className="dialog-lead">{UNDO_FROM_HISTORY}</p>}
        </div>
      )}
    </ConfirmDialog>
  );
}

function platformOption(candidate: PlatformSummary) {
  return (
    <option key={candidate.platformId} value={candidate.platformId}>
      {candidate.name}
    </option>
  );
}
