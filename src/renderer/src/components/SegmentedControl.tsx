import { useId } from 'react';

interface SegmentedControlProps<T extends string> {
  legend: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange(value: T): void;
  /** The id of a sentence saying more about the choice, read out with the group. */
  describedBy?: string;
}

/** A radio group drawn as joined buttons: arrow keys move between choices, as with any radio group. */
export function SegmentedControl<T extends string>({ legend, options, value, onChange, describedBy }: SegmentedControlProps<T>) {
  const name = useId();
  return (
    <fieldset className="segmented" aria-describedby={describedBy}>
      <legend className="visually-hidden">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="segmented-option">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
