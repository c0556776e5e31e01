import { useMemo, useState } from 'react';
import { artistChoices, EVERY_ENTRY, exactMerges, filteredRows, ROWS_AT_A_TIME, type ExactMerge, type QueueFilter } from './review-queue-view';
import type { ReviewRow } from './review-rows';

export interface QueueView {
  filter: QueueFilter;
  /** A new filter starts again from the first rows. */
  setFilter(filter: QueueFilter): void;
  /** Every entry the filter lets through; null while the queue is read. */
  found: ReviewRow[] | null;
  /** The first of them, as many as asked for so far. */
  shown: ReviewRow[] | null;
  /** The exact matches among those found, for merging them at once. */
  exact: ExactMerge[];
  artists: { artist: string; count: number }[];
  showMore(): void;
}

/**
 * What part of the queue the page shows: a filter, and the first rows of what it lets through.
 * How many are shown holds across decisions, so a row decided is replaced from below and the
 * reader stays where they were.
 */
export function useQueueView(rows: ReviewRow[] | null): QueueView {
  const [filter, setFilter] = useState<QueueFilter>(EVERY_ENTRY);
  const [limit, setLimit] = useState(ROWS_AT_A_TIME);
  const waiting = useMemo(() => new Set(rows?.map((row) => row.recordingId)), [rows]);
  const found = useMemo(() => (rows ? filteredRows(rows, filter, waiting) : null), [rows, filter, waiting]);
  const shown = useMemo(() => found?.slice(0, limit) ?? null, [found, limit]);
  const exact = useMemo(() => (found ? exactMerges(found, waiting) : []), [found, waiting]);
  const artists = useMemo(() => (rows ? artistChoices(rows) : []), [rows]);
  return {
    filter,
    setFilter(next) {
      setFilter(next);
      setLimit(ROWS_AT_A_TIME);
    },
    found,
    shown,
    exact,
    artists,
    showMore: () => setLimit((count) => count + ROWS_AT_A_TIME),
  };
}
