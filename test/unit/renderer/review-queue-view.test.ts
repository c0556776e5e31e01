import { describe, expect, it } from 'vitest';
import type { RecordingUnderReview } from '../../../src/shared/contract/imports';
import {
  artistChoices, EVERY_ENTRY, exactMatchesText, exactMatchOf, exactMerges, exactMergeText, filteredRows, isFiltered, mergeAllText, mergedManyText, showMoreText, shownText,
  undoneManyText,
} from '../../../src/renderer/src/pages/catalogue/review-queue-view';
import { reviewRow, type ReviewRow } from '../../../src/renderer/src/pages/catalogue/review-rows';

type Match = NonNullable<RecordingUnderReview['candidate']>;

const harbour: Match = { recordingId: 100, title: 'Harbour Lights', artist: 'Lena Vos', artistId: 1, isrc: 'NLA1Z2400001', scorePercent: 100, reason: 'same title' };

function row(recordingId: number, overrides: Partial<RecordingUnderReview> = {}): ReviewRow {
  return reviewRow(
    {
      recordingId,
      title: 'Harbo urLights',
      artist: 'Lena Vos',
      artistId: 1,
      lines: 2,
      revenue: '0.40',
      unconverted: { lines: 0, currencies: [] },
      candidate: null,
      reason: 'no recording matched it exactly when it was imported; close titles are suggested',
      suggestions: [harbour],
      ...overrides,
    },
    'USD',
  );
}

const NONE: ReadonlySet<number> = new Set();

describe('exact matches', () => {
  it('are the one match at 100 % by the same artist', () => {
    expect(exactMatchOf(row(1), NONE)?.recordingId).toBe(100);
    expect(exactMatchOf(row(1, { suggestions: [{ ...harbour, scorePercent: 95 }] }), NONE)).toBeNull();
    expect(exactMatchOf(row(1, { suggestions: [{ ...harbour, artistId: 2, artist: 'Lena Voss' }] }), NONE)).toBeNull();
    expect(exactMatchOf(row(1, { artistId: null, artist: '' }), NONE)).toBeNull();
  });

  it('leave to a person an entry with two recordings at 100 %, but not one whose other match is a stray waiting too', () => {
    const twin = { ...harbour, recordingId: 101, isrc: 'NLA1Z2400002' };
    expect(exactMatchOf(row(1, { suggestions: [harbour, twin] }), NONE)).toBeNull();
    const stray = { ...harbour, recordingId: 2, title: 'HarbourL ights', isrc: null };
    expect(exactMatchOf(row(1, { suggestions: [stray, harbour] }), new Set([1, 2]))?.recordingId).toBe(100);
    // A match that waits itself is no target, even alone.
    expect(exactMerges([row(1, { suggestions: [stray] }), row(2, { suggestions: [harbour] })], new Set([1, 2])).map((m) => [m.row.recordingId, m.into.recordingId])).toEqual([[2, 100]]);
  });

  it('count the import candidate as a match too', () => {
    expect(exactMatchOf(row(1, { candidate: harbour, suggestions: [] }), NONE)?.recordingId).toBe(100);
  });

  it('are listed for the confirmation with artist, ISRC and lines, and counted in the bar and its button', () => {
    const [merge] = exactMerges([row(1)], NONE);
    expect(exactMergeText(merge!)).toBe('“Harbo urLights” into “Harbour Lights” by Lena Vos (ISRC NLA1Z2400001) · 2 lines');
    expect(exactMatchesText(1, false)).toBe('1 recording has an exact match: the same title, by the same artist, 100% close.');
    expect(exactMatchesText(1214, true)).toBe('1,214 recordings of those shown have an exact match: the same title, by the same artist, 100% close.');
    expect(mergeAllText(1)).toBe('Merge the exact match…');
    expect(mergeAllText(214)).toBe('Merge all 214 exact matches…');
  });
});

