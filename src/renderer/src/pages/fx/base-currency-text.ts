import type { BaseCurrencyChanged } from '../../../../shared/contract/imports';
import { linesText } from '../../format/figures-text';

/** Why a typed currency cannot become the base currency, or null when it can. */
export function baseCurrencyProblem(text: string, baseCurrency: string): string | null {
  const currency = text.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) return 'A three-letter currency code, as in EUR.';
  return currency === baseCurrency ? `${baseCurrency} is already the base currency.` : null;
}

/** What changing the base currency did, in a sentence. */
export function baseCurrencyChangedText({ baseCurrency, ratesSetAside, ratesBroughtBack, linesWaiting }: BaseCurrencyChanged): string {
  const said = [`Totals are now counted in ${baseCurrency}.`];
  const rates = (n: number) => (n === 1 ? '1 rate' : `${n.toLocaleString('en-US')} rates`);
  if (ratesSetAside > 0) said.push(`${rates(ratesSetAside)} in the old base currency ${ratesSetAside === 1 ? 'was' : 'were'} set aside; ${ratesSetAside === 1 ? 'it comes' : 'they come'} back if you change back.`);
  if (ratesBroughtBack > 0) said.push(`${rates(ratesBroughtBack)} in ${baseCurrency}, set aside when it was last the base, ${ratesBroughtBack === 1 ? 'is' : 'are'} back.`);
  if (linesWaiting > 0) said.push(`${linesText(linesWaiting)} in other currencies ${linesWaiting === 1 ? 'waits' : 'wait'} for a rate in ${baseCurrency}.`);
  return said.join(' ');
}
