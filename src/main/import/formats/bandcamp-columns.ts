/**
 * Bandcamp sales report columns.
 *
 * The full export has 52 columns. FORMATS.md lists its first 34 (`date` … `buyer email`) and its
 * last six (`country` … `referrer url`); the twelve in between (buyer phone and note, the ship-to
 * address, ship date and notes) are our own plausible reconstruction of the shipping block
 * Bandcamp prints for packages, named the way the rest of its header is.
 */
export const FULL_EXPORT = [
  'date', 'paid to', 'item type', 'item name', 'artist', 'currency', 'item price', 'quantity', 'discount code',
  'sub total', 'tax', 'shipping', 'ship from country name', 'transaction fee', 'fee type', 'item total',
  'amount you received', 'bandcamp transaction id', 'paypal transaction id', 'assessed revenue share',
  'collected revenue share', 'balance of revenue share', 'change to payout balance', 'payout balance', 'net amount',
  'package', 'option', 'item url', 'sku', 'catalog number', 'upc', 'isrc', 'buyer name', 'buyer email',
  // Reconstructed (see above).
  'buyer phone', 'buyer note', 'ship to name', 'ship to street', 'ship to street 2', 'ship to city', 'ship to state',
  'ship to zip', 'ship to country', 'ship to country code', 'ship date', 'ship notes',
  'country', 'country code', 'region/state', 'city', 'referrer', 'referrer url',
];

/** Newer exports add these (and print `seller tax`/`marketplace tax` beside or instead of `tax`). */
export const NEWER_COLUMNS = ['additional fan contribution', 'tax rate', 'seller tax', 'marketplace tax'];

/**
 * Columns that name or locate the buyer. Stored only when the user opted in to keeping personal
 * data; `country code` stays (it is the line's territory), the buyer's city does not.
 */
export const PERSONAL_COLUMNS = [
  'buyer name', 'buyer email', 'buyer phone', 'buyer note', 'ship to name', 'ship to street', 'ship to street 2',
  'ship to city', 'ship to state', 'ship to zip', 'ship to country', 'ship to country code', 'ship notes', 'city',
];

/**
 * Columns kept as printed on every line. An allow-list rather than "everything but the personal
 * ones": a column Bandcamp adds later is reported as unknown and not stored until someone has
 * decided whether it identifies the buyer.
 */
export const KEPT_COLUMNS = [
  'paid to', 'item type', 'item price', 'discount code', 'sub total', 'tax', 'shipping', 'ship from country name',
  'transaction fee', 'fee type', 'item total', 'amount you received', 'bandcamp transaction id',
  'paypal transaction id', 'assessed revenue share', 'collected revenue share', 'balance of revenue share',
  'change to payout balance', 'payout balance', 'package', 'option', 'item url', 'sku', 'catalog number',
  'ship date', 'country', 'region/state', 'referrer', 'referrer url', ...NEWER_COLUMNS,
];

/** Every column name this importer knows, for FormatMatch.unknownColumns. */
export const KNOWN_COLUMNS = [...new Set([...FULL_EXPORT, ...NEWER_COLUMNS])];

/** `region/state` → `region_state`: the extra key a column is kept under. */
export function extraKey(column: string): string {
  return column.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '').toLowerCase();
}
