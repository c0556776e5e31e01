import { AmountSyntaxError, parseAmount, plainWholeNumber, type NumberStyle } from '../../shared/money/exact-amount';
import { parsePeriod, PeriodSyntaxError, type DateOrder, type DayRange } from '../../shared/period/sale-period';
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

/** A statement repeats a handful of period spellings across all its lines; one cache per date order. */
const periodCaches: Record<DateOrder, Map<string, DayRange>> = { mdy: new Map(), dmy: new Map() };

/** A period cell; `order` is how the file writes numeric dates (see sniffDateOrder), month first unless known. */
export function readPeriod(text: string, column: string, order: DateOrder = 'mdy'): DayRange {
  const periodCache = periodCaches[order];
  const cached = periodCache.get(text);
  if (cached) return cached;
  try {
    const period = parsePeriod(text, order);
    if (periodCache.size > 10_000) periodCache.clear();
    periodCache.set(text, period);
    return period;
  } catch (error) {
    if (error instanceof PeriodSyntaxError) throw new LineRejection(`column "${column}": ${error.message}`);
    throw error;
  }
}

export function readOptionalDay(text: string, column: string, order?: DateOrder): number | null {
  return text === '' ? null : readPeriod(text, column, order).start;
}

export function readCurrency(text: string, column: string): string {
  const code = text.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) throw new LineRejection(`column "${column}": "${text}" is not a currency code`);
  return code;
}
