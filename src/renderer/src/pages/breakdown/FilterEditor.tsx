import { useId, useState, type FormEvent } from 'react';
import { FilterCondition, type ConditionField, type FilterOp } from '../../../../shared/query/filter-spec';
import type { ChosenFilter } from './breakdown-choices';
import { CONDITION_FIELD_CHOICES, conditionFieldLabel, FIELD_GROUPS, opsFor, picksMembers, valueKindOf, valueText } from './filter-fields';
import type { PickOption } from './pick-options';
import { TypedValueInputs } from './TypedValueInputs';
import { typedValues } from './typed-values';
import { ValuePicker } from './ValuePicker';

interface FilterEditorProps {
  onApply(chosen: ChosenFilter): void;
  onCancel(): void;
}

interface Draft {
  field: ConditionField;
  op: FilterOp;
  picked: PickOption[];
  boxes: string[];
}

/** The filter a draft describes, checked by the same schema the engine checks it with. */
function draftFilter(draft: Draft): { chosen: ChosenFilter | null; problem: string | null; empty: boolean } {
  const op = opsFor(draft.field).find((choice) => choice.value === draft.op) ?? opsFor(draft.field)[0]!;
  const kind = valueKindOf(draft.field);
  let values: (string | number)[] | undefined;
  let valueLabels: string[] = [];
  if (op.takes === 'none') {
    values = undefined;
  } else if (picksMembers(draft.field, op.value)) {
    const picked = op.takes === 'one' ? draft.picked.slice(0, 1) : draft.picked;
    values = picked.map((option) => option.key);
    valueLabels = picked.map((option) => option.label);
  } else {
    values = typedValues(kind, op.takes, draft.boxes);
    valueLabels = values.map((value) => valueText(kind, value));
  }
  const empty = values !== undefined && values.length === 0;
  const parsed = FilterCondition.safeParse({ field: draft.field, op: op.value, ...(values ? { values } : {}) });
  // The schema's own sentences already name the field ("revenue: expected an exact decimal…").
  if (!parsed.success) return { chosen: null, problem: parsed.error.issues.map((issue) => issue.message).join('; '), empty };
  return { chosen: { filter: parsed.data, valueLabels }, problem: null, empty };
}

/** A new filter: which field, how it compares, and which members or values. */
export function FilterEditor({ onApply, onCancel }: FilterEditorProps) {
  const ids = useId();
  const [draft, setDraft] = useState<Draft>({ field: 'platform', op: 'in', picked: [], boxes: [] });
  const ops = opsFor(draft.field);
  const op = ops.find((choice) => choice.value === draft.op) ?? ops[0]!;
  const { chosen, problem, empty } = draftFilter(draft);
  // Nothing typed yet is not a mistake; the Apply button simply waits.
  const shownProblem = empty ? null : problem;
  const problemId = shownProblem ? `${ids}-problem` : undefined;

  function chooseField(field: ConditionField) {
    const fieldOps = opsFor(field);
    const keep = fieldOps.some((choice) => choice.value === draft.op);
    setDraft({ field, op: keep ? draft.op : fieldOps[0]!.value, picked: [], boxes: [] });
  }

  function chooseOp(next: FilterOp) {
    const takes = ops.find((choice) => choice.value === next)?.takes;
    // Going from several to one keeps the first choice rather than silently sending them all.
    setDraft({ ...draft, op: next, picked: takes === 'one' ? draft.picked.slice(0, 1) : draft.picked });
  }

  function apply(event: FormEvent) {
    event.preventDefault();
    if (chosen) onApply(chosen);
  }

  const fieldLabel = conditionFieldLabel(draft.field);
  return (
    <form className="filter-editor" aria-label="New filter" onSubmit={apply}>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${ids}-field`}>Field</label>
          <select id={`${ids}-field`} value={draft.field} onChange={(event) => chooseField(event.target.value as ConditionField)}>
            {FIELD_GROUPS.map((group) => (
              <optgroup key={group} label={group}>
                {CONDITION_FIELD_CHOICES.filter((choice) => choice.group === group).map((choice) => (
                  <option key={choice.value} value={choice.value}>
                    {choice.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-op`}>Condition</label>
          <select id={`${ids}-op`} value={op.value} onChange={(event) => chooseOp(event.target.value as FilterOp)}>
            {ops.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {op.takes !== 'none' &&
        (picksMembers(draft.field, op.value) ? (
          <ValuePicker
            key={draft.field}
            field={draft.field}
            multiple={op.takes === 'many'}
            picked={draft.picked}
            onChange={(picked) => setDraft({ ...draft, picked })}
          />
        ) : (
          <TypedValueInputs
            key={`${draft.field}-${op.takes}`}
            fieldLabel={fieldLabel}
            kind={valueKindOf(draft.field)}
            takes={op.takes}
            boxes={draft.boxes}
            onChange={(boxes) => setDraft({ ...draft, boxes })}
            problemId={problemId}
          />
        ))}
      {shownProblem && (
        <p id={problemId} className="field-problem" role="alert">
          {shownProblem}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={!chosen}>
          Apply filter
        </button>
      </div>
    </form>
  );
}
