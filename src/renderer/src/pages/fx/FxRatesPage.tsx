import { useRef, useState, type ChangeEvent } from 'react';
import { BaseCurrencyChanged, type FxRate } from '../../../../shared/contract/imports';
import type { WorkstationApi } from '../../../../shared/contract/workstation-api';
import { useChannelAnswer } from '../../api/use-channel-answer';
import { useJob } from '../../api/use-job';
import { useWorkstation } from '../../api/workstation-context';
import { BaseCurrencyChoice } from './BaseCurrencyChoice';
import { baseCurrencyChangedText } from './base-currency-text';
import { fxSavedText } from './fx-save-text';
import { MissingRatesPanel } from './MissingRatesPanel';
import { RateEditor } from './RateEditor';
import type { RatesSaveOutcome } from './rates-save-outcome';
import { RatesOnFilePanel } from './RatesOnFilePanel';

const askRates = (api: WorkstationApi) => api.listFxRates();

type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; text: string } | { kind: 'failed'; text: string };

/** Monthly exchange rates into the base currency, and the months still waiting for one. */
export function FxRatesPage() {
  const api = useWorkstation();
  const answer = useChannelAnswer(askRates);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const csvInput = useRef<HTMLInputElement>(null);
  const baseChange = useJob();
  const baseCurrency = answer.value?.baseCurrency ?? '';
  const saving = status.kind === 'saving';
  // The rates wait while the base currency changes; its own button stays enabled, as the focus goes back to it when the dialog closes.
  const busy = saving || baseChange.running;

  async function saveRates(rates: FxRate[]): Promise<RatesSaveOutcome> {
    setStatus({ kind: 'saving' });
    const saved = await api.setFxRates({ rates });
    if (!saved.ok) {
      const reason = `The ${rates.length === 1 ? 'rate was' : 'rates were'} not saved: ${saved.error.message}`;
      setStatus({ kind: 'failed', text: reason });
      return { saved: false, reason };
    }
    setStatus({ kind: 'saved', text: fxSavedText(saved.value, baseCurrency) });
    answer.reload();
    return { saved: true };
  }

  /** Runs the change as a job; resolves to why it failed, or null once it was made or stopped (the page's notice says which). */
  async function changeBaseCurrency(currency: string): Promise<string | null> {
    const end = await baseChange.run((workstation) => workstation.changeBaseCurrency({ currency }));
    if (!end.ok && !end.cancelled) return `The base currency was not changed: ${end.message}`;
    if (!end.ok) {
      setStatus({ kind: 'saved', text: `Changing the base currency was stopped: nothing was changed, totals are still counted in ${baseCurrency}.` });
      return null;
    }
    const changed = BaseCurrencyChanged.safeParse(end.result);
    setStatus(
      changed.success
        ? { kind: 'saved', text: baseCurrencyChangedText(changed.data) }
        : { kind: 'failed', text: 'The base currency was changed, but the change did not say what it did; the rates below are as they are now.' },
    );
    answer.reload();
    return null;
  }

  async function importCsv(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setStatus({ kind: 'saving' });
    let csv: string;
    try {
      csv = await file.text();
    } catch {
      setStatus({ kind: 'failed', text: `${file.name} could not be read from this computer.` });
      return;
    }
    const imported = await api.importFxRatesCsv({ csv });
    if (!imported.ok) {
      setStatus({ kind: 'failed', text: `${file.name} was not imported: ${imported.error.message}` });
      return;
    }
    setStatus({ kind: 'saved', text: `${file.name}: ${fxSavedText(imported.value, baseCurrency)}` });
    answer.reload();
  }

  return (
    <div className="page fx-page">
      <div className="page-heading">
        <div>
          <h1>FX rates</h1>
          <p className="page-lead">
            What one unit of each currency was worth each month{baseCurrency && ` in ${baseCurrency}, the base currency`}. Lines in other currencies count toward
            totals once their month has a rate.
          </p>
        </div>
        <div className="page-heading-actions">
          {baseCurrency && (
            <BaseCurrencyChoice
              baseCurrency={baseCurrency}
              ratesOnFile={answer.value?.rates.length ?? 0}
              disabled={saving}
              progress={baseChange.progress}
              onChange={changeBaseCurrency}
              onStop={baseChange.cancel}
            />
          )}
          <button type="button" className="button" onClick={() => csvInput.current?.click()} disabled={busy || !answer.value}>
            Import rates CSV…
          </button>
          <input ref={csvInput} type="file" accept=".csv,text/csv,text/plain" hidden aria-label="Rates CSV file" onChange={(event) => void importCsv(event)} />
        </div>
      </div>

      <p className="page-hint">A rates CSV has a header line and then one rate per line: <code>month,currency,rate</code>, as in <code>2025-03,EUR,1.0850</code>, or <code>2025-03;EUR;1,0850</code> as spreadsheets that write decimal commas save it.</p>

      {status.kind === 'saved' && (
        <p className="notice notice--ok" role="status">
          {status.text}
        </p>
      )}
      {status.kind === 'failed' && (
        <p className="notice notice--error" role="alert">
          {status.text}
        </p>
      )}

      {answer.error ? (
        <p className="panel panel-message panel-message--error" role="alert">
          The rates could not be loaded: {answer.error.message}
        </p>
      ) : !answer.value ? (
        <div className="panel-skeleton panel-skeleton--short" aria-hidden="true" />
      ) : (
        <>
          {answer.value.missing.length > 0 ? (
            <MissingRatesPanel baseCurrency={baseCurrency} missing={answer.value.missing} busy={busy} onSave={saveRates} />
          ) : (
            <p className="notice">No line is waiting for a rate: every imported amount counts toward {baseCurrency} totals.</p>
          )}
          <RateEditor baseCurrency={baseCurrency} busy={busy} onSave={saveRates} />
          <RatesOnFilePanel rates={answer.value.rates} baseCurrency={baseCurrency} busy={busy} onSave={saveRates} />
        </>
      )}
    </div>
  );
}
