import type { MappedFieldName, MappingInspection } from '../../../../../shared/contract/column-mapping';
import { columnNames, emptyChoices, headerOf, type FieldChoices, type MappingDraft } from './mapping-draft';

/**
 * First guesses from English header words, so a plain layout is mostly mapped before the user
 * touches it. Tried in this order, each taking the first column it matches that no field took:
 * identifiers and currency first, as "Net Revenue Currency" names a currency, not an amount.
 */
const FIELD_WORDS: readonly (readonly [MappedFieldName, RegExp])[] = [
  ['isrc', /\bisrc\b/i],
  ['upc', /\b(upc|ean|barcode)\b/i],
  ['currency', /\bcurrency\b/i],
  ['reportingDate', /\b(report(ing)?|statement|posted|accounting)\b.*\b(period|month|date)\b/i],
  ['salePeriod', /\b(sales?|activity|usage|transaction)\b.*\b(period|month|date)\b|^(period|month|date)$/i],
  ['territory', /\b(territory|country|region|market)\b/i],
  ['platform', /\b(store|platform|shop|retailer|service|dsp|partner)\b/i],
  ['artist', /\bartist/i],
  ['releaseTitle', /\b(release|album|product)\b/i],
  ['title', /\b(track|song|title)\b/i],
  ['quantity', /\b(quantity|units?|qty|count|streams|plays)\b/i],
  ['amount', /\b(earn|royalt|net|revenue|amount|payable|income)/i],
];

export function guessChoices(header: readonly string[]): FieldChoices {
  const choices = emptyChoices();
  const taken = new Set<string>();
  for (const [field, words] of FIELD_WORDS) {
    const column = columnNames(header).find((name) => !taken.has(name) && words.test(name));
    if (column === undefined) continue;
    taken.add(column);
    choices[field] = { source: 'column', column, fixed: '' };
  }
  return choices;
}

/** The cells of one column below the header row. */
function cellsBelow(inspection: MappingInspection, headerRow: number, column: string): string[] {
  const index = headerOf(inspection, headerRow).findIndex((name) => name.trim() === column);
  if (index < 0) return [];
  return inspection.rows.slice(headerRow).map((row) => (row[index] ?? '').trim()).filter((cell) => cell !== '');
}

/**
 * A decimal comma when the amounts end in a comma and digits more often than in a point and
 * digits; three digits after the mark prove nothing, as 1,234 and 1.234 group thousands.
 */
export function guessDecimalSeparator(amounts: readonly string[]): '.' | ',' {
  let comma = 0;
  let point = 0;
  for (const cell of amounts) {
    const mark = /([.,])(\d+)\)?$/.exec(cell);
    if (!mark || mark[2]!.length === 3) continue;
    if (mark[1] === ',') comma++;
    else point++;
  }
  return comma > point ? ',' : '.';
}

/** Day first when a date's first number cannot be a month; month first otherwise. */
export function guessDateOrder(dates: readonly string[]): 'mdy' | 'dmy' {
  for (const cell of dates) {
    const parts = /^(\d{1,2})[/-](\d{1,2})[/-]\d{2,4}/.exec(cell);
    if (!parts) continue;
    if (Number(parts[1]) > 12) return 'dmy';
    if (Number(parts[2]) > 12) return 'mdy';
  }
  return 'mdy';
}

/** A fresh draft for a header row: fields guessed from its names, number and date styles from the cells below. */
export function draftForHeaderRow(inspection: MappingInspection, headerRow: number): MappingDraft {
  const choices = guessChoices(headerOf(inspection, headerRow));
  const below = (field: MappedFieldName) => {
    const choice = choices[field];
    return choice.source === 'column' ? cellsBelow(inspection, headerRow, choice.column) : [];
  };
  return {
    headerRow,
    choices,
    decimalSeparator: guessDecimalSeparator([...below('amount'), ...below('quantity')]),
    dateOrder: guessDateOrder([...below('salePeriod'), ...below('reportingDate')]),
  };
}

/** The first cell under a column, shown next to the choice so the user sees what it holds. */
export function exampleCell(inspection: MappingInspection, headerRow: number, column: string): string | null {
  return cellsBelow(inspection, headerRow, column)[0] ?? null;
}
