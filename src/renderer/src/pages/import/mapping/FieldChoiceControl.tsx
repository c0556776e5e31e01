import { useId } from 'react';
import { MAPPED_SALE_TYPES } from '../../../../../shared/contract/column-mapping';
import { NO_CHOICE, type FieldChoice } from './mapping-draft';
import { SALE_TYPE_LABELS, type FieldDefinition } from './mapping-fields';

/** The select's value for "one value for every line"; column values are prefixed, so no column can collide with it. */
const FIXED = 'fixed';
const COLUMN = 'column:';

interface FieldChoiceControlProps {
  field: FieldDefinition;
  choice: FieldChoice;
  columns: readonly string[];
  /** The first cell under the chosen column, so the user sees what the column holds. */
  example: string | null;
  /** The ids of the "Still to do" items about this field: its control is invalid, and described by them. */
  problemIds?: string;
  onChange(choice: FieldChoice): void;
}

function selectValue(choice: FieldChoice): string {
  if (choice.source === 'column') return `${COLUMN}${choice.column}`;
  return choice.source === 'fixed' ? FIXED : '';
}

/** One field of a statement line: which column it is read from, or the value every line has. */
export function FieldChoiceControl({ field, choice, columns, example, problemIds, onChange }: FieldChoiceControlProps) {
  const id = useId();
  const hint = choice.source === 'column' && example !== null ? `e.g. “${example}”` : (field.hint ?? null);
  // A fixed value's problem is the value typed; any other is the choice of column.
  const valueInvalid = problemIds !== undefined && choice.source === 'fixed';
  const choiceInvalid = problemIds !== undefined && !valueInvalid;
  const choiceDescribedBy = [hint ? `${id}-hint` : null, choiceInvalid ? problemIds : null].filter(Boolean).join(' ') || undefined;

  function choose(value: string) {
    if (value === '') onChange(NO_CHOICE);
    else if (value === FIXED) onChange({ source: 'fixed', column: '', fixed: field.fixed?.kind === 'saleType' ? MAPPED_SALE_TYPES[0] : '' });
    else onChange({ source: 'column', column: value.slice(COLUMN.length), fixed: '' });
  }

  return (
    <div className="mapping-field">
      <div className="mapping-field-name">
        <label htmlFor={id}>{field.label}</label>
        {field.required && (
          <span className="mapping-field-required" aria-hidden="true">
            required
          </span>
        )}
      </div>
      <div className="mapping-field-inputs">
        <select
          id={id}
          value={selectValue(choice)}
          required={field.required}
          aria-invalid={choiceInvalid}
          aria-describedby={choiceDescribedBy}
          onChange={(event) => choose(event.target.value)}
        >
          <option value="">{field.required ? 'Choose…' : 'Not in this file'}</option>
          <optgroup label="Columns">
            {columns.map((column) => (
              <option key={column} value={`${COLUMN}${column}`}>
                {column}
              </option>
            ))}
          </optgroup>
          {field.fixed && <option value={FIXED}>Same for every line…</option>}
        </select>
        {choice.source === 'fixed' && field.fixed?.kind === 'saleType' && (
          <select aria-label={field.fixed.label} value={choice.fixed} onChange={(event) => onChange({ ...choice, fixed: event.target.value })}>
            {MAPPED_SALE_TYPES.map((type) => (
              <option key={type} value={type}>
                {SALE_TYPE_LABELS[type]}
              </option>
            ))}
          </select>
        )}
        {choice.source === 'fixed' && field.fixed && field.fixed.kind !== 'saleType' && (
          <input
            type="text"
            aria-label={field.fixed.label}
            aria-invalid={valueInvalid}
            aria-describedby={valueInvalid ? problemIds : undefined}
            value={choice.fixed}
            maxLength={field.fixed.kind === 'currency' ? 3 : 100}
            placeholder={field.fixed.kind === 'currency' ? 'USD' : 'e.g. Bandcamp'}
            spellCheck={false}
            className={field.fixed.kind === 'currency' ? 'mapping-currency-input' : undefined}
            onChange={(event) => onChange({ ...choice, fixed: event.target.value })}
          />
        )}
      </div>
      {hint && (
        <p id={`${id}-hint`} className="mapping-field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
