import { decimalToUnits, formatAmount } from '../money/exact-amount';
import { divideRounded } from './divide';

/**
 * Revenue per 1,000 streams as an exact decimal string (the query metric `perStreamRate` uses the
 * same definition), rounded half away from zero at 1e-16; null when there were no streams.
 */
export function perStreamRate(revenue: string, streams: number | bigint): string | null {
  const count = BigInt(streams);
  if (count < 0n) throw new Error(`a stream count cannot be negative (${count})`);
  if (count === 0n) return null;
  return formatAmount(divideRounded(decimalToUnits(revenue) * 1000n, count));
}

/** The rate for each period of two aligned series (revenue and streams per month, say). */
export function perStreamRateSeries(revenues: readonly string[], streams: readonly (number | bigint)[]): (string | null)[] {
  if (revenues.length !== streams.length) {
    throw new Error(`revenue has ${revenues.length} periods but streams has ${streams.length}; the series must align`);
  }
  return revenues.map((revenue, i) => perStreamRate(revenue, streams[i]!));
}
