import { useId, useState, type FormEvent } from 'react';
import type { FxRate } from '../../../../shared/contract/imports';
import { monthLabel } from '../../format/calendar-text';
import { countText, linesText } from '../../format/figures-text';
import { rateKey, rateProblem, typedRate } from './rate-draft';
import type { RatesSaveOutcome } from './rates-save-outcome';

export interface MissingRate {
  month: string;
  currency: string;
  lines: number;
}

interface MissingRatesPanelProps {
  baseCurrency: string;
  missing: MissingRate[];
  busy: boolean;
  onSave(rates: FxRate[]): Promise<RatesSaveOutcome>;
}

/** The months and currencies with lines but no rate: those lines are left out of base totals. */
export function MissingRatesPanel({ baseCurrency, missing, busy, onSave }: MissingRatesPanelProps) {
  const ids = useId();
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [tried, setTried] = useState(false);
  const waiting = missing.reduce((sum, row) => sum + row.lines, 0);

  const filled = missing.filter((row) => (typed[rateKey(row)] ?? '').trim() !== '');
  const problems = new Map(filled.map((row) => [rateKey(row), rateProblem(typed[rateKey(row)] ?? '')]));
  const valid = filled.every((row) => problems.get(rateKey(row)) === null);

  async function save(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (filled.length === 0 || !valid) return;
    const saved = await onSave(filled.map((row) => ({ month: row.month, currency: row.currency, rate: typedRate(typed[rateKey(row)] ?? '') })));
    if (saved.saved) {
      setTyped({});
      setTried(false);
    }
  }

  return (
    <section className="panel missing-rates" aria-labelledby={`${ids}-title`}>
      <header className="panel-header">
        <h2 id={`${ids}-title`}>Rates needed</h2>
        <p className="panel-subtitle">
          {linesText(waiting)} in other currencies {waiting === 1 ? 'is' : 'are'} left out of {baseCurrency} totals until {missing.length === 1 ? 'this month has' : 'these months have'} a rate.
        </p>
      </header>
      <form onSubmit={save} className="missing-rates-form" noValidate>
        <div className="table-scroll">
          <table className="result-table">
            <caption className="visually-hidden">Months and currencies without a rate</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">Currency</th>
                <th scope="col" className="numeric">
                  Lines waiting
                </th>
                <th scope="col">1 unit in {baseCurrency}</th>
              </tr>
            </thead>
            <tbody>
              {missing.map((row) => {
                const key = rateKey(row);
                const problem = tried ? problems.get(key) : null;
                const inputId = `${ids}-${row.month}-${row.currency}`;
                return (
                  <tr key={key}>
                    <td>{monthLabel(row.month)}</td>
                    <td>{row.currency}</td>
                    <td className="numeric">{countText(row.lines)}</td>
                    <td className="rate-cell">
                      <input
                        id={inputId}
                        type="text"
                        inputMode="decimal"
                        className="rate-input"
                        placeholder="e.g. 1.0850"
                        aria-label={`Rate for ${row.currency} in ${monthLabel(row.month)}`}
                        aria-invalid={Boolean(problem)}
                        aria-describedby={problem ? `${inputId}-problem` : undefined}
                        value={typed[key] ?? ''}
                        onChange={(event) => setTyped((previous) => ({ ...previous, [key]: event.target.value }))}
                      />
                      {problem && (
                        <span id={`${inputId}-problem`} className="field-problem">
                          {problem}
                        </span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy || filled.length === 0}>
            {busy ? 'Saving…' : filled.length > 1 ? `Save ${filled.length} rates` : 'Save rate'}
          </button>
        </div>
      </form>
    </section>
  );
}
