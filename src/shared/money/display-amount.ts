/**
 * Money for people to read, computed on the decimal digits the engine sends ("1234.56789012"),
 * never through binary floats: a label's total must show the same cents its statements add up to.
 */

export class DecimalSyntaxError extends Error {}

interface ScaledDecimal {
  /** The value times 10^scale. */
  units: bigint;
  scale: number;
}

const PLAIN_DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?$/;

function parseDecimal(text: string): ScaledDecimal {
  const match = PLAIN_DECIMAL.exec(text.trim());
  if (!match) throw new DecimalSyntaxError(`"${text}" is not a plain decimal number`);
  const fraction = match[3] ?? '';
  const magnitude = BigInt((match[2] ?? '0') + fraction);
  return { units: match[1] === '-' ? -magnitude : magnitude, scale: fraction.length };
}

/** Divides and rounds half away from zero, the way accountants round. */
function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (2n * n + d) / (2n * d);
  return negative ? -quotient : quotient;
}

function rescale(value: ScaledDecimal, scale: number): bigint {
  if (scale >= value.scale) return value.units * 10n ** BigInt(scale - value.scale);
  return divideRounded(value.units, 10n ** BigInt(value.scale - scale));
}

export interface RoundedDecimal {
  negative: boolean;
  /** Integer digits without sign or grouping, e.g. "1234". */
  whole: string;
  /** Exactly `decimals` digits. */
  fraction: string;
}

/** Rounds a decimal string to `decimals` places, half away from zero; "-0.001" becomes a plain zero. */
export function roundDecimal(text: string, decimals: number): RoundedDecimal {
  return splitUnits(rescale(parseDecimal(text), decimals), decimals);
}

function splitUnits(units: bigint, decimals: number): RoundedDecimal {
  const digits = (units < 0n ? -units : units).toString().padStart(decimals + 1, '0');
  return {
    negative: units < 0n,
    whole: digits.slice(0, digits.length - decimals),
    fraction: digits.slice(digits.length - decimals),
  };
}

function groupThousands(whole: string, separator: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

export interface MoneyFormatOptions {
  decimals?: number;
  /** Decides the symbol, its position and the separators; digits never pass through Intl. */
  locale?: string;
}

/**
 * "1234.5678", "USD" → "$1,234.57". Intl only supplies the shape (symbol, separators, where the
 * minus goes) from a template number; the digits are spliced in from exact arithmetic.
 */
export function formatMoney(amount: string, currency: string, options: MoneyFormatOptions = {}): string {
  const decimals = options.decimals ?? 2;
  const rounded = roundDecimal(amount, decimals);
  const format = new Intl.NumberFormat(options.locale ?? 'en-US', {
    style: 'currency',
    currency,
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  const group = format.formatToParts(1000).find((part) => part.type === 'group')?.value ?? ',';
  return format
    .formatToParts(rounded.negative ? -1 : 1)
    .map((part) => {
      if (part.type === 'integer') return groupThousands(rounded.whole, group);
      if (part.type === 'fraction') return rounded.fraction;
      return part.value;
    })
    .join('');
}

/** A decimal string or an exact integer count → "1,234,567" (or with decimals when asked). */
export function formatQuantity(value: string | number, decimals = 0): string {
  const rounded = roundDecimal(typeof value === 'number' ? integerText(value) : value, decimals);
  const text = groupThousands(rounded.whole, ',') + (decimals > 0 ? `.${rounded.fraction}` : '');
  return rounded.negative ? `-${text}` : text;
}

function integerText(value: number): string {
  if (!Number.isSafeInteger(value)) throw new DecimalSyntaxError(`${value} is not an exact integer count`);
  return value.toString();
}

/**
 * Growth from `previous` to `current` in percent, as a signed decimal string rounded half away
 * from zero ("12.3", "-4.0"), or null when there is nothing to grow from: previous is zero, or
 * below zero (a period of refunds), where a percentage says nothing (+410,496% on −$0.70).
 */
export function growthPercent(current: string, previous: string, decimals = 1): string | null {
  const a = parseDecimal(current);
  const b = parseDecimal(previous);
  const scale = Math.max(a.scale, b.scale);
  const now = rescale(a, scale);
  const before = rescale(b, scale);
  if (before <= 0n) return null;
  const percentUnits = divideRounded((now - before) * 100n * 10n ** BigInt(decimals), before);
  const { negative, whole, fraction } = splitUnits(percentUnits, decimals);
  const text = decimals > 0 ? `${whole}.${fraction}` : whole;
  return negative ? `-${text}` : text;
}

/** "12.3" → "+12.3%", "-4.0" → "−4.0%" (a true minus sign), "0.0" → "0.0%". */
export function formatGrowth(percent: string): string {
  if (/^-/.test(percent)) return `\u2212${percent.slice(1)}%`;
  return /[1-9]/.test(percent) ? `+${percent}%` : `${percent}%`;
}

/** Orders two decimal strings exactly: negative, zero or positive like a sort comparator. */
export function compareDecimal(a: string, b: string): number {
  const left = parseDecimal(a);
  const right = parseDecimal(b);
  const scale = Math.max(left.scale, right.scale);
  const difference = rescale(left, scale) - rescale(right, scale);
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}
