import type { ClosestLayout } from '../../../../../shared/contract/imports';
import { columnScore, currencyWord, fieldNamedBy, NAMED_FIELDS, namesCurrency, nameWords, ruledOut } from './column-scores';
import { columnNames, emptyChoices, type FieldChoice, type FieldChoices } from './mapping-draft';
import type { NamedField } from './mapping-fields';

/** The cells below the header in a column, as far as the wizard has read the file. */
export type ColumnCells = (column: string) => readonly string[];

/** Above any name's own score: the column the closest layout's missing column was renamed to. */
const RENAMED_BONUS = 20;
/** Words too common in header names to show that two names are the same column renamed. */
const PLAIN_WORDS = new Set(['of', 'the', 'in', 'to', 'name', 'date', 'total']);

/**
 * Currency codes statements print in an amount column's name ("Earnings (USD)", "earnings_usd").
 * Only these: a three-letter word in brackets is not always a currency.
 */
const NAMED_CURRENCIES = new Set(['usd', 'eur', 'gbp', 'jpy', 'cad', 'aud', 'nzd', 'chf', 'sek', 'nok', 'dkk', 'brl', 'mxn']);

interface Candidate {
  field: NamedField;
  column: string;
  score: number;
  words: number;
  at: number;
}

/**
 * The columns a refusal's closest layout lacks, by the field each would have given, and the words
 * a renamed column would still share with it ("Total Earned" → "Amount Earned").
 */
function renamedColumns(closest: ClosestLayout | undefined): Map<NamedField, Set<string>> {
  const renamed = new Map<NamedField, Set<string>>();
  for (const missing of closest?.missing ?? []) {
    const field = fieldNamedBy(missing);
    if (field === null || renamed.has(field)) continue;
    renamed.set(field, new Set(nameWords(missing).filter((word) => word.length > 2 && !PLAIN_WORDS.has(word))));
  }
  return renamed;
}

function candidatesOf(names: readonly string[], closest: ClosestLayout | undefined, cellsOf: ColumnCells): Candidate[] {
  const renamed = renamedColumns(closest);
  return NAMED_FIELDS.flatMap((field) =>
    names.map((column, at) => {
      const words = nameWords(column);
      const shared = renamed.get(field);
      const bonus = shared && !ruledOut(field, column) && words.some((word) => shared.has(word)) ? RENAMED_BONUS : 0;
      return { field, column, score: columnScore(field, column, cellsOf(column)) + bonus, words: words.length, at };
    }),
  ).filter((candidate) => candidate.score > 0);
}

/**
 * Each field's likeliest column, each column given to one field only: the best-scoring pairs are
 * settled first, a tie going to the shorter name ("UPC" over "Optional UPC"), then the field
 * listed first, then the column printed first.
 */
function assignColumns(candidates: Candidate[]): Map<NamedField, string> {
  const order = (candidate: Candidate) => NAMED_FIELDS.indexOf(candidate.field);
  const sorted = [...candidates].sort((a, b) => b.score - a.score || a.words - b.words || order(a) - order(b) || a.at - b.at);
  const chosen = new Map<NamedField, string>();
  const taken = new Set<string>();
  for (const { field, column } of sorted) {
    if (chosen.has(field) || taken.has(column)) continue;
    chosen.set(field, column);
    taken.add(column);
  }
  return chosen;
}

/** The code an amount column's own name gives its currency in, if it names one: "Earnings (USD)", "Royalty ($US)". */
export function currencyInName(name: string): string | null {
  if (/\(\s*(\$\s*us|us\s*\$)\s*\)/i.test(name)) return 'USD';
  const last = nameWords(name).at(-1) ?? '';
  return NAMED_CURRENCIES.has(last) && nameWords(name).length > 1 ? last.toUpperCase() : null;
}

/**
 * How well a currency column goes with the amount chosen: 3 when its other words are the amount's
 * ("Net Revenue Currency" with "Net Revenue"), 2 for a plain "Currency", 1 when they name some
 * other figure ("Net Sales Currency" beside "Amount Earned").
 */
export function currencyFit(currency: string, amount: string | null): number {
  const qualifier = nameWords(currency).filter((word) => !currencyWord(word));
  if (qualifier.length === 0) return 2;
  const amountWords = new Set(amount === null ? [] : nameWords(amount));
  return qualifier.every((word) => amountWords.has(word)) ? 3 : 1;
}

/**
 * The currency for the amount chosen: the code its name prints, else the best-fitting currency
 * column, the one nearest the amount on a tie.
 */
export function pairCurrency(names: readonly string[], amount: string | null, taken: ReadonlySet<string>): FieldChoice | null {
  const code = amount === null ? null : currencyInName(amount);
  if (code !== null) return { source: 'fixed', column: '', fixed: code };
  const amountAt = amount === null ? 0 : names.indexOf(amount);
  const columns = names.filter((name) => !taken.has(name) && namesCurrency(name));
  const distance = (name: string) => Math.abs(names.indexOf(name) - amountAt);
  const best = [...columns].sort((a, b) => currencyFit(b, amount) - currencyFit(a, amount) || distance(a) - distance(b))[0];
  return best === undefined ? null : { source: 'column', column: best, fixed: '' };
}

/**
 * First guesses from the header's words (English, French, German, Spanish, Italian, Portuguese,
 * Dutch or Japanese), so a plain layout is mostly mapped before the user touches it. When the file was refused as close to a known layout, the column it lacks names a
 * field, and a column sharing that name's words is taken as the renamed one. Where a name alone
 * could mislead, the cells below decide: "Ventes" is the quantity only when its cells are whole
 * numbers, a plain "Type" the sale type only when its cells name kinds of sale.
 */
export function guessChoices(header: readonly string[], closest?: ClosestLayout, cellsOf: ColumnCells = () => []): FieldChoices {
  const names = columnNames(header);
  const chosen = assignColumns(candidatesOf(names, closest, cellsOf));
  const choices = emptyChoices();
  for (const [field, column] of chosen) choices[field] = { source: 'column', column, fixed: '' };
  const currency = pairCurrency(names, chosen.get('amount') ?? null, new Set(chosen.values()));
  if (currency !== null) choices.currency = currency;
  return choices;
}
