const ISRC_SHAPE = /^[A-Z]{2}[A-Z0-9]{3}\d{7}$/;

/** `nl-a1z-26-00123` → `NLA1Z2600123`; null when the text cannot be an ISRC. */
export function normaliseIsrc(text: string): string | null {
  const compact = text.replace(/[\s-]/g, '').toUpperCase();
  return ISRC_SHAPE.test(compact) ? compact : null;
}

/**
 * UPC/EAN as GTIN-13 digits, so a UPC-A, its EAN-13 form and a copy stripped of leading zeros
 * all name the same release. Returns null when the text holds no plausible barcode.
 */
export function normaliseUpc(text: string): string | null {
  const digits = text.replace(/^'|[\s-]/g, '');
  if (!/^\d{6,14}$/.test(digits)) return null;
  const trimmed = digits.replace(/^0+/, '');
  if (trimmed.length > 13) return digits.length === 14 ? digits : null;
  return trimmed.padStart(13, '0');
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
 * Whether a GTIN (UPC-A, EAN-13, as the 13 or 14 digits normaliseUpc gives) ends in the digit its
 * other digits call for. A wrong one is a typing or export error; the code is kept, and flagged.
 */
export function hasValidCheckDigit(gtin: string): boolean {
  const digits = [...gtin].map(Number);
  const check = digits.pop()!;
  const sum = digits.reverse().reduce((total, digit, i) => total + digit * (i % 2 === 0 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10 === check;
}
