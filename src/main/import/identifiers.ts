const ISRC_SHAPE = /^[A-Z]{2}[A-Z0-9]{3}\d{7}$/;

/** `nl-a1z-26-00123` → `NLA1Z2600123`; null when the text cannot be an ISRC. */
export function normaliseIsrc(text: string): string | null {
  const compact = text.replace(/[\s-]/g, '').toUpperCase();
  return ISRC_SHAPE.test(compact) ? compact : null;
}

/**
 * What a printed UPC/EAN came to: the GTIN the release is filed under, and the flags the line
 * keeps when the text was not a clean barcode (keys as in ResolvedCatalogue.invalid).
 */
export interface BarcodeReading {
  /** GTIN-13 digits (14 for a GTIN-14), so a UPC-A and its EAN-13 form name the same release. */
  gtin: string | null;
  /**
   * `upc`: the text as printed, when it gave no barcode that can be trusted; `upc_reason`: why;
   * `upc_repaired`: what a repaired barcode was printed as; `upc_check_digit`: a complete barcode
   * whose check digit is wrong, kept (a typing or export error, not a reason to drop the line).
   */
  flags: Record<string, string>;
}

/** Excel's `="0123"` and `'0123` guards, stray quotes, and the spaces and hyphens of a printed barcode. */
const DECORATION = /^="?|"$|^'|[\s-]/g;
/** `8.59725E+11`, `8,59725123456E+11` (a decimal comma where Excel runs in such a locale). */
const SCIENTIFIC = /^(\d+)(?:[.,](\d+))?E\+?(\d+)$/i;
/** Lengths a complete GTIN has: EAN-8, UPC-A, EAN-13, GTIN-14. */
const COMPLETE_LENGTHS = new Set([8, 12, 13, 14]);

/**
 * Reads a printed UPC/EAN, repairing what Excel did to it when that needs no guessing:
 * - scientific notation whose mantissa carries every digit (`8.59725123456E+11`) becomes the
 *   number it spells, if its check digit verifies; a shorter mantissa (`8.59725E+11`) lost
 *   digits, so the text is kept and flagged, never padded with invented zeros;
 * - a UPC-A or EAN-13 stored as a number lost its leading zeros: padded back only when the
 *   check digit verifies.
 * A repaired barcode is flagged with what was printed, so the user can see what was changed.
 */
export function readBarcode(printed: string): BarcodeReading {
  const text = printed.trim().replace(DECORATION, '');
  const scientific = SCIENTIFIC.exec(text);
  if (scientific) return fromScientific(printed, scientific[1]!, scientific[2] ?? '', Number(scientific[3]));
  if (!/^\d{6,14}$/.test(text)) return { gtin: null, flags: { upc: printed } };
  return fromDigits(printed, text, false);
}

function fromScientific(printed: string, whole: string, fraction: string, exponent: number): BarcodeReading {
  const shown = printed.trim();
  const notRepaired = (reason: string): BarcodeReading => ({ gtin: null, flags: { upc: printed, upc_reason: reason } });
  // The number's digits are the mantissa's, then as many zeros as the exponent reaches past them:
  // zeros Excel printed in place of the digits it dropped.
  const unprinted = exponent - fraction.length;
  if (unprinted < 0 && /[^0]/.test(fraction.slice(exponent))) return notRepaired(`${shown} is not a whole number, so it is not a barcode`);
  const mantissa = (whole + fraction.slice(0, exponent)).replace(/^0+/, '');
  const length = mantissa.length + Math.max(0, unprinted);
  if (length < 6 || length > 14) return notRepaired(`${shown} is a number of ${length} digits, which is not a barcode`);
  if (unprinted > 0) {
    return notRepaired(
      `Excel's scientific notation kept ${mantissa.length} of its ${length} digits; ` +
        'the rest cannot be known (export the UPC column as text)',
    );
  }
  return fromDigits(printed, mantissa, true);
}

function fromDigits(printed: string, digits: string, scientific: boolean): BarcodeReading {
  const trimmed = digits.replace(/^0+/, '');
  if (trimmed.length > 13 && digits.length !== 14) return { gtin: null, flags: { upc: printed } };
  const gtin = trimmed.length > 13 ? digits : trimmed.padStart(13, '0');
  const verifies = hasValidCheckDigit(gtin);
  const shortened = !COMPLETE_LENGTHS.has(digits.length);
  if (!scientific && !shortened) return verifies ? { gtin, flags: {} } : { gtin, flags: { upc_check_digit: printed } };
  if (!verifies) {
    const how = scientific ? 'printed in scientific notation' : `${digits.length} digits long, as if it lost leading zeros`;
    return { gtin: null, flags: { upc: printed, upc_reason: `it is ${how}, and read as ${printedForm(gtin)} its check digit does not verify` } };
  }
  return { gtin, flags: { upc_repaired: `repaired from ${printed.trim()} to ${printedForm(gtin)}` } };
}

/** A GTIN as a label prints it: the 12 digits of a UPC-A, else the 13 of an EAN-13. */
function printedForm(gtin: string): string {
  return gtin.length === 13 && gtin.startsWith('0') ? gtin.slice(1) : gtin;
}

/** Lower-cased, accent-free, single-spaced: the key two spellings of one name share. */
export function nameKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Whether a GTIN (UPC-A, EAN-13, as the 13 or 14 digits readBarcode gives) ends in the digit its
 * other digits call for. A wrong one is a typing or export error; the code is kept, and flagged.
 */
export function hasValidCheckDigit(gtin: string): boolean {
  // From the check digit leftwards the weights alternate 3, 1, 3…; char codes, as this runs per barcode read.
  let sum = 0;
  for (let i = gtin.length - 2, weight = 3; i >= 0; i--, weight = 4 - weight) sum += (gtin.charCodeAt(i) - 48) * weight;
  return (10 - (sum % 10)) % 10 === gtin.charCodeAt(gtin.length - 1) - 48;
}
