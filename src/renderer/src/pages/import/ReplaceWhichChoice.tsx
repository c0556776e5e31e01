import { useId } from 'react';
import { keptBesideText } from './overlap-question-text';
import type { CardOverlap } from './preview-card';

interface ReplaceWhichChoiceProps {
  /** The earlier imports of the same period, two or more. */
  overlaps: CardOverlap[];
  /** Those unticked: they stay. */
  kept: number[];
  onChange(kept: number[]): void;
}

/** Earlier imports ticked in full view; more scroll in their own box, the card's other parts kept in reach. */
const TICKS_LISTED = 4;

/**
 * Under Replace, which of several earlier imports of the same period the file takes the place of,
 * each named with what replacing it takes away. All are ticked at first, as Replace alone meant;
 * with none ticked Replace would replace nothing, so the file waits, saying so.
 */
export function ReplaceWhichChoice({ overlaps, kept, onChange }: ReplaceWhichChoiceProps) {
  const noneId = useId();
  const none = overlaps.every((overlap) => kept.includes(overlap.importId));
  const replaced = overlaps.filter((overlap) => !kept.includes(overlap.importId)).length;
  return (
    <fieldset className="replace-which" aria-describedby={none ? noneId : undefined}>
      <legend>Earlier imports to replace</legend>
      {overlaps.length > TICKS_LISTED && (
        <p className="replace-which-hint">
          {replaced} of {overlaps.length} ticked
        </p>
      )}
      <div className={overlaps.length > TICKS_LISTED ? 'replace-which-options replace-which-options--scrolls' : 'replace-which-options'}>
        {overlaps.map((overlap) => (
          <label key={overlap.importId} className="choice">
            <input
              type="checkbox"
              checked={!kept.includes(overlap.importId)}
              onChange={(event) => onChange(event.target.checked ? kept.filter((id) => id !== overlap.importId) : [...kept, overlap.importId])}
            />
            {overlap.replaceText}
          </label>
        ))}
      </div>
      {none ? (
        <p id={noneId} className="overlap-needed" role="alert">
          Tick at least one earlier import to replace, or choose another answer.
        </p>
      ) : (
        <KeptBeside overlaps={overlaps.filter((overlap) => kept.includes(overlap.importId))} />
      )}
    </fieldset>
  );
}

/** What keeping an earlier import beside the file costs: the period both cover is counted twice. */
function KeptBeside({ overlaps }: { overlaps: CardOverlap[] }) {
  if (overlaps.length === 0) return <p className="replace-which-hint">Those left unticked stay, beside this file.</p>;
  return (
    <ul className="replace-which-kept" role="status">
      {overlaps.map((overlap) => (
        <li key={overlap.importId}>{keptBesideText(overlap.fileName, overlap.sharedPeriod)}</li>
      ))}
    </ul>
  );
}
