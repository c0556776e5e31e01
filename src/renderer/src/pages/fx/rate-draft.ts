import type { FxRate } from '../../../../shared/contract/imports';

/** Mirrors the contract's FxRate.rate: digits, optionally a dot and up to 12 decimals. */
const RATE = /^\d+(\.\d{1,12})?$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const CURRENCY = /^[A-Z]{3}$/;

/** One comma and no dot: in a single field that comma can only mark decimals, as in 1,17. */
const DECIMAL_COMMA = /^\d+,\d+$/;
/** A comma before three digits after a short lead, as in 1,085: decimals to some, thousands to others. */
const COMMA_OR_THOUSANDS = /^([1-9]\d{0,2}),(\d{3})$/;
/** Thousands grouped by commas, as in 1,170.5 or 12,500,000. */
const GROUPED_THOUSANDS = /^[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/;

/** Why a typed rate cannot be saved, in words, or null when it can. */
export function rateProblem(text: string): string | null {
  const rate = text.trim();
  if (rate === '') return 'Enter a rate.';
  const either = COMMA_OR_THOUSANDS.exec(rate);
  // A rate read the other way would convert every line of the month a thousand times off.
  if (either) return `${rate} could be ${either[1]}.${either[2]} or ${either[1]}${either[2]}: type it with a dot for decimals and no comma for thousands.`;
  if (GROUPED_THOUSANDS.test(rate)) return `Type the rate with no comma for thousands, as in ${rate.replaceAll(',', '')}.`;
  const value = typedRate(rate);
  if (!RATE.test(value)) return 'A rate is a positive number with at most 12 decimals, as in 1.0850.';
  if (!/[1-9]/.test(value)) return 'A rate of zero would make these lines worth nothing.';
  return null;
}

/**
 * A rate rateProblem takes, as the contract takes it: trimmed, a decimal comma made a dot. The
 * digits stay a string, so the rate is saved exactly as typed.
 */
export function typedRate(text: string): string {
  const rate = text.trim();
  return DECIMAL_COMMA.test(rate) ? rate.replace(',', '.') : rate;
}

export function monthProblem(text: string): string | null {
  const match = MONTH.exec(text.trim());
  if (!match) return 'Enter a month as YYYY-MM.';
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? null : 'Months run from 01 to 12.';
}

export function currencyProblem(text: string, baseCurrency: string): string | null {
  const currency = text.trim().toUpperCase();
  if (!CURRENCY.test(currency)) return 'Enter a three-letter currency code, as in EUR.';
  // The store would skip it: amounts already in the base currency are never converted.
  return currency === baseCurrency ? `${baseCurrency} is the base currency; its lines need no rate.` : null;
}

export interface RateDraft {
  month: string;
  currency: string;
  rate: string;
}

export type RateDraftProblems = Partial<Record<keyof RateDraft, string>>;

/** A typed rate as the contract takes it, or what is wrong with each field. */
export function readRateDraft(draft: RateDraft, baseCurrency: string): { rate: FxRate } | { problems: RateDraftProblems } {
  const problems: RateDraftProblems = {};
  const month = monthProblem(draft.month);
  const currency = currencyProblem(draft.currency, baseCurrency);
  const rate = rateProblem(draft.rate);
  if (month) problems.month = month;
  if (currency) problems.currency = currency;
  if (rate) problems.rate = rate;
  if (Object.keys(problems).length > 0) return { problems };
  return { rate: { month: draft.month.trim(), currency: draft.currency.trim().toUpperCase(), rate: typedRate(draft.rate) } };
}

/** Rates are mostly added for the statements just received, which cover last month. */
export function defaultRateMonth(today: Date): string {
  const month = new Date(today.getFullYear(), today.getMonth() - 1, 1);
  return `${month.getFullYear()}-${String(month.getMonth() + 1).padStart(2, '0')}`;
}

/** A rate is one per month and currency: saving the same pair again replaces it. */
export function rateKey(rate: Pick<FxRate, 'month' | 'currency'>): string {
  return `${rate.month} ${rate.currency}`;
}
