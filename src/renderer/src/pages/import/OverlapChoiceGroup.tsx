import { useId } from 'react';
import type { OverlapChoice } from '../../../../shared/contract/imports';
import { keepAllHint, keepAllLabel, overlapLegend, overlapTargets, replaceLabel } from './overlap-question-text';
import type { CardOverlap } from './preview-card';
import { ReplaceWhichChoice } from './ReplaceWhichChoice';

interface OverlapChoiceGroupProps {
  /** Earlier imports of the same period, a sentence each. */
  overlaps: CardOverlap[];
  /** Files picked with this one, listed above it, that cover the same period: they are imported first. */
  stagedAbove: string[];
  /** null until the user answers: no choice is made for them. */
  value: OverlapChoice | null;
  onChange(choice: OverlapChoice): void;
  /** Under Replace, the earlier imports unticked, which stay. */
  kept: number[];
  onKeptChange(kept: number[]): void;
}

/**
 * Asks what to do when a file covers a period an earlier import of the same source, or a file
 * imported before it, already does. Nothing is chosen beforehand: each choice either drops a file
 * or may double-count, so the file waits for an answer, said in words and to assistive
 * technology, not by colour alone.
 */
export function OverlapChoiceGroup({ overlaps, stagedAbove, value, onChange, kept, onKeptChange }: OverlapChoiceGroupProps) {
  const name = useId();
  const needsAnswerId = useId();
  const earlier = overlaps.map((overlap) => overlap.fileName);
  const targets = overlapTargets(earlier, stagedAbove);
  const choices: { value: OverlapChoice; label: string; hint: string }[] = [
    { value: 'skip', label: 'Skip this file', hint: `keep ${targets} instead` },
    { value: 'replace', label: value === 'replace' ? replaceLabel(overlaps, stagedAbove, kept) : `Replace ${targets}`, hint: 'for a corrected statement' },
    { value: 'keepBoth', label: keepAllLabel(earlier, stagedAbove), hint: keepAllHint(earlier, stagedAbove) },
  ];
  const unanswered = value === null;
  return (
    <>
      <fieldset
        className={unanswered ? 'overlap-choice overlap-choice--unanswered' : 'overlap-choice'}
        role="radiogroup"
        aria-required="true"
        aria-describedby={unanswered ? needsAnswerId : undefined}
      >
        <legend>{overlapLegend(overlaps.length, stagedAbove)}</legend>
        {overlaps.length > 0 && (
          <ul className="overlap-list">
            {overlaps.map((overlap) => (
              <li key={overlap.importId}>{overlap.text}</li>
            ))}
          </ul>
        )}
        {unanswered && (
          <p id={needsAnswerId} className="overlap-needed">
            Answer needed: choose what to do with this file before importing.
          </p>
        )}
        <div className="overlap-options">
          {choices.map((choice) => (
            <label key={choice.value} className="choice">
              <input type="radio" name={name} value={choice.value} checked={value === choice.value} onChange={() => onChange(choice.value)} />
              {choice.label}
              <span className="choice-hint">— {choice.hint}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {/* Beside the radio group, not in it: a radio group holds radios alone. */}
      {value === 'replace' && overlaps.length > 1 && <ReplaceWhichChoice overlaps={overlaps} kept={kept} onChange={onKeptChange} />}
    </>
  );
}
