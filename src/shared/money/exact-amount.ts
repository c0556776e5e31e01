/**
 * Exact money without binary floats.
 *
 * An amount is a BigInt count of 1e-16 units ("atto-ish" units), which holds every digit that
 * statements print (they go to 15 decimals). In SQLite it is stored split in two integer columns
 * so that SUM() never overflows 64 bits on a large catalogue:
 *   hi = amount truncated to 1e-8 units, lo = the remainder in 1e-16 units (|lo| < 1e8).
 * Summing hi and lo separately and recombining is exact.
 */

export const AMOUNT_SCALE = 16;
const SCALE_FACTOR = 10n ** 16n;
const HI_FACTOR = 10n ** 8n;

export class AmountSyntaxError extends Error {}

export interface NumberStyle {
  /** ',' for decimal-comma statements (The Orchard EU, Believe). */
  decimalSeparator: '.' | ',';
}

const DOT_STYLE: NumberStyle = { decimalSeparator: '.' };

const MINUS = 45;
const POINT = 46;
const ZERO = 48;
const NINE = 57;
const SCALE_ZEROS = '0'.repeat(AMOUNT_SCALE);

/** End of the run of ASCII digits starting at `from`. */
function digitsEnd(text: string, from: number): number {
  let i = from;
  for (let c = text.charCodeAt(i); c >= ZERO && c <= NINE; c = text.charCodeAt(++i));
  return i;
}

/**
 * `-1234.5678`: an optional minus, 1 to 15 whole digits, optionally a point and 1 to 16
 * decimals, nothing else. Most statement cells look like this, so they are read with one BigInt
 * made from the digits, the decimals padded to 16 places; null sends anything else to the
 * general reader.
 */
function plainDecimal(text: string): bigint | null {
  const negative = text.charCodeAt(0) === MINUS;
  const wholeStart = negative ? 1 : 0;
  const wholeEnd = digitsEnd(text, wholeStart);
  if (wholeEnd === wholeStart || wholeEnd - wholeStart > 15) return null;
  let units: bigint;
  if (wholeEnd === text.length) {
    units = BigInt(text.slice(wholeStart) + SCALE_ZEROS);
  } else {
    if (text.charCodeAt(wholeEnd) !== POINT) return null;
    const end = digitsEnd(text, wholeEnd + 1);
    const decimals = end - wholeEnd - 1;
    if (end !== text.length || decimals === 0 || decimals > AMOUNT_SCALE) return null;
    units = BigInt(text.slice(wholeStart, wholeEnd) + text.slice(wholeEnd + 1) + SCALE_ZEROS.slice(decimals));
  }
  return negative ? -units : units;
}

/**
 * A whole number as plain digits with an optional minus (`1200`, `-3`), up to 15 digits so the
 * Number is exact; null for anything else.
 */
export function plainWholeNumber(text: string): number | null {
  const start = text.charCodeAt(0) === MINUS ? 1 : 0;
  const end = digitsEnd(text, start);
  if (end !== text.length || end === start || end - start > 15) return null;
  const value = Number(text);
  // -0 is no quantity a statement means; it is 0.
  return value === 0 ? 0 : value;
}

/**
 * Parses a statement's money or quantity text into 1e-16 units.
 * Accepts `1234.56`, `.021330`, `$1,234.56`, `(12.34)`, `-0.5`, `1.5E-7`, `€ 3,50` (comma style).
 */
export function parseAmount(text: string, style: NumberStyle = DOT_STYLE): bigint {
  const plain = style.decimalSeparator === '.' ? plainDecimal(text) : null;
  if (plain !== null) return plain;
  let s = text.trim();
  if (s === '') throw new AmountSyntaxError('empty amount');
  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  // Currency symbols and codes around the number carry no value of their own.
  s = s.replace(/^[A-Z]{3}\s*/, '').replace(/\s*[A-Z]{3}$/, '').replace(/^[$€£¥]\s*/, '').replace(/\s*[$€£¥]$/, '');
  if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith('+')) {
    s = s.slice(1);
  }
  s = s.replace(/^[$€£¥]\s*/, '');
  const groupSeparator = style.decimalSeparator === '.' ? ',' : '.';
  if (s.includes(groupSeparator)) {
    if (!/^\d{1,3}([,.\u00a0 ]\d{3})+([.,]\d*)?$/.test(s) || s.split(style.decimalSeparator).length > 2) {
      throw new AmountSyntaxError(`"${text}" is not a number`);
    }
    s = s.split(groupSeparator).join('');
  }
  s = s.replace(/[\u00a0 ]/g, '');
  if (style.decimalSeparator === ',') s = s.replace(',', '.');
  const m = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,3}))?$/.exec(s);
  if (!m || (m[1] === '' && (m[2] ?? '') === '')) throw new AmountSyntaxError(`"${text}" is not a number`);
  let digits = (m[1] ?? '') + (m[2] ?? '');
  let pointPos = (m[1] ?? '').length + Number(m[3] ?? 0);
  if (pointPos < 0) {
    digits = '0'.repeat(-pointPos) + digits;
    pointPos = 0;
  }
  const fraction = digits.slice(pointPos).replace(/0+$/, '');
  if (fraction.length > AMOUNT_SCALE) {
    throw new AmountSyntaxError(`"${text}" has more than ${AMOUNT_SCALE} decimals`);
  }
  const whole = digits.slice(0, pointPos).padEnd(pointPos, '0') || '0';
  const units = BigInt(whole) * SCALE_FACTOR + BigInt(fraction.padEnd(AMOUNT_SCALE, '0') || '0');
  return negative ? -units : units;
}

