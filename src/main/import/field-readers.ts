import { AmountSyntaxError, parseAmount, plainWholeNumber, type NumberStyle } from '../../shared/money/exact-amount';
import { parsePeriod, PeriodSyntaxError, type DayRange } from '../../shared/period/sale-period';
import { LineRejection } from './statement-line';

const ONE = 10n ** 16n;

export function readAmount(text: string, column: string, style?: NumberStyle): bigint {
  if (text === '') throw new LineRejection(`column "${column}" is empty`);
  try {
    return parseAmount(text, style);
  } catch (error) {
    if (error instanceof AmountSyntaxError) throw new LineRejection(`column "${column}": ${error.message}`);
    throw error;
  }
}

/** Quantities are whole units (streams, downloads, returns as negatives). */
export function readQuantity(text: string, column: string, style?: NumberStyle): number {
  if (text === '') return 0;
  // Plain digits read the same in every number style, and need no BigInt.
  const plain = plainWholeNumber(text);
  if (plain !== null) return plain;
  const units = readAmount(text, column, style);
  if (units % ONE !== 0n) throw new LineRejection(`column "${column}": "${text}" is not a whole number of units`);
  const whole = units / ONE;
  if (whole > BigInt(Number.MAX_SAFE_INTEGER) || -whole > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new LineRejection(`column "${column}": "${text}" is out of range`);
  }
  return Number(whole);
}

/** A statement repeats a handful of period spellings across all its lines. */
const periodCache = new Map<string, DayRange>();

export function readPeriod(text: string, column: string): DayRange {
  const cached = periodCache.get(text);
  if (cached) return cached;
  try {
    const period = parsePeriod(text);
    if (periodCache.size > 10_000) periodCache.clear();
    periodCache.set(text, period);
    return period;
  } catch (error) {
    if (error instanceof PeriodSyntaxError) throw new LineRejection(`column "${column}": ${error.message}`);
    throw error;
  }
}

export function readOptionalDay(text: string, column: string): number | null {
  return text === '' ? null : readPeriod(text, column).start;
}

export function readCurrency(text: string, column: string): string {
  const code = text.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) throw new LineRejection(`column "${column}": "${text}" is not a currency code`);
  return code;
}
