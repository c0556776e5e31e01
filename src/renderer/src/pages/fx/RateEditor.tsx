import { useId, useState, type FormEvent } from 'react';
import type { FxRate } from '../../../../shared/contract/imports';
import { defaultRateMonth, readRateDraft, type RateDraft, type RateDraftProblems } from './rate-draft';
import type { RatesSaveOutcome } from './rates-save-outcome';

interface RateEditorProps {
  baseCurrency: string;
  busy: boolean;
  onSave(rates: FxRate[]): Promise<RatesSaveOutcome>;
}

const FIELDS: { key: keyof RateDraft; label: string; type: string; placeholder: string; inputMode?: 'decimal' }[] = [
  { key: 'month', label: 'Month', type: 'text', placeholder: 'YYYY-MM' },
  { key: 'currency', label: 'Currency', type: 'text', placeholder: 'EUR' },
  { key: 'rate', label: 'Rate', type: 'text', placeholder: '1.0850', inputMode: 'decimal' },
];

/** Adds a rate; a month and currency already on file have their rate replaced (a row's Edit changes one in place). */
export function RateEditor({ baseCurrency, busy, onSave }: RateEditorProps) {
  const ids = useId();
  const [draft, setDraft] = useState<RateDraft>(() => ({ month: defaultRateMonth(new Date()), currency: '', rate: '' }));
  const [problems, setProblems] = useState<RateDraftProblems>({});

  async function save(event: FormEvent) {
    event.preventDefault();
    const read = readRateDraft(draft, baseCurrency);
    if ('problems' in read) {
      setProblems(read.problems);
      return;
    }
    setProblems({});
    if ((await onSave([read.rate])).saved) setDraft({ month: draft.month, currency: '', rate: '' });
  }

  return (
    <section className="panel" aria-labelledby={`${ids}-title`}>
      <header className="panel-header">
        <h2 id={`${ids}-title`}>Add or change a rate</h2>
        <p className="panel-subtitle">What one unit of the currency was worth in {baseCurrency} that month</p>
      </header>
      <form className="rate-editor" onSubmit={save} noValidate>
        {FIELDS.map((field) => (
          <div key={field.key} className={`field rate-editor-${field.key}`}>
            <label htmlFor={`${ids}-${field.key}`}>{field.label}</label>
            <input
              id={`${ids}-${field.key}`}
              type={field.type}
              inputMode={field.inputMode}
              placeholder={field.placeholder}
              spellCheck={false}
              autoComplete="off"
              value={draft[field.key]}
              aria-invalid={Boolean(problems[field.key])}
              aria-describedby={problems[field.key] ? `${ids}-${field.key}-problem` : undefined}
              onChange={(event) => setDraft({ ...draft, [field.key]: event.target.value })}
            />
            {problems[field.key] && (
              <p id={`${ids}-${field.key}-problem`} className="field-problem">
                {problems[field.key]}
              </p>
            )}
          </div>
        ))}
        <button type="submit" className="button button--primary rate-editor-save" disabled={busy}>
          {busy ? 'Saving…' : 'Save rate'}
        </button>
      </form>
    </section>
  );
}
