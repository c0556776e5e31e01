import { useId } from 'react';
import type { OverlapChoice } from '../../../../shared/contract/imports';

interface OverlapChoiceGroupProps {
  overlaps: { importId: number; text: string }[];
  value: OverlapChoice;
  onChange(choice: OverlapChoice): void;
}

/** Asks what to do when a file covers a period an earlier import of the same source already does. */
export function OverlapChoiceGroup({ overlaps, value, onChange }: OverlapChoiceGroupProps) {
  const name = useId();
  const earlier = overlaps.length === 1 ? 'the earlier import' : `the ${overlaps.length} earlier imports`;
  const choices: { value: OverlapChoice; label: string; hint: string }[] = [
    { value: 'skip', label: 'Skip this file', hint: 'keep what is already imported' },
    { value: 'replace', label: `Replace ${earlier}`, hint: 'for a corrected statement' },
    { value: 'keepBoth', label: 'Keep both', hint: 'for a statement that adds to the earlier one' },
  ];
  return (
    <fieldset className="overlap-choice">
      <legend>Same period as {overlaps.length === 1 ? 'an earlier import' : `${overlaps.length} earlier imports`}</legend>
      <ul className="overlap-list">
        {overlaps.map((overlap) => (
          <li key={overlap.importId}>{overlap.text}</li>
        ))}
      </ul>
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
  );
}
