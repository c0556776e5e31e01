import { useState } from 'react';
import type { FxRate } from '../../../../shared/contract/imports';
import { RecordsTable } from '../../components/RecordsTable';
import { rateKey } from './rate-draft';
import { RateRow } from './RateRow';
import { RateRowEditor } from './RateRowEditor';
import type { RatesSaveOutcome } from './rates-save-outcome';

interface FxRatesTableProps {
  rates: FxRate[];
  baseCurrency: string;
  busy: boolean;
  onSave(rates: FxRate[]): Promise<RatesSaveOutcome>;
}

/**
 * Rates on file, each changed where it stands: Edit turns the row's rate into a field, so the place
 * in a long list is kept. Rates show every digit they were given.
 */
export function FxRatesTable({ rates, baseCurrency, busy, onSave }: FxRatesTableProps) {
  const [editing, setEditing] = useState<string | null>(null);
  // The row whose Edit takes the focus back once its field closes, and the row just saved in place.
  const [returnFocus, setReturnFocus] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  function close(key: string) {
    setEditing(null);
    setReturnFocus(key);
  }

  return (
    <RecordsTable
      caption="FX rates"
      className="rates-table"
      columns={
        <>
          <th scope="col">Month</th>
          <th scope="col">Currency</th>
          <th scope="col" className="numeric">
            1 unit in {baseCurrency}
          </th>
        </>
      }
    >
      {rates.map((rate) => {
        const key = rateKey(rate);
        if (key === editing) {
          return (
            <RateRowEditor
              key={key}
              rate={rate}
              busy={busy}
              onCancel={() => close(key)}
              onSave={async (changed) => {
                const outcome = await onSave([{ ...rate, rate: changed }]);
                if (outcome.saved) {
                  setSaved(key);
                  close(key);
                }
                return outcome;
              }}
            />
          );
        }
        return (
          <RateRow
            key={key}
            rate={rate}
            saved={key === saved}
            takeFocus={key === returnFocus}
            onEdit={() => {
              setEditing(key);
              setReturnFocus(null);
              setSaved(null);
            }}
          />
        );
      })}
    </RecordsTable>
  );
}
