import { useId } from 'react';
import type { FxRate } from '../../../../shared/contract/imports';
import { rateCurrencies, rateYears, type RatesFilter } from './rates-view';

interface RatesFilterBarProps {
  rates: readonly FxRate[];
  filter: RatesFilter;
  onFilter(filter: RatesFilter): void;
  /** Which rates are in view: "Rates 1–50 of 3,000". */
  countText: string;
}

/** One currency's rates, one year's, or both: a currency over a year is twelve rows. */
export function RatesFilterBar({ rates, filter, onFilter, countText }: RatesFilterBarProps) {
  const ids = useId();
  return (
    <div className="rates-filters">
      <div className="field">
        <label htmlFor={`${ids}-currency`}>Currency</label>
        <select id={`${ids}-currency`} value={filter.currency} onChange={(event) => onFilter({ ...filter, currency: event.target.value })}>
          <option value="">All currencies</option>
          {rateCurrencies(rates).map((currency) => (
            <option key={currency} value={currency}>
              {currency}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-year`}>Year</label>
        <select id={`${ids}-year`} value={filter.year} onChange={(event) => onFilter({ ...filter, year: event.target.value })}>
          <option value="">All years</option>
          {rateYears(rates).map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </div>
      <p className="rates-count">{countText}</p>
    </div>
  );
}
