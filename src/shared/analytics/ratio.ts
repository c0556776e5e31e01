import { decimalToUnits } from '../money/exact-amount';

/**
 * Growth and shares are ratios, not money: they are computed exactly from the decimal strings
 * (BigInt) and only the final ratio becomes a number, rounded to `digits` decimals.
 */
export function ratio(numerator: string | bigint, denominator: string | bigint, digits = 6): number | null {
  const n = typeof numerator === 'bigint' ? numerator : decimalToUnits(numerator);
  const d = typeof denominator === 'bigint' ? denominator : decimalToUnits(denominator);
  if (d === 0n) return null;
  const scale = 10n ** BigInt(digits);
  const scaled = n * scale * 2n;
  const q = scaled / d;
  // Round half away from zero on the doubled quotient.
  const rounded = (q + (q >= 0n ? 1n : -1n)) / 2n;
  return Number(rounded) / Number(scale);
}
