import type { FxRate } from '../../../../shared/contract/imports';

/** Rates on one page of the table: two months of a label's usual currencies, and a page that opens at once. */
export const RATES_PAGE_SIZE = 50;

export interface RatesFilter {
  /** A currency code, or '' for every currency. */
  currency: string;
  /** A year as "YYYY", or '' for every year. */
  year: string;
}

export const EVERY_RATE: RatesFilter = { currency: '', year: '' };

/** The currencies with a rate on file, by code. */
export function rateCurrencies(rates: readonly FxRate[]): string[] {
  return [...new Set(rates.map((rate) => rate.currency))].sort();
}

/** The years with a rate on file, latest first. */
export function rateYears(rates: readonly FxRate[]): string[] {
  return [...new Set(rates.map((rate) => rate.month.slice(0, 4)))].sort().reverse();
}

/** Latest month first, then by currency: the rate most often checked is last month's. */
export function latestFirst(rates: readonly FxRate[]): FxRate[] {
  return [...rates].sort((a, b) => b.month.localeCompare(a.month) || a.currency.localeCompare(b.currency));
}

export function filterRates(rates: readonly FxRate[], filter: RatesFilter): FxRate[] {
  return rates.filter((rate) => (filter.currency === '' || rate.currency === filter.currency) && (filter.year === '' || rate.month.startsWith(`${filter.year}-`)));
}

export function pageCount(rateCount: number): number {
  return Math.max(1, Math.ceil(rateCount / RATES_PAGE_SIZE));
}

/** The rates of one page (counted from 0); a page past the end, after rates went, shows the last. */
export function ratesOnPage(rates: readonly FxRate[], page: number): { rates: FxRate[]; page: number } {
  const within = Math.min(Math.max(page, 0), pageCount(rates.length) - 1);
  return { rates: rates.slice(within * RATES_PAGE_SIZE, (within + 1) * RATES_PAGE_SIZE), page: within };
}

/** "Rates 51–100 of 3,000", or "12 rates" when they fit one page. */
export function pageText(page: number, rateCount: number): string {
  const count = rateCount.toLocaleString('en-US');
  if (rateCount <= RATES_PAGE_SIZE) return `${count} ${rateCount === 1 ? 'rate' : 'rates'}`;
  const first = page * RATES_PAGE_SIZE + 1;
  const last = Math.min(rateCount, (page + 1) * RATES_PAGE_SIZE);
  return `Rates ${first.toLocaleString('en-US')}–${last.toLocaleString('en-US')} of ${count}`;
}
