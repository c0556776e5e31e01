import type { FxRate } from '../../../../shared/contract/imports';
import { RecordsTable } from '../../components/RecordsTable';
import { monthLabel } from '../../format/calendar-text';

/** Latest month first, then by currency: the rate most often checked is last month's. */
function latestFirst(rates: FxRate[]): FxRate[] {
  return [...rates].sort((a, b) => b.month.localeCompare(a.month) || a.currency.localeCompare(b.currency));
}

/** Every rate on file, each with a way to change it. Rates show every digit they were given. */
export function FxRatesTable({ rates, baseCurrency, onEdit }: { rates: FxRate[]; baseCurrency: string; onEdit(rate: FxRate): void }) {
  return (
    <RecordsTable
      caption="FX rates"
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
      {latestFirst(rates).map((rate) => (
        <tr key={`${rate.month}-${rate.currency}`}>
          <td>{monthLabel(rate.month)}</td>
          <td>{rate.currency}</td>
          <td className="numeric rate-value">{rate.rate}</td>
          <td className="row-actions">
            <button type="button" className="button button--small" aria-label={`Edit the ${rate.currency} rate for ${monthLabel(rate.month)}`} onClick={() => onEdit(rate)}>
              Edit
            </button>
          </td>
        </tr>
      ))}
    </RecordsTable>
  );
}
