import { cellsFit } from './column-cells';
import { CURRENCY_CODE_WORDS, CURRENCY_WORDS, FIELD_WORDS, PAIR_GLUE, type Clue } from './column-words';
import type { NamedField } from './mapping-fields';

/**
 * A name folded for comparing: lower case, accents dropped ("Période" → "periode", "Währung" →
 * "wahrung"), full-width letters made plain; Japanese kana keep their voicing marks.
 */
function folded(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLowerCase();
}

/** A header name as words, folded: "Net Revenue (USD)" → "net revenue usd", "release_title" → "release title", "Période" → "periode". */
export function nameWords(name: string): string[] {
  return folded(name).split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
}

/** The table's words as one alternation, folded as names are. */
function alternation(words: readonly string[]): string {
  return words.map((word) => nameWords(word).join(' ').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/**
 * A word stops where a Latin letter or a digit does not follow it, so "land" is not found in
 * "Deutschland"; Japanese, which does not space its words, is found inside a longer word.
 */
const START = '(?<![\\p{Script=Latin}\\p{N}])';
const END = '(?![\\p{Script=Latin}\\p{N}])';
const GLUE = `(?:| (?:(?:${alternation(PAIR_GLUE)}) )*)`;

function holding(words: readonly string[]): RegExp {
  return new RegExp(`${START}(?:${alternation(words)})${END}`, 'u');
}

/** One pattern for a clue, tested on a name's words joined by spaces. */
function clueText(clue: Clue): RegExp {
  const ways: string[] = [];
  if (clue.whole) ways.push(`^(?:${alternation(clue.whole)})$`);
  if (clue.holds) ways.push(`${START}(?:${alternation(clue.holds)})${END}`);
  if (clue.pair) {
    const [first, second] = clue.pair.map(alternation);
    ways.push(`${START}(?:${first})${GLUE}(?:${second})${END}`, `${START}(?:${second})${GLUE}(?:${first})${END}`);
  }
  return new RegExp(ways.join('|'), 'u');
}

/** The fields in the order their ties are settled: identifiers first, the amount last. */
export const NAMED_FIELDS = Object.keys(FIELD_WORDS) as NamedField[];

interface FieldPatterns {
  clues: readonly { words: RegExp; clue: Clue }[];
  unless: RegExp | null;
}

const FIELD_PATTERNS = new Map<NamedField, FieldPatterns>(
  NAMED_FIELDS.map((field) => {
    const { clues, unless } = FIELD_WORDS[field];
    return [field, { clues: clues.map((clue) => ({ words: clueText(clue), clue })), unless: unless ? holding(unless) : null }];
  }),
);

const CURRENCY = holding(CURRENCY_WORDS);
const CURRENCY_OR_CODE = holding([...CURRENCY_WORDS, ...CURRENCY_CODE_WORDS]);

/** A column named as a currency in any of the table's languages: "Currency", "Devise", "通貨コード". */
export function namesCurrency(name: string): boolean {
  return CURRENCY.test(nameWords(name).join(' '));
}

/** A word of a currency column's name that only says it is one: "currency", "code", "Währung". */
export function currencyWord(word: string): boolean {
  return CURRENCY_OR_CODE.test(nameWords(word).join(' '));
}

/** A name that can never give the field, whatever else it says: "Release Type" for a title, "Unit Price" for a quantity. */
export function ruledOut(field: NamedField, name: string): boolean {
  return FIELD_PATTERNS.get(field)!.unless?.test(nameWords(name).join(' ')) ?? false;
}

/**
 * How likely the column is to give the field, from its name and the cells below it: 0 never,
 * higher likelier; the first clue its name matches and its cells allow decides. Without cells, a
 * clue that needs them to show sale words is not met.
 */
export function columnScore(field: NamedField, name: string, cells: readonly string[] = []): number {
  if (ruledOut(field, name)) return 0;
  const text = nameWords(name).join(' ');
  return FIELD_PATTERNS.get(field)!.clues.find(({ words, clue }) => words.test(text) && cellsFit(clue.cells, cells))?.clue.score ?? 0;
}

/** The field a name most likely gives, as a layout's missing column would have: null when none. */
export function fieldNamedBy(name: string): NamedField | null {
  let best: { field: NamedField; score: number } | null = null;
  for (const field of NAMED_FIELDS) {
    const score = columnScore(field, name);
    if (score > (best?.score ?? 0)) best = { field, score };
  }
  return best?.field ?? null;
}
