import { countText, linesText } from '../../format/figures-text';
import type { CandidateView, ReviewRow } from './review-rows';

/** Which entries the queue shows by their matches. */
export type MatchFilter = 'all' | 'suggested' | 'exact' | 'none';

export interface QueueFilter {
  /** Typed words, each found in the title, the artist or a match's ISRC. */
  text: string;
  match: MatchFilter;
  /** An artist as the table names it; null for every artist. */
  artist: string | null;
}

export const EVERY_ENTRY: QueueFilter = { text: '', match: 'all', artist: null };

export const MATCH_FILTERS: readonly { value: MatchFilter; label: string }[] = [
  { value: 'all', label: 'All recordings' },
  { value: 'suggested', label: 'With a suggested match' },
  { value: 'exact', label: 'Exact matches (100%)' },
  { value: 'none', label: 'No suggested match' },
];

/** How many rows the queue shows at first, and how many more each "Show more" adds: a page a person reads down. */
export const ROWS_AT_A_TIME = 50;

/** Case, accents and ISRC hyphens set aside, as people type them. */
function folded(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function matchesOf(row: ReviewRow): CandidateView[] {
  return row.candidate ? [row.candidate, ...row.suggestions] : row.suggestions;
}

/**
 * The recording an entry surely is: its one match at 100 %, by the same artist. A match that
 * itself waits for review (`waiting`: every entry's id) is another spelling of the same song, not
 * the recording both are; an entry with two other matches at 100 % is left to a person.
 */
export function exactMatchOf(row: ReviewRow, waiting: ReadonlySet<number>): CandidateView | null {
  const exact = matchesOf(row).filter((match) => match.scorePercent === 100 && !waiting.has(match.recordingId));
  const [only] = exact;
  if (exact.length !== 1 || !only || row.artistId === null || only.artistId !== row.artistId) return null;
  return only;
}

/** An entry and the recording it surely is, for merging many at once. */
export interface ExactMerge {
  row: ReviewRow;
  into: CandidateView;
}

/** The rows' exact matches (see exactMatchOf). */
export function exactMerges(rows: readonly ReviewRow[], waiting: ReadonlySet<number>): ExactMerge[] {
  return rows.flatMap((row) => {
    const into = exactMatchOf(row, waiting);
    return into ? [{ row, into }] : [];
  });
}

function searchable(row: ReviewRow): string {
  const isrcs = matchesOf(row).flatMap((match) => (match.ref.isrc ? [match.ref.isrc] : []));
  return folded([row.title, row.artist, ...isrcs].join(' '));
}

/** The entries the filter lets through, in the queue's order (biggest earners first); `waiting` as exactMatchOf. */
export function filteredRows(rows: readonly ReviewRow[], filter: QueueFilter, waiting: ReadonlySet<number>): ReviewRow[] {
  const words = folded(filter.text).split(/\s+/).filter(Boolean).map((word) => word.replace(/-/g, ''));
  return rows.filter((row) => {
    if (filter.artist !== null && row.artist !== filter.artist) return false;
    const matches = matchesOf(row).length;
    if (filter.match === 'suggested' && matches === 0) return false;
    if (filter.match === 'none' && matches > 0) return false;
    if (filter.match === 'exact' && !exactMatchOf(row, waiting)) return false;
    if (words.length === 0) return true;
    const text = searchable(row);
    return words.every((word) => text.includes(word));
  });
}

/** Every artist with entries waiting, by name, with how many: the artist filter's choices. */
export function artistChoices(rows: readonly ReviewRow[]): { artist: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.artist, (counts.get(row.artist) ?? 0) + 1);
  return [...counts].map(([artist, count]) => ({ artist, count })).sort((a, b) => a.artist.localeCompare(b.artist, 'en', { numeric: true }) || a.count - b.count);
}

export function isFiltered(filter: QueueFilter): boolean {
  return filter.text.trim() !== '' || filter.match !== 'all' || filter.artist !== null;
}

/** "Showing 50 of 1,793" or, filtered, "50 of 412 found shown · 1,793 in the queue". */
export function shownText(shown: number, found: number, total: number, filtered: boolean): string {
  if (!filtered) return shown === total ? `Showing all ${countText(total)}` : `Showing ${countText(shown)} of ${countText(total)}`;
  if (found === 0) return `None of the ${countText(total)} in the queue matches`;
  const of = found === 1 ? '1 found' : `${countText(found)} found`;
  return shown === found ? `Showing ${of} · ${countText(total)} in the queue` : `Showing ${countText(shown)} of ${of} · ${countText(total)} in the queue`;
}

/** "Show 50 more (1,743 not shown)". */
export function showMoreText(hidden: number): string {
  return `Show ${countText(Math.min(ROWS_AT_A_TIME, hidden))} more (${countText(hidden)} not shown)`;
}

/** "3 recordings have an exact match: the same title, by the same artist, as a recording with an ISRC." */
export function exactMatchesText(count: number, filtered: boolean): string {
  const which = filtered ? 'of those shown ' : '';
  return count === 1
    ? `1 recording ${which}has an exact match: the same title, by the same artist, 100% close.`
    : `${countText(count)} recordings ${which}have an exact match: the same title, by the same artist, 100% close.`;
}

/** "Merge all 25 exact matches…". */
export function mergeAllText(count: number): string {
  return count === 1 ? 'Merge the exact match…' : `Merge all ${countText(count)} exact matches…`;
}

/** "“Harbo rLetters” into “Harbor Letters” by Roster Act 4 (ISRC QZR8K2400039) · 2 lines": one line of the bulk dialog's list. */
export function exactMergeText({ row, into }: ExactMerge): string {
  const isrc = into.ref.isrc ? ` (ISRC ${into.ref.isrc})` : '';
  return `“${row.title}” into “${into.title}” by ${into.artist}${isrc} · ${row.linesText}`;
}

/** The notice once many merges are done, and the entries left as they were. */
export function mergedManyText(merged: number, movedLines: number, skipped: readonly string[]): string {
  const done = merged === 1 ? `1 recording merged into its exact match: ${linesText(movedLines)} moved.` : `${countText(merged)} recordings merged into their exact matches: ${linesText(movedLines)} moved.`;
  if (skipped.length === 0) return done;
  const left = skipped.length === 1 ? `1 was left as it was: ${skipped[0]}.` : `${countText(skipped.length)} were left as they were: ${skipped.join('; ')}.`;
  return `${done} ${left}`;
}

/** The notice once many merges are undone. */
export function undoneManyText(undone: number, movedLines: number, alreadyUndone: number): string {
  const done = undone === 1 ? `1 merge undone: ${linesText(movedLines)} moved back.` : `${countText(undone)} merges undone: ${linesText(movedLines)} moved back.`;
  if (alreadyUndone === 0) return done;
  return `${done} ${alreadyUndone === 1 ? '1 had been undone already.' : `${countText(alreadyUndone)} had been undone already.`}`;
}
