import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { FxRate } from '../../../../shared/contract/imports';
import { monthLabel } from '../../format/calendar-text';
import { rateProblem, typedRate } from './rate-draft';
import type { RatesSaveOutcome } from './rates-save-outcome';

interface RateRowEditorProps {
  rate: FxRate;
  busy: boolean;
  onCancel(): void;
  /** Saves the rate as typed, trimmed and with a decimal dot; the row closes itself once it is saved. */
  onSave(rate: string): Promise<RatesSaveOutcome>;
}

/** A rate's row while its rate is changed in place: Enter saves, Escape leaves it as it was. */
export function RateRowEditor({ rate, busy, onCancel, onSave }: RateRowEditorProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState(rate.rate);
  const [problem, setProblem] = useState<string | null>(null);
  const month = monthLabel(rate.month);
  const what = `the ${rate.currency} rate for ${month}`;

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  async function save() {
    const wrong = rateProblem(typed);
    if (wrong) {
      setProblem(wrong);
      input.current?.focus();
      return;
    }
    // The same rate again would convert the month's lines again to the same amounts.
    if (typedRate(typed) === rate.rate) {
      onCancel();
      return;
    }
    const outcome = await onSave(typedRate(typed));
    if (!outcome.saved) {
      setProblem(outcome.reason);
      input.current?.focus();
    }
  }

  function keys(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (!busy) void save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  }

  return (
    <tr className="rate-row-editing">
      <td>{month}</td>
      <td>{rate.currency}</td>
      <td className="numeric rate-cell">
        <input
          ref={input}
          id={id}
          type="text"
          inputMode="decimal"
          className="rate-input"
          spellCheck={false}
          autoComplete="off"
          aria-label={`${rate.currency} rate for ${month}`}
          aria-invalid={Boolean(problem)}
          aria-describedby={problem ? `${id}-problem` : undefined}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={keys}
        />
        {problem && (
          <span id={`${id}-problem`} className="field-problem">
            {problem}
          </span>
        )}
      </td>
      <td className="row-actions">
        <div className="rate-row-actions">
          <button type="button" className="button button--small button--primary" aria-label={`Save ${what}`} disabled={busy} onClick={() => void save()}>
            {busy ? 'Saving…' : 'Save'}
          </button>
          <button type="button" className="button button--small button--quiet" aria-label={`Keep ${what} as it was`} onClick={onCancel}>
            Cancel
          </button>
        </div>
      </td>
    </tr>
  );
}
