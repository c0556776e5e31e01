import { useId, useState } from 'react';
import type { BaseCurrencyChanged } from '../../../../shared/contract/imports';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { baseCurrencyProblem } from './base-currency-text';

interface BaseCurrencyChoiceProps {
  baseCurrency: string;
  /** How many rates are on file: changing the base currency removes them. */
  ratesOnFile: number;
  disabled: boolean;
  onChange(currency: string): Promise<{ changed: BaseCurrencyChanged } | { reason: string }>;
}

/** The currency every total is counted in, and a way to count them in another (a label in the euro zone, say). */
export function BaseCurrencyChoice({ baseCurrency, ratesOnFile, disabled, onChange }: BaseCurrencyChoiceProps) {
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
    const outcome = await onChange(currency);
    setBusy(false);
    if ('reason' in outcome) setError(outcome.reason);
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
        onClose={close}
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
      </ConfirmDialog>
    </>
  );
}