/** Splits 1e-16 units into the two stored integer columns. */
/**
 * The most a statement line may earn, either way: ten billion of its currency. The store keeps an
 * amount's 1e-8 units in a 64-bit integer (about 9.2e10 of a currency), and a larger cell is a
 * shifted column or digits run together, never a sale.
 */
export const LARGEST_LINE_AMOUNT = 10n ** 10n * SCALE_FACTOR;

export function withinLineRange(units: bigint): boolean {
  return units <= LARGEST_LINE_AMOUNT && units >= -LARGEST_LINE_AMOUNT;
}

/**
 * The most one import's amounts may add up to, without their signs, in the stored 1e-8 units: ten
 * billion of a currency. SQLite sums the stored integers in 64 bits and fails past them; no
 * statement earns this much, so a file that does has cells run together.
 */
export const LARGEST_IMPORT_SUM_E8 = 1e18;

/** The store keeps an amount's 1e-8 units in a signed 64-bit integer. */
const LARGEST_STORED = (2n ** 63n - 1n) * HI_FACTOR;

export function storable(units: bigint): boolean {
  return units < LARGEST_STORED && units > -LARGEST_STORED;
}

/** Why an amount is refused as a line's: the sentence names it as printed in units of its currency. */
export function outOfLineRange(units: bigint, currency: string): string {
  return `the earned amount ${formatAmount(units)} ${currency} is more than a statement line can earn (at most 10,000,000,000 either way); are two cells run together?`;
}

export function splitAmount(units: bigint): { hi: bigint; lo: bigint } {
  const hi = units / HI_FACTOR; // BigInt division truncates toward zero
  return { hi, lo: units - hi * HI_FACTOR };
}

export function joinAmount(hi: bigint | number, lo: bigint | number): bigint {
  return BigInt(hi) * HI_FACTOR + BigInt(lo);
}

/** 1e-8 units (the base-currency column) to 1e-16 units. */
export function fromE8(e8: bigint | number): bigint {
  return BigInt(e8) * HI_FACTOR;
}

/**
 * Formats 1e-16 units as a plain decimal string with at least `minDecimals` decimals and
 * every further non-zero digit kept, so nothing the statement had is lost.
 */
export function formatAmount(units: bigint, minDecimals = 8): string {
  const negative = units < 0n;
  const abs = negative ? -units : units;
  const whole = abs / SCALE_FACTOR;
  let fraction = (abs % SCALE_FACTOR).toString().padStart(AMOUNT_SCALE, '0').replace(/0+$/, '');
  if (fraction.length < minDecimals) fraction = fraction.padEnd(minDecimals, '0');
  const text = fraction.length > 0 ? `${whole}.${fraction}` : `${whole}`;
  return negative && abs !== 0n ? `-${text}` : text;
}

/** Rounds 1e-16 units to `decimals` places, half away from zero (the accountant's rounding). */
export function roundAmount(units: bigint, decimals: number): bigint {
  const step = 10n ** BigInt(AMOUNT_SCALE - decimals);
  const negative = units < 0n;
  const abs = negative ? -units : units;
  const rounded = ((abs + step / 2n) / step) * step;
  return negative ? -rounded : rounded;
}

/** Parses a plain decimal string (as produced by formatAmount) back to 1e-16 units. */
export function decimalToUnits(text: string): bigint {
  return parseAmount(text);
}

/** Multiplies an amount by an exact decimal rate, rounding half away from zero to 1e-16. */
export function multiplyByRate(units: bigint, rate: string): bigint {
  const rateUnits = parseAmount(rate);
  const product = units * rateUnits;
  const negative = product < 0n;
  const abs = negative ? -product : product;
  const q = (abs + SCALE_FACTOR / 2n) / SCALE_FACTOR;
  return negative ? -q : q;
}
