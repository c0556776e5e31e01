import { describe, expect, it } from 'vitest';
import type { FxRate } from '../../../src/shared/contract/imports';
import {
  EVERY_RATE, filterRates, latestFirst, pageCount, pageText, rateCurrencies, RATES_PAGE_SIZE, rateYears, ratesOnPage,
} from '../../../src/renderer/src/pages/fx/rates-view';

const rate = (month: string, currency: string, value = '1.1'): FxRate => ({ month, currency, rate: value });

/** Ten years of 25 currencies, as a label that imports a rates file keeps them. */
const CURRENCIES = Array.from({ length: 25 }, (_, index) => `C${String.fromCharCode(65 + Math.floor(index / 26))}${String.fromCharCode(65 + (index % 26))}`);
const DECADE = Array.from({ length: 120 }, (_, index) => `${2016 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`).flatMap((month) =>
  CURRENCIES.map((currency) => rate(month, currency)),
);

describe('rates on file', () => {
  it('lists the latest month first, then by currency', () => {
    const rates = [rate('2024-05', 'GBP'), rate('2024-06', 'GBP'), rate('2024-06', 'EUR'), rate('2023-12', 'AUD')];
    expect(latestFirst(rates).map((found) => `${found.month} ${found.currency}`)).toEqual(['2024-06 EUR', '2024-06 GBP', '2024-05 GBP', '2023-12 AUD']);
  });

  it('offers the currencies by code and the years latest first', () => {
    const rates = [rate('2023-01', 'SEK'), rate('2024-06', 'EUR'), rate('2023-12', 'EUR')];
    expect(rateCurrencies(rates)).toEqual(['EUR', 'SEK']);
    expect(rateYears(rates)).toEqual(['2024', '2023']);
  });

  it('narrows to one currency, one year or both', () => {
    expect(filterRates(DECADE, EVERY_RATE)).toHaveLength(3000);
    expect(filterRates(DECADE, { currency: 'CAB', year: '' })).toHaveLength(120);
    expect(filterRates(DECADE, { currency: '', year: '2020' })).toHaveLength(300);
    const one = filterRates(DECADE, { currency: 'CAB', year: '2020' });
    expect(one).toHaveLength(12);
    expect(one.every((found) => found.currency === 'CAB' && found.month.startsWith('2020-'))).toBe(true);
  });

  it('shows them a page at a time, a page past the end as the last', () => {
    expect(pageCount(3000)).toBe(3000 / RATES_PAGE_SIZE);
    expect(pageCount(0)).toBe(1);
    const sorted = latestFirst(DECADE);
    const second = ratesOnPage(sorted, 1);
    expect(second.page).toBe(1);
    expect(second.rates).toEqual(sorted.slice(RATES_PAGE_SIZE, 2 * RATES_PAGE_SIZE));
    const beyond = ratesOnPage(sorted.slice(0, 70), 5);
    expect(beyond.page).toBe(1);
    expect(beyond.rates).toHaveLength(20);
    expect(ratesOnPage([], 3)).toEqual({ rates: [], page: 0 });
  });

  it('says which rates are in view', () => {
    expect(pageText(0, 3000)).toBe('Rates 1–50 of 3,000');
    expect(pageText(59, 3000)).toBe('Rates 2,951–3,000 of 3,000');
    expect(pageText(1, 70)).toBe('Rates 51–70 of 70');
    expect(pageText(0, 12)).toBe('12 rates');
    expect(pageText(0, 1)).toBe('1 rate');
  });
});
