import { useId } from 'react';
import { alsoFitsText, readAsOptions, type FormatChoice } from './format-choice';

interface ReadAsChoiceProps {
  choice: FormatChoice;
  /** The chosen layout's id; null for the detected one. */
  value: string | null;
  disabled: boolean;
  onChange(formatId: string | null): void;
}

/** Asks which layout to read a file as when more than one fits it equally well. */
export function ReadAsChoice({ choice, value, disabled, onChange }: ReadAsChoiceProps) {
  const id = useId();
  return (
    <div className="staged-card-read-as">
      <p className="staged-card-read-as-hint">{alsoFitsText(choice)}</p>
      <div className="field">
        <label htmlFor={id}>Read as</label>
        <select id={id} value={value ?? ''} disabled={disabled} onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}>
          {readAsOptions(choice).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
