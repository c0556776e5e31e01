import { useId } from 'react';
import { sheetOptions } from './sheet-choice';

interface SheetChoiceProps {
  sheets: readonly string[];
  /** The chosen sheet; null for every statement sheet. */
  value: string | null;
  disabled: boolean;
  onChange(sheet: string | null): void;
}

/** Asks which of a workbook's statement sheets to import: all of them, or one. */
export function SheetChoice({ sheets, value, disabled, onChange }: SheetChoiceProps) {
  const id = useId();
  return (
    <div className="field staged-card-sheet">
      <label htmlFor={id}>Sheets</label>
      <select id={id} value={value ?? ''} disabled={disabled} onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}>
        {sheetOptions(sheets).map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
