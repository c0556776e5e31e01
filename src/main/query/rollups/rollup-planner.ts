import { daysInMonth } from '../../../shared/period/sale-period';
import type { QuerySpec } from '../../../shared/query/query-spec';
import type { DayWindow } from '../../../shared/query/time-window';
import { rollupSource, STATEMENT_LINES, type FactSource } from '../fact-source';
import { ALWAYS_KEPT, KEY_OF, ROLLUPS } from './rollup-definitions';

/** A window the months of a rollup bound exactly: from a month's first day to a month's last. */
function monthAligned(window: DayWindow): boolean {
  const endYear = Math.floor(window.to / 10000);
  const endMonth = Math.floor(window.to / 100) % 100;
  return window.from % 100 === 1 && window.to % 100 === daysInMonth(endYear, endMonth);
}

/**
 * The smallest source that answers a query exactly: a rollup when it keeps every key the query
 * groups or filters by and the window is whole months (or everything), else the lines themselves.
 * `window` is null when the query covers all data.
 */
export function planSource(spec: QuerySpec, window: DayWindow | null): FactSource {
  if (window && !monthAligned(window)) return STATEMENT_LINES;
  const needed = new Set<string>();
  for (const field of [...spec.dimensions, ...spec.filters.map((f) => f.field)]) {
    if (field === 'importBatch') continue; // every rollup keeps its import
    const key = KEY_OF[field];
    if (!key) return STATEMENT_LINES;
    if (key !== 'month') needed.add(key);
  }
  const kept = new Set<string>(ALWAYS_KEPT);
  const rollup = ROLLUPS.find((definition) => [...needed].every((key) => kept.has(key) || (definition.keys as readonly string[]).includes(key)));
  return rollup ? rollupSource(rollup) : STATEMENT_LINES;
}
