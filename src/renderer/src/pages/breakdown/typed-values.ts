import type { FilterValueKind } from '../../../../shared/query/filter-spec';
import type { ValueCount } from './filter-fields';

/** Years and counts travel as numbers; days, months, money and names as text, exactly as typed. */
export function typedValue(kind: FilterValueKind, text: string): string | number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (kind === 'year' || kind === 'count') return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
  // Money stays a decimal string: "0.1" must reach the engine as 0.1, not as the nearest float.
  return kind === 'text' ? text : trimmed;
}

/**
 * The values the typed boxes hold, in order. Several values of one box are one per line: names
 * may hold commas ("Crosby, Stills & Nash").
 */
export function typedValues(kind: FilterValueKind, takes: ValueCount, boxes: readonly string[]): (string | number)[] {
  const texts = takes === 'many' ? (boxes[0] ?? '').split(/\r?\n/) : takes === 'two' ? boxes.slice(0, 2) : boxes.slice(0, 1);
  return texts.map((text) => typedValue(kind, text)).filter((value): value is string | number => value !== null);
}
