import type Database from 'better-sqlite3';
import { multiplyByRate, splitAmount, storable } from '../../shared/money/exact-amount';

export type RateLookup = (month: number, currency: string) => string | null;

/** The month's rate for a currency, cached for one import; a line with no rate stays unconverted. */
export function fxLookup(db: Database.Database): RateLookup {
  const stmt = db.prepare<[string, number], { rate: string }>('SELECT rate FROM fx_rate WHERE currency = ? AND month = ?');
  const cache = new Map<string, string | null>();
  return (month, currency) => {
    const key = `${currency}${month}`;
    if (!cache.has(key)) cache.set(key, stmt.get(currency, month)?.rate ?? null);
    return cache.get(key) ?? null;
  };
}

export function baseCurrencyOf(db: Database.Database): string {
  return db.prepare<[], { value: string }>("SELECT value FROM setting WHERE key = 'base_currency'").get()?.value ?? 'USD';
}

/** The amount in the base currency, split for storage; null while no rate converts it. */
export function toBase(amount: bigint, currency: string, base: string, month: number, rateOf: RateLookup): { hi: bigint; lo: bigint } | null {
  if (currency === base) return splitAmount(amount);
  const rate = rateOf(month, currency);
  return rate === null ? null : converted(amount, rate);
}

/**
 * An amount at a rate, split for storage. A rate typed many times too large can take a line past
 * what the store holds: it then stays unconverted, listed with the lines waiting for a rate,
 * rather than failing the import or the saving of the rate.
 */
export function converted(amount: bigint, rate: string): { hi: bigint; lo: bigint } | null {
  const units = multiplyByRate(amount, rate);
  return storable(units) ? splitAmount(units) : null;
}