describe('filteredRows', () => {
  const rows = [
    row(1),
    row(2, { title: 'Unreleased Demo 12', artist: 'Night Ferry', artistId: 3, suggestions: [] }),
    row(3, { title: 'Kuiet Harbour', artist: 'Night Ferry', artistId: 3, suggestions: [{ ...harbour, recordingId: 102, title: 'Quiet Harbour', artist: 'Night Ferry', artistId: 3, isrc: 'QZTST2400002', scorePercent: 93 }] }),
    row(4, { title: 'Café Noir', artist: 'Zoë', artistId: 4, suggestions: [] }),
  ];
  const ids = (filter: Partial<typeof EVERY_ENTRY>) => filteredRows(rows, { ...EVERY_ENTRY, ...filter }, NONE).map((r) => r.recordingId);

  it('finds every typed word in the title, the artist or a match ISRC, case, accents and hyphens set aside', () => {
    expect(ids({})).toEqual([1, 2, 3, 4]);
    expect(ids({ text: 'harbour' })).toEqual([3]);
    expect(ids({ text: 'night demo' })).toEqual([2]);
    expect(ids({ text: 'cafe zoe' })).toEqual([4]);
    expect(ids({ text: 'QZ-TST-24-00002' })).toEqual([3]);
    expect(ids({ text: '  ' })).toEqual([1, 2, 3, 4]);
  });

  it('keeps the entries with a suggestion, an exact match or none, and one artist’s', () => {
    expect(ids({ match: 'suggested' })).toEqual([1, 3]);
    expect(ids({ match: 'exact' })).toEqual([1]);
    expect(ids({ match: 'none' })).toEqual([2, 4]);
    expect(ids({ artist: 'Night Ferry' })).toEqual([2, 3]);
    expect(ids({ artist: 'Night Ferry', match: 'none', text: 'demo' })).toEqual([2]);
  });

  it('offers the artists by name, numbers in order, with their counts', () => {
    const artists = artistChoices([...rows, row(5, { artist: 'Roster Act 10' }), row(6, { artist: 'Roster Act 9' })]);
    expect(artists).toEqual([
      { artist: 'Lena Vos', count: 1 },
      { artist: 'Night Ferry', count: 2 },
      { artist: 'Roster Act 9', count: 1 },
      { artist: 'Roster Act 10', count: 1 },
      { artist: 'Zoë', count: 1 },
    ]);
  });

  it('says whether anything is asked', () => {
    expect(isFiltered(EVERY_ENTRY)).toBe(false);
    expect(isFiltered({ ...EVERY_ENTRY, text: ' ' })).toBe(false);
    expect(isFiltered({ ...EVERY_ENTRY, match: 'none' })).toBe(true);
    expect(isFiltered({ ...EVERY_ENTRY, artist: 'Zoë' })).toBe(true);
  });
});

describe('what the queue says it shows', () => {
  it('counts the rows shown, of those found and of the queue', () => {
    expect(shownText(50, 1793, 1793, false)).toBe('Showing 50 of 1,793');
    expect(shownText(12, 12, 12, false)).toBe('Showing all 12');
    expect(shownText(50, 412, 1793, true)).toBe('Showing 50 of 412 found · 1,793 in the queue');
    expect(shownText(1, 1, 1793, true)).toBe('Showing 1 found · 1,793 in the queue');
    expect(shownText(0, 0, 1793, true)).toBe('None of the 1,793 in the queue matches');
    expect(showMoreText(1743)).toBe('Show 50 more (1,743 not shown)');
    expect(showMoreText(7)).toBe('Show 7 more (7 not shown)');
  });

  it('says what many merges did, and what undoing them did', () => {
    expect(mergedManyText(214, 530, [])).toBe('214 recordings merged into their exact matches: 530 lines moved.');
    expect(mergedManyText(1, 1, ['“Harbor by Lena Vos” no longer waits for review'])).toBe(
      '1 recording merged into its exact match: 1 line moved. 1 was left as it was: “Harbor by Lena Vos” no longer waits for review.',
    );
    expect(undoneManyText(214, 530, 0)).toBe('214 merges undone: 530 lines moved back.');
    expect(undoneManyText(2, 3, 1)).toBe('2 merges undone: 3 lines moved back. 1 had been undone already.');
  });
});
