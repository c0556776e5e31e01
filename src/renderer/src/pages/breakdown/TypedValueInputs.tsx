import type { FilterValueKind } from '../../../../shared/query/filter-spec';
import type { ValueCount } from './filter-fields';

interface TypedValueInputsProps {
  fieldLabel: string;
  kind: FilterValueKind;
  takes: Exclude<ValueCount, 'none'>;
  boxes: readonly string[];
  onChange(boxes: string[]): void;
  /** The id of the sentence saying what is wrong, when something is. */
  problemId: string | undefined;
}

const INPUT_TYPES: Record<FilterValueKind, string> = {
  id: 'text',
  code: 'text',
  text: 'text',
  day: 'date',
  month: 'month',
  year: 'number',
  money: 'text',
  count: 'number',
};

const HINTS: Partial<Record<FilterValueKind, string>> = {
  money: 'e.g. 100.00',
  month: 'YYYY-MM',
  year: 'e.g. 2024',
};

/** Boxes for values people type: one, a from and a to, or several (one per line). */
export function TypedValueInputs({ fieldLabel, kind, takes, boxes, onChange, problemId }: TypedValueInputsProps) {
  const set = (index: number, text: string) => onChange(Object.assign([...boxes], { [index]: text }));
  const common = {
    'aria-invalid': problemId !== undefined,
    'aria-describedby': problemId,
    spellCheck: false,
  };
  if (takes === 'many') {
    return (
      <label className="typed-values">
        {fieldLabel} values, one per line
        <textarea rows={4} value={boxes[0] ?? ''} onChange={(event) => set(0, event.target.value)} {...common} />
      </label>
    );
  }
  const type = INPUT_TYPES[kind];
  const inputMode = kind === 'money' ? 'decimal' : undefined;
  if (takes === 'two') {
    return (
      <div className="typed-values typed-values--range">
        <label>
          From
          <input type={type} inputMode={inputMode} placeholder={HINTS[kind]} value={boxes[0] ?? ''} onChange={(event) => set(0, event.target.value)} {...common} />
        </label>
        <label>
          To
          <input type={type} inputMode={inputMode} placeholder={HINTS[kind]} value={boxes[1] ?? ''} onChange={(event) => set(1, event.target.value)} {...common} />
        </label>
      </div>
    );
  }
  return (
    <label className="typed-values">
      Value
      <input type={type} inputMode={inputMode} placeholder={HINTS[kind]} value={boxes[0] ?? ''} onChange={(event) => set(0, event.target.value)} {...common} />
    </label>
  );
}
