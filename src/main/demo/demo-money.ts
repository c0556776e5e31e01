/**
 * Demo money is integer arithmetic on BigInt counts of 10^-scale units, turned into text once.
 * What a file says is what it is worth: rounding happens here, before printing, never after.
 */

/** The model's working precision: 1e-12 of a currency unit. */
export const MODEL_SCALE = 12;

const POW10: bigint[] = Array.from({ length: 19 }, (_, i) => 10n ** BigInt(i));

function pow10(exponent: number): bigint {
  const p = POW10[exponent];
  if (p === undefined) throw new Error(`unsupported decimal scale ${exponent}`);
  return p;
}

/** Changes the scale of a fixed-point integer, rounding half away from zero when digits are dropped. */
export function rescale(value: bigint, fromScale: number, toScale: number): bigint {
  if (toScale >= fromScale) return value * pow10(toScale - fromScale);
  const step = pow10(fromScale - toScale);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const rounded = (abs + step / 2n) / step;
  return negative ? -rounded : rounded;
}

/** Prints a fixed-point integer with exactly `scale` decimals (trailing zeros kept, as statements do). */
export function formatFixed(value: bigint, scale: number): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const digits = abs.toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
}

/** A float from the model turned into a fixed-point integer once, at the edge of the model. */
export function toFixedPoint(value: number, scale: number): bigint {
  return BigInt(Math.round(value * 10 ** scale));
}

/** Integer division rounding half away from zero. */
export function divideRounded(value: bigint, divisor: bigint): bigint {
  if (divisor === 0n) throw new Error('division by zero');
  const negative = value < 0n !== divisor < 0n;
  const a = value < 0n ? -value : value;
  const b = divisor < 0n ? -divisor : divisor;
  const q = (a + b / 2n) / b;
  return negative ? -q : q;
}
