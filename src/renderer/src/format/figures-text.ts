import { formatMoney, formatQuantity } from '../../../shared/money/display-amount';
import { formatAmount, parseAmount } from '../../../shared/money/exact-amount';

export interface CurrencyTotal {
  currency: string;
  /** Rounded to the cent for reading. */
  text: string;
  /** Every digit the statement had, for a tooltip: the cents alone can hide a mismatch. */
  exact: string;
}

function moneyText(amount: string, currency: string): string {
  try {
    return formatMoney(amount, currency);
  } catch {
    // A code Intl does not know (statements sometimes say "US$") still shows its digits.
    return `${amount} ${currency}`;
  }
}

/** Per-currency totals in a steady order, by currency code. */
export function currencyTotals(amounts: Record<string, string>): CurrencyTotal[] {
  return Object.keys(amounts)
    .sort()
    .map((currency) => ({ currency, text: moneyText(amounts[currency]!, currency), exact: `${amounts[currency]} ${currency}` }));
}

/** Adds per-currency totals digit by digit, so a summary equals the sum of its files to the last decimal. */
export function addCurrencyTotals(totals: Record<string, string>[]): Record<string, string> {
  const sums = new Map<string, bigint>();
  for (const amounts of totals) {
    for (const [currency, amount] of Object.entries(amounts)) sums.set(currency, (sums.get(currency) ?? 0n) + parseAmount(amount));
  }
  return Object.fromEntries([...sums].map(([currency, units]) => [currency, formatAmount(units, 0)]));
}

/** A count for a table cell: "1,512". Statements may carry fractional units, which keep their digits. */
export function countText(value: number): string {
  return Number.isSafeInteger(value) ? formatQuantity(value) : value.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** "1 line", "1,200 lines". */
export function linesText(count: number): string {
  return count === 1 ? '1 line' : `${countText(count)} lines`;
}

/** "12 KB", "3.4 MB": file sizes as people compare them. */
export function fileSizeText(bytes: number): string {
  if (bytes < 1000) return bytes === 1 ? '1 byte' : `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** "4512.330" → "4,512.330": grouped, every digit kept, so a figure reads as the file printed it. */
export function exactDecimalText(decimal: string): string {
  const fraction = /\.(\d+)$/.exec(decimal)?.[1] ?? '';
  try {
    return formatQuantity(decimal, fraction.length);
  } catch {
    return decimal;
  }
}
