import type { FilterField, QueryResult } from '../../../../shared/query/query-spec';
import { drillTargetOf } from './breakdown-rows';

export interface PickOption {
  /** What the filter sends: an id or a code. */
  key: string | number;
  label: string;
  /** What tells two members with one name apart: the artist, the code. */
  detail: string | null;
}

/** Columns that tell members with the same name apart. */
const DETAIL_COLUMNS: Partial<Record<FilterField, string[]>> = {
  territory: ['territory'],
  release: ['release_artist', 'upc'],
  recording: ['recording_artist', 'isrc'],
};

/** The members a pick list offers, from a `pickListSpec` answer; rows without a key cannot be picked. */
export function pickOptions(result: QueryResult, field: FilterField): PickOption[] {
  const detailIndexes = (DETAIL_COLUMNS[field] ?? []).map((name) => result.columns.findIndex((column) => column.name === name)).filter((index) => index >= 0);
  return result.rows.flatMap((row) => {
    const target = drillTargetOf(result, field, row);
    if (!target) return [];
    const details = detailIndexes.map((index) => row[index]).filter((cell) => cell !== null && cell !== undefined && cell !== '' && cell !== target.label);
    return [{ key: target.key, label: target.label, detail: details.length ? details.join(' · ') : null }];
  });
}

/** Lower case without accents, so "beyonce" finds "Beyoncé". */
function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The options whose name or detail contains every word typed, in their original order. */
export function matchingOptions(options: readonly PickOption[], search: string): PickOption[] {
  const words = searchable(search).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...options];
  return options.filter((option) => {
    const haystack = searchable(`${option.label} ${option.detail ?? ''}`);
    return words.every((word) => haystack.includes(word));
  });
}
