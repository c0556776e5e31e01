import { useId, useMemo, useState } from 'react';
import type { FilterField } from '../../../../shared/query/query-spec';
import { useQueryResult } from '../../api/use-query-result';
import { pickListSpec } from './breakdown-specs';
import { dimensionLabel, dimensionPlural } from './breakdown-vocabulary';
import { matchingOptions, pickOptions, type PickOption } from './pick-options';

/** Options drawn at once; the search narrows a long catalogue to them. */
const SHOWN_OPTIONS = 200;

interface ValuePickerProps {
  field: FilterField;
  /** One member (a radio list) or several (check boxes). */
  multiple: boolean;
  picked: readonly PickOption[];
  onChange(picked: PickOption[]): void;
}

/** A searchable list of a field's members, fed by a query of that dimension. */
export function ValuePicker({ field, multiple, picked, onChange }: ValuePickerProps) {
  const ids = useId();
  const [search, setSearch] = useState('');
  const spec = useMemo(() => pickListSpec(field), [field]);
  const { result, error, loading } = useQueryResult(spec);
  const options = useMemo(() => (result ? pickOptions(result, field) : []), [result, field]);
  const matches = useMemo(() => matchingOptions(options, search), [options, search]);
  const pickedKeys = new Set(picked.map((option) => option.key));
  const plural = dimensionPlural(field);

  function toggle(option: PickOption, on: boolean) {
    if (!multiple) onChange([option]);
    else onChange(on ? [...picked, option] : picked.filter((chosen) => chosen.key !== option.key));
  }

  let list;
  if (error) {
    list = (
      <p className="field-problem" role="alert">
        The {plural} could not be listed: {error.message}
      </p>
    );
  } else if (!result) {
    list = <p className="value-picker-note">Listing {plural}…</p>;
  } else if (options.length === 0) {
    list = <p className="value-picker-note">No {plural} to choose from yet.</p>;
  } else {
    list = (
      <>
        <ul className="value-picker-list" aria-labelledby={`${ids}-legend`}>
          {matches.slice(0, SHOWN_OPTIONS).map((option) => (
            <li key={option.key}>
              <label className="choice">
                <input
                  type={multiple ? 'checkbox' : 'radio'}
                  name={`${ids}-values`}
                  checked={pickedKeys.has(option.key)}
                  onChange={(event) => toggle(option, event.target.checked)}
                />
                <span>{option.label}</span>
                {option.detail && <span className="choice-hint">{option.detail}</span>}
              </label>
            </li>
          ))}
        </ul>
        <p className="value-picker-note" aria-live="polite">
          {matches.length === 0
            ? `No ${plural} match “${search.trim()}”.`
            : matches.length > SHOWN_OPTIONS
              ? `Showing ${SHOWN_OPTIONS} of ${matches.length.toLocaleString('en-US')}; type more to narrow them.`
              : `${matches.length.toLocaleString('en-US')} ${matches.length === 1 ? dimensionLabel(field).toLowerCase() : plural}`}
        </p>
      </>
    );
  }

  return (
    <fieldset className="value-picker" aria-busy={loading}>
      <legend id={`${ids}-legend`}>{multiple ? `Choose ${plural}` : `Choose one of the ${plural}`}</legend>
      <input
        type="search"
        className="value-picker-search"
        aria-label={`Search ${plural}`}
        placeholder={`Search ${plural}`}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      {list}
    </fieldset>
  );
}
