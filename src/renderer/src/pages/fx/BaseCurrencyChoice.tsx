import { useId, useState } from 'react';
import type { JobProgress } from '../../../../shared/contract/jobs';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { JobProgressBar } from '../../components/JobProgressBar';
import { baseCurrencyProblem } from './base-currency-text';

interface BaseCurrencyChoiceProps {
  baseCurrency: string;
  /** How many rates are on file: changing the base currency removes them. */
  ratesOnFile: number;
  disabled: boolean;
  /** How far the change is, while it runs: every line is converted and every import summed again. */
  progress: JobProgress | null;
  /** Changes it, resolving once the change has ended: to why it failed, shown in the dialog, or null when it was made or stopped. */
  onChange(currency: string): Promise<string | null>;
  /** Stops the change running; nothing of it is kept. */
  onStop(): void;
}

/**
 * The currency every total is counted in, and a way to count them in another (a label in the euro
 * zone, say). On a large store the change takes a while: the dialog shows how far it is, and its
 * Cancel (or Escape) stops it, the dialog staying until the change has ended.
 */
export function BaseCurrencyChoice({ baseCurrency, ratesOnFile, disabled, progress, onChange, onStop }: BaseCurrencyChoiceProps) {
  const ids = useId();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const currency = typed.trim().toUpperCase();
  const problem = baseCurrencyProblem(typed, baseCurrency);

  function close() {
    setOpen(false);
    setTyped('');
    setError(null);
  }

  async function confirm() {
    setBusy(true);
    setError(null);
    const failed = await onChange(currency);
    setBusy(false);
    if (failed) setError(failed);
    else close();
  }

  return (
    <>
      <p className="base-currency">
        Base currency <strong>{baseCurrency}</strong>
        <button type="button" className="button button--small base-currency-change" onClick={() => setOpen(true)} disabled={disabled}>
          Change…
        </button>
      </p>
      <ConfirmDialog
        open={open}
        title="Change the base currency"
        confirmLabel={currency.length === 3 && !problem ? `Count in ${currency}` : 'Change'}
        busyLabel="Changing…"
        busy={busy}
        canConfirm={typed.trim() !== '' && problem === null}
        error={error}
        onConfirm={() => void confirm()}
        onClose={busy ? onStop : close}
      >
        <div className="field">
          <label htmlFor={`${ids}-currency`}>New base currency</label>
          <input
            id={`${ids}-currency`}
            type="text"
            maxLength={3}
            placeholder="e.g. EUR"
            autoComplete="off"
            spellCheck={false}
            value={typed}
            // Read-only, not disabled, while the change runs: the focus stays in the dialog, where Escape stops it.
            readOnly={busy}
            aria-invalid={typed.trim() !== '' && problem !== null}
            aria-describedby={`${ids}-what`}
            onChange={(event) => setTyped(event.target.value)}
          />
          {typed.trim() !== '' && problem && <p className="field-problem">{problem}</p>}
        </div>
        <p id={`${ids}-what`}>
          Every total, chart and export will be counted in {currency.length === 3 && !problem ? currency : 'the new currency'} instead of {baseCurrency}.{' '}
          {ratesOnFile > 0 &&
            `The ${ratesOnFile === 1 ? 'rate' : `${ratesOnFile.toLocaleString('en-US')} rates`} on file ${ratesOnFile === 1 ? 'says' : 'say'} what a unit was worth in ${baseCurrency}, so ${ratesOnFile === 1 ? 'it is' : 'they are'} set aside, and ${ratesOnFile === 1 ? 'comes' : 'come'} back if you change back to ${baseCurrency}. `}
          Lines in other currencies, {baseCurrency} among them, wait for rates in the new currency (those set aside when it was last the base come back), listed on this page.
        </p>
        {busy && <JobProgressBar label={`Counting in ${currency}`} progress={progress} />}
      </ConfirmDialog>
    </>
  );
}
