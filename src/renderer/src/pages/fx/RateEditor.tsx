import { useId, useState, type FormEvent, type RefObject } from 'react';
import type { FxRate } from '../../../../shared/contract/imports';
import { readRateDraft, type RateDraft, type RateDraftProblems } from './rate-draft';

interface RateEditorProps {
  baseCurrency: string;
  draft: RateDraft;
  onDraftChange(draft: RateDraft): void;
  busy: boolean;
  onSave(rates: FxRate[]): Promise<boolean>;
  /** Lets the page put the cursor in the rate when a row is picked for editing. */
  rateInputRef: RefObject<HTMLInputElement | null>;
}

const FIELDS: { key: keyof RateDraft; label: string; type: string; placeholder: string; inputMode?: 'decimal' }[] = [
  { key: 'month', label: 'Month', type: 'text', placeholder: 'YYYY-MM' },
  { key: 'currency', label: 'Currency', type: 'text', placeholder: 'EUR' },
  { key: 'rate', label: 'Rate', type: 'text', placeholder: '1.0850', inputMode: 'decimal' },
];

/** Adds a rate, or changes one picked from the table: the same month and currency replace it. */
export function RateEditor({ baseCurrency, draft, onDraftChange, busy, onSave, rateInputRef }: RateEditorProps) {
  const ids = useId();
  const [problems, setProblems] = useState<RateDraftProblems>({});

  async function save(event: FormEvent) {
    event.preventDefault();
    const read = readRateDraft(draft, baseCurrency);
    if ('problems' in read) {
      setProblems(read.problems);
      return;
    }
    setProblems({});
    if (await onSave([read.rate])) onDraftChange({ month: draft.month, currency: '', rate: '' });
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
              ref={field.key === 'rate' ? rateInputRef : undefined}
              type={field.type}
              inputMode={field.inputMode}
              placeholder={field.placeholder}
              spellCheck={false}
              autoComplete="off"
              value={draft[field.key]}
              aria-invalid={Boolean(problems[field.key])}
              aria-describedby={problems[field.key] ? `${ids}-${field.key}-problem` : undefined}
              onChange={(event) => onDraftChange({ ...draft, [field.key]: event.target.value })}
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
