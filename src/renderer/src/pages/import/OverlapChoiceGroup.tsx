import { useId } from 'react';
import type { OverlapChoice } from '../../../../shared/contract/imports';
import { keepHint, replaceHint, skipHint } from './overlap-choice-text';
import { keepAllLabel, overlapLegend } from './overlap-question-text';
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

/** Earlier imports listed in full; a longer list scrolls in its own box, so the choices stay near the legend. */
const EARLIER_LISTED = 4;

/**
 * Asks what to do when a file covers a period an earlier import of the same source, or a file
 * imported before it, already does. Nothing is chosen beforehand: each choice either drops a file
 * or may double-count, so the file waits for an answer, said in words and to assistive
 * technology, not by colour alone. The earlier imports are listed once; the choices keep short
 * names that do not wrap, and count them in the words beside.
 */
export function OverlapChoiceGroup({ overlaps, stagedAbove, value, onChange, kept, onKeptChange }: OverlapChoiceGroupProps) {
  const name = useId();
  const needsAnswerId = useId();
  const count = overlaps.length;
  const choices: { value: OverlapChoice; label: string; hint: string }[] = [
    { value: 'skip', label: 'Skip this file', hint: skipHint(count, stagedAbove) },
    { value: 'replace', label: 'Replace', hint: replaceHint(overlaps, stagedAbove, kept) },
    { value: 'keepBoth', label: keepAllLabel(overlaps.map((overlap) => overlap.fileName), stagedAbove), hint: keepHint(count, stagedAbove) },
  ];
  const unanswered = value === null;
  const scrolls = count > EARLIER_LISTED;
  return (
    <>
      <fieldset
        className={unanswered ? 'overlap-choice overlap-choice--unanswered' : 'overlap-choice'}
        role="radiogroup"
        aria-required="true"
        aria-describedby={unanswered ? needsAnswerId : undefined}
      >
        <legend>{overlapLegend(count, stagedAbove)}</legend>
        {count > 0 && (
          // A list that scrolls takes focus, so it scrolls from the keyboard too.
          <ul className={scrolls ? 'overlap-list overlap-list--scrolls' : 'overlap-list'} tabIndex={scrolls ? 0 : undefined} aria-label={scrolls ? `${count} earlier imports` : undefined}>
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
            <label key={choice.value} className="choice overlap-option">
              <input type="radio" name={name} value={choice.value} checked={value === choice.value} onChange={() => onChange(choice.value)} />
              <span className="overlap-option-label">{choice.label}</span>{' '}
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
