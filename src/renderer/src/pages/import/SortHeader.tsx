import type { HistorySort, HistorySortKey } from './history-view';

interface SortHeaderProps {
  label: string;
  column: HistorySortKey;
  sort: HistorySort;
  onSort(column: HistorySortKey): void;
  numeric?: boolean;
}

/** A column header that orders the history by its column; the column in use says which way (`aria-sort`). */
export function SortHeader({ label, column, sort, onSort, numeric }: SortHeaderProps) {
  return (
    <th scope="col" className={numeric ? 'numeric' : undefined} aria-sort={sort.key === column ? sort.direction : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
      </button>
    </th>
  );
}
