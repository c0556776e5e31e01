import type { MappedFieldName } from '../../../../../shared/contract/column-mapping';

/** The fields guessed from a column's name alone; the currency is paired with the amount afterwards. */
export type NamedField = Exclude<MappedFieldName, 'currency' | 'saleType'>;

/** A header name as words, lower case: "Net Revenue (USD)" → "net revenue usd", "release_title" → "release title". */
export function nameWords(name: string): string[] {
  return name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
}

/**
 * Names that say which kind, version or number a thing is, not its name: "Release Type",
 * "Channel ID", "Song/Album". Such a column is never a title, artist, platform or territory.
 */
const NOT_A_NAME = /\b(type|id|code|version|number|no|nb|sku|catalog|catalogue|song album)\b/;
/** Rates, prices, fees, shares of a total and references: never what was sold nor what was earned. */
const NOT_A_FIGURE = /\b(rate|price|percentage|percent|split|fee|fees|tax|withheld|recoup|id|sku|ref|reference)\b/;

/** One rule of a field: a name matching `words` (tested on its words joined by spaces) scores `score`. */
type Clue = readonly [words: RegExp, score: number];

/**
 * For each field, the names that give it, likeliest first: the first clue a name matches is its
 * score, 0 when none does. A title column beats a type column, "Song Title" is the track and
 * "Release Title" the release, and what the label earned beats a sales or gross figure.
 */
const FIELD_CLUES: Record<NamedField, { clues: readonly Clue[]; unless?: RegExp }> = {
  isrc: { clues: [[/\bisrc\b/, 10]] },
  upc: { clues: [[/\b(upc|ean|barcode)\b/, 10]] },
  reportingDate: { clues: [[/\breporting\b.*\b(period|month|date)\b/, 9], [/\b(report|statement|posted|accounting)\b.*\b(period|month|date)\b/, 8]] },
  salePeriod: { clues: [[/\b(sales?|activity|usage|transaction)\b.*\b(period|month|date)\b/, 8], [/^(period|month|date)$/, 6]] },
  territory: { clues: [[/\b(territory|country|region|market)\b/, 8]], unless: NOT_A_NAME },
  platform: { clues: [[/\b(store|platform|retailer|dsp)\b/, 8], [/\b(service|partner|channel|shop)\b/, 6]], unless: NOT_A_NAME },
  artist: { clues: [[/\bartists?\b/, 8]], unless: NOT_A_NAME },
  title: { clues: [[/\b(track|song) (title|name)\b/, 10], [/^(title|track|song)$/, 8], [/\b(track|song)\b/, 4]], unless: NOT_A_NAME },
  releaseTitle: { clues: [[/\b(release|album|product) (title|name)\b/, 10], [/^(release|album|product)$/, 8], [/\b(release|album)\b/, 4]], unless: NOT_A_NAME },
  quantity: { clues: [[/\b(quantity|units?|qty)\b/, 8], [/\b(streams|plays|downloads|count)\b/, 6]], unless: NOT_A_FIGURE },
  amount: {
    clues: [
      [/\b(gross|sales?|subtotal|sub total|price)\b/, 3],
      [/\b(earned|earnings|royalty|royalties|payable|payout|amount|proceeds)\b|\b(net|label) (share|receipts)\b/, 10],
      [/\b(net|revenue|income|total)\b/, 7],
    ],
    unless: NOT_A_FIGURE,
  },
};

/** A name that can never give the field, whatever else it says: "Release Type" for a title, "Unit Price" for a quantity. */
export function ruledOut(field: NamedField, name: string): boolean {
  return FIELD_CLUES[field].unless?.test(nameWords(name).join(' ')) ?? false;
}

/** How likely the column is to give the field, from its name: 0 never, higher likelier. */
export function columnScore(field: NamedField, name: string): number {
  if (ruledOut(field, name)) return 0;
  const text = nameWords(name).join(' ');
  return FIELD_CLUES[field].clues.find(([words]) => words.test(text))?.[1] ?? 0;
}

/** The field a name most likely gives, as a layout's missing column would have: null when none. */
export function fieldNamedBy(name: string): NamedField | null {
  let best: { field: NamedField; score: number } | null = null;
  for (const field of Object.keys(FIELD_CLUES) as NamedField[]) {
    const score = columnScore(field, name);
    if (score > (best?.score ?? 0)) best = { field, score };
  }
  return best?.field ?? null;
}

/** The fields in the order their ties are settled: identifiers first, the amount last. */
export const NAMED_FIELDS = Object.keys(FIELD_CLUES) as NamedField[];
