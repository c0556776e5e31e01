import type { ImportBatchSummary } from '../../../../shared/contract/imports';
import { compareDecimal } from '../../../../shared/money/display-amount';
import { periodLabel } from '../../format/calendar-text';

/** The imports listed at first, and added by each "Show more": a long history is searched, not scrolled. */
export const HISTORY_SHOWN_FIRST = 25;

export type HistorySortKey = 'imported' | 'file' | 'period' | 'lines' | 'quarantined' | 'earned';
/** As `aria-sort` names them, so a header can say how its column is ordered. */
export type SortDirection = 'ascending' | 'descending';

export interface HistorySort {
  key: HistorySortKey;
  direction: SortDirection;
}

export const NEWEST_FIRST: HistorySort = { key: 'imported', direction: 'descending' };

/** Which imports the history lists besides the search: all of them, or those with something to follow up. */
export type HistoryShow = 'all' | 'quarantined' | 'waiting' | 'replaced';

export interface HistoryFilter {
  /** Words to find in the file name, format or sale period, all of them, in any case. */
  search: string;
  /** One format's name as the history shows it, or '' for every format. */
  format: string;
  show: HistoryShow;
}

export const EVERY_IMPORT: HistoryFilter = { search: '', format: '', show: 'all' };

export const SHOW_CHOICES: { value: HistoryShow; label: string }[] = [
  { value: 'all', label: 'All imports' },
  { value: 'quarantined', label: 'With quarantined lines' },
  { value: 'waiting', label: 'With lines waiting for correction' },
  { value: 'replaced', label: 'Replaced an earlier import' },
];

/** The formats in the history, for its format filter, by name. */
export function historyFormats(imports: readonly ImportBatchSummary[]): string[] {
  return [...new Set(imports.map((batch) => batch.format))].sort((a, b) => a.localeCompare(b));
}

export function isFiltered(filter: HistoryFilter): boolean {
  return filter.search.trim() !== '' || filter.format !== '' || filter.show !== 'all';
}

function shows(batch: ImportBatchSummary, show: HistoryShow): boolean {
  if (show === 'quarantined') return batch.rejected > 0;
  if (show === 'waiting') return batch.rejected > batch.setAside;
  if (show === 'replaced') return batch.replaced.length > 0;
  return true;
}

/** What a search reads of an import: what its row shows of its name, format and sale period. */
function searchedText(batch: ImportBatchSummary): string {
  return [batch.fileName, batch.format, batch.variant, periodLabel(batch.saleFrom, batch.saleTo) ?? ''].join(' ').toLowerCase();
}

export function filterHistory(imports: readonly ImportBatchSummary[], filter: HistoryFilter): ImportBatchSummary[] {
  const words = filter.search.toLowerCase().split(/\s+/).filter(Boolean);
  return imports.filter(
    (batch) =>
      (filter.format === '' || batch.format === filter.format) &&
      shows(batch, filter.show) &&
      (words.length === 0 || words.every((word) => searchedText(batch).includes(word))),
  );
}

/** An import's earnings in its first currency by code: amounts in different currencies do not compare. */
function firstAmount(batch: ImportBatchSummary): { currency: string; amount: string } | null {
  const currency = Object.keys(batch.amounts).sort()[0];
  return currency === undefined ? null : { currency, amount: batch.amounts[currency]! };
}

/** Orders two imports by one column, lowest first; `sortHistory` sets apart those without a period or earnings, and groups earnings by currency. */
function compareBy(key: HistorySortKey, a: ImportBatchSummary, b: ImportBatchSummary): number {
  switch (key) {
    case 'imported':
      return a.importId - b.importId;
    case 'file':
      return a.fileName.localeCompare(b.fileName, 'en', { numeric: true, sensitivity: 'base' });
    case 'period':
      return (a.saleFrom ?? '').localeCompare(b.saleFrom ?? '') || (a.saleTo ?? '').localeCompare(b.saleTo ?? '');
    case 'lines':
      return a.imported - b.imported;
    case 'quarantined':
      return a.rejected - a.setAside - (b.rejected - b.setAside) || a.rejected - b.rejected;
    case 'earned':
      return compareDecimal(firstAmount(a)!.amount, firstAmount(b)!.amount);
  }
}

/** Whether an import has nothing to order by in that column: it goes last whichever way the column runs. */
function lacks(key: HistorySortKey, batch: ImportBatchSummary): boolean {
  if (key === 'period') return batch.saleFrom === null;
  if (key === 'earned') return firstAmount(batch) === null;
  return false;
}

/**
 * The history in the chosen order. Imports that tie keep the order they were made in, newest first
 * (the ids count up as imports are made, within one run too, where the times shown are the same).
 * Earnings are grouped by currency, by code, and ordered by amount within each.
 */
export function sortHistory(imports: readonly ImportBatchSummary[], sort: HistorySort): ImportBatchSummary[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...imports].sort((a, b) => {
    const missing = Number(lacks(sort.key, a)) - Number(lacks(sort.key, b));
    if (missing !== 0) return missing;
    if (lacks(sort.key, a)) return b.importId - a.importId;
    if (sort.key === 'earned') {
      const currencies = firstAmount(a)!.currency.localeCompare(firstAmount(b)!.currency);
      if (currencies !== 0) return currencies;
    }
    return sign * compareBy(sort.key, a, b) || b.importId - a.importId;
  });
}

/** Names read A to Z; times, periods and figures start with the latest, the largest. */
const FIRST_DIRECTION: Record<HistorySortKey, SortDirection> = {
  imported: 'descending',
  file: 'ascending',
  period: 'descending',
  lines: 'descending',
  quarantined: 'descending',
  earned: 'descending',
};

/** The order after a click on a column's header: that column its usual way first, then the other way. */
export function nextSort(current: HistorySort, key: HistorySortKey): HistorySort {
  if (current.key !== key) return { key, direction: FIRST_DIRECTION[key] };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

const ORDER_TEXT: Record<HistorySortKey, Record<SortDirection, string>> = {
  imported: { descending: 'Newest first', ascending: 'Oldest first' },
  file: { ascending: 'By file name, A to Z', descending: 'By file name, Z to A' },
  period: { descending: 'By sale period, latest first', ascending: 'By sale period, earliest first' },
  lines: { descending: 'Most lines first', ascending: 'Fewest lines first' },
  quarantined: { descending: 'Most quarantined lines first', ascending: 'Fewest quarantined lines first' },
  earned: { descending: 'Largest earnings first, by currency', ascending: 'Smallest earnings first, by currency' },
};

/** The history's subtitle: the order it is in. */
export function sortText(sort: HistorySort): string {
  return ORDER_TEXT[sort.key][sort.direction];
}

function importsText(count: number): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? 'import' : 'imports'}`;
}

/** "132 imports", or "12 of 132 imports match" while a search or filter narrows the list. */
export function matchText(matching: number, total: number, filtered: boolean): string {
  if (!filtered) return importsText(total);
  return `${matching.toLocaleString('en-US')} of ${importsText(total)} ${matching === 1 ? 'matches' : 'match'}`;
}

/** "Showing 25 of 132": under a list longer than the rows shown. */
export function shownText(shown: number, listed: number): string {
  return `Showing ${shown.toLocaleString('en-US')} of ${listed.toLocaleString('en-US')}`;
}
