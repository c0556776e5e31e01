import { describe, expect, it } from 'vitest';
import { NO_ARTIST } from '../../../src/shared/catalogue/no-artist';
import type { RecordingUnderReview } from '../../../src/shared/contract/imports';
import {
  artistMergeConsequence, artistMergedText, artistMergeOf, keptText, mergeConsequence, mergedText, mergeTargets, nextFocusIndex, queueCountText, recordingLabel, reviewRow, searchResultScore, searchResultText, searchText,
  sentenceText, SEARCH_TEXT_LIMIT,
} from '../../../src/renderer/src/pages/catalogue/review-rows';

const VERSION_REASON = 'same song, different version tags ("live" vs "none")';

function recording(overrides: Partial<RecordingUnderReview> = {}): RecordingUnderReview {
  return {
    recordingId: 7,
    title: 'Harbour (Live)',
    artist: 'Lena Vos',
    artistId: 1,
    lines: 1,
    revenue: '0.40000000',
    unconverted: { lines: 0, currencies: [] },
    candidate: { recordingId: 3, title: 'Harbour', artist: 'Lena Vos', artistId: 1, isrc: 'NLA1Z2400001', scorePercent: 70, reason: VERSION_REASON },
    reason: VERSION_REASON,
    suggestions: [],
    ...overrides,
  };
}

describe('reviewRow', () => {
  it('shows revenue from the exact digits in the base currency, with every digit kept for the tooltip', () => {
    const row = reviewRow(recording({ revenue: '1234.565', lines: 1512 }), 'USD');
    expect(row.revenueText).toBe('$1,234.57');
    expect(row.revenueExact).toBe('1234.565 USD');
    expect(row.linesText).toBe('1,512 lines');
    expect(row.label).toBe('Harbour (Live) by Lena Vos');
  });

  it('says which lines no FX rate converts yet, instead of a bare $0.00', () => {
    const row = reviewRow(recording({ revenue: '0', unconverted: { lines: 1, currencies: ['GBP'] } }), 'USD');
    expect(row.revenueText).toBe('no USD figure yet — 1 line in GBP not converted');
    const some = reviewRow(recording({ revenue: '3.1', unconverted: { lines: 2, currencies: ['EUR', 'GBP'] } }), 'USD');
    expect(some.revenueText).toBe('$3.10 + 2 lines in EUR and GBP not converted');
  });

  it('rounds half away from zero where a float would not: 0.005 is a cent', () => {
    expect(reviewRow(recording({ revenue: '0.005' }), 'EUR').revenueText).toBe('€0.01');
    expect(reviewRow(recording({ revenue: '-0.015' }), 'USD').revenueText).toBe('-$0.02');
  });

  it('still shows the digits when the base currency is a code Intl does not know', () => {
    expect(reviewRow(recording({ revenue: '2.5' }), 'US$').revenueText).toBe('2.5 US$');
  });

  it('shows the candidate with its ISRC and score, and its reason only when it adds to the row reason', () => {
    const row = reviewRow(recording(), 'USD');
    expect(row.reason).toBe('Same song, different version tags ("live" vs "none")');
    expect(row.candidate).toMatchObject({ title: 'Harbour', artist: 'Lena Vos', isrcText: 'ISRC NLA1Z2400001', scoreText: '70%', reason: null });
    expect(row.candidate?.ref).toEqual({ recordingId: 3, title: 'Harbour', artist: 'Lena Vos', artistId: 1, isrc: 'NLA1Z2400001' });

    const differing = reviewRow(recording({ reason: 'no ISRC on the line' }), 'USD');
    expect(differing.candidate?.reason).toBe('Same song, different version tags ("live" vs "none")');
  });

  it('names a recording without artist or candidate plainly', () => {
    const row = reviewRow(recording({ artist: '  ', candidate: null, reason: 'no recording of this artist has the same title' }), 'USD');
    expect(row.artist).toBe('(no artist on the statement)');
    expect(row.label).toBe('Harbour (Live)');
    expect(row.candidate).toBeNull();
    expect(row.reason).toBe('No recording of this artist has the same title');
  });

  it('says "No ISRC" for a candidate that has none either', () => {
    const row = reviewRow(recording({ candidate: { recordingId: 3, title: 'Harbour', artist: '', artistId: null, isrc: null, scorePercent: 95, reason: 'x' } }), 'USD');
    expect(row.candidate).toMatchObject({ isrcText: 'No ISRC', artist: NO_ARTIST, scoreText: '95%' });
  });
});

describe('suggestions', () => {
  const NO_MATCH = 'no recording of this artist has the same title';

  it('shows each close title with its score, artist, ISRC and reason, as a merge target', () => {
    const row = reviewRow(
      recording({
        title: 'Harbor Light',
        artist: 'Night Ferry',
        candidate: null,
        reason: NO_MATCH,
        suggestions: [
          { recordingId: 5, title: 'Harbour Lights', artist: 'Night Ferry', artistId: 2, isrc: 'QZTST2400001', scorePercent: 93, reason: 'similar title (British/American spelling: Harbor/Harbour; plural: Light/Lights)' },
          { recordingId: 6, title: 'Harbour Light', artist: '', artistId: null, isrc: null, scorePercent: 90, reason: '' },
        ],
      }),
      'USD',
    );
    expect(row.reason).toBe('No recording of this artist has the same title');
    expect(row.suggestions).toEqual([
      {
        recordingId: 5,
        title: 'Harbour Lights',
        artist: 'Night Ferry',
        artistId: 2,
        isrcText: 'ISRC QZTST2400001',
        scorePercent: 93,
        scoreText: '93%',
        reason: 'Similar title (British/American spelling: Harbor/Harbour; plural: Light/Lights)',
        ref: { recordingId: 5, title: 'Harbour Lights', artist: 'Night Ferry', artistId: 2, isrc: 'QZTST2400001' },
      },
      {
        recordingId: 6,
        title: 'Harbour Light',
        artist: NO_ARTIST,
        artistId: null,
        isrcText: 'No ISRC',
        scorePercent: 90,
        scoreText: '90%',
        reason: null,
        ref: { recordingId: 6, title: 'Harbour Light', artist: '', artistId: null, isrc: null },
      },
    ]);
  });

  it('is empty when the core found none', () => {
    expect(reviewRow(recording({ candidate: null, reason: NO_MATCH }), 'USD').suggestions).toEqual([]);
  });
});

describe('merge texts', () => {
  const into = { recordingId: 3, title: 'Harbour', artist: 'Lena Vos', artistId: 1, isrc: 'NLA1Z2400001' };

  it('says where the lines go, that the spelling is remembered for future statements, and where to undo it', () => {
    const row = reviewRow(recording(), 'USD');
    expect(mergeConsequence(row, into)).toEqual([
      'Its line, earning $0.40, moves to “Harbour” by Lena Vos (ISRC NLA1Z2400001).',
      'The spelling is remembered: future statements that name “Harbour (Live)” by Lena Vos are read as “Harbour” straight away.',
      'It can be undone from the Merge history on this page.',
    ]);
  });

  it('counts several lines, and leaves out an artist or ISRC nobody knows', () => {
    const row = reviewRow(recording({ artist: '', artistId: null, lines: 3, revenue: '1.2' }), 'USD');
    const [moves, remembers] = mergeConsequence(row, { ...into, artist: '', artistId: null, isrc: null });
    expect(moves).toBe('Its 3 lines, earning $1.20, move to “Harbour”.');
    expect(remembers).toMatch(/^The spelling is remembered: future statements that name “Harbour \(Live\)” are read as “Harbour”/);
  });

  it('names an artist really called “Unknown Artist” as any other, never as the placeholder for none', () => {
    const row = reviewRow(recording({ artist: 'Unknown Artist', artistId: 9 }), 'USD');
    expect(row.artist).toBe('Unknown Artist');
    const [moves, remembers] = mergeConsequence(row, { ...into, artist: 'Unknown Artist', artistId: 9 });
    expect(moves).toBe('Its line, earning $0.40, moves to “Harbour” by Unknown Artist (ISRC NLA1Z2400001).');
    expect(remembers).toMatch(/^The spelling is remembered: future statements that name “Harbour \(Live\)” by Unknown Artist are read/);
    expect(reviewRow(recording({ artist: '', artistId: null }), 'USD').artist).not.toBe(row.artist);
  });

  it('reports a merge and a keep', () => {
    const row = reviewRow(recording(), 'USD');
    expect(mergedText(row, into, 1)).toBe('“Harbour (Live)” is now part of “Harbour”: 1 line moved.');
    expect(mergedText(row, into, 1200)).toBe('“Harbour (Live)” is now part of “Harbour”: 1,200 lines moved.');
    expect(keptText(row)).toBe('“Harbour (Live)” stays a recording of its own.');
  });
});

describe('search helpers', () => {
  it('sends trimmed text within the channel limit, and nothing for blank text', () => {
    expect(searchText('  harb ')).toBe('harb');
    expect(searchText('   ')).toBeNull();
    expect(searchText('')).toBeNull();
    expect(searchText(`${'a'.repeat(SEARCH_TEXT_LIMIT)}bbb`)).toHaveLength(SEARCH_TEXT_LIMIT);
  });

  it('never offers the recording being merged as its own target', () => {
    const found = [
      { recordingId: 3, title: 'Harbour', artist: 'Lena Vos', artistId: 1, isrc: 'NLA1Z2400001', scorePercent: 63, reason: 'similar title' },
      { recordingId: 7, title: 'Harbour (Live)', artist: 'Lena Vos', artistId: 1, isrc: null, scorePercent: null, reason: 'title contains “harb”' },
    ];
    expect(mergeTargets(found, 7).map((r) => r.recordingId)).toEqual([3]);
  });

  it('names each result by title, artist, ISRC and how close its name is, and by what', () => {
    expect(searchResultText({ recordingId: 3, title: 'Harbour', artist: 'Lena Vos', artistId: 1, isrc: 'NLA1Z2400001', scorePercent: 90, reason: 'similar title' }))
      .toBe('Harbour — Lena Vos · ISRC NLA1Z2400001 · 90% close · title');
    expect(searchResultText({ recordingId: 4, title: 'Tides', artist: '', artistId: null, isrc: null, scorePercent: null, reason: 'title contains “Tid”' }))
      .toBe('Tides — (no artist on the statement) · No ISRC · contains the text');
  });
});

describe('how close a search result is', () => {
  const found = (scorePercent: number | null, reason: string) => ({ recordingId: 3, title: 'Harbour', artist: 'Lena Vos', artistId: 1, isrc: null, scorePercent, reason });

  it('says what is close: the artist alone, the title, or both together', () => {
    expect(searchResultScore(found(100, 'same artist'))).toBe('100% close · artist');
    expect(searchResultScore(found(90, 'similar title (plural: Light/Lights)'))).toBe('90% close · title');
    expect(searchResultScore(found(95, 'similar artist and title (British/American spelling: Harbor/Harbour)'))).toBe('95% close · artist and title');
    expect(searchResultScore(found(100, 'same artist and title'))).toBe('100% close · artist and title');
  });

  it('keeps the score alone for a reason it cannot read, and says a result found by what it contains so', () => {
    expect(searchResultScore(found(80, 'found somehow'))).toBe('80% close');
    expect(searchResultScore(found(null, 'artist contains “Lena”'))).toBe('contains the text');
  });
});

describe('artist merge texts', () => {
  const row = { artist: 'Nite Ferry', artistId: 4 };

  it('offers an artist merge only for a suggestion of another known artist', () => {
    expect(artistMergeOf(row, { artist: 'Night Ferry', artistId: 2 })).toEqual({ artist: 'Nite Ferry', artistId: 4, into: 'Night Ferry', intoArtistId: 2 });
    expect(artistMergeOf(row, { artist: 'Nite Ferry', artistId: 4 })).toBeNull();
    expect(artistMergeOf(row, { artist: NO_ARTIST, artistId: null })).toBeNull();
  });

  it('says what the merge does, and what it did', () => {
    const request = artistMergeOf(row, { artist: 'Night Ferry', artistId: 2 })!;
    expect(artistMergeConsequence(request)).toEqual([
      'Every statement line, recording and release of Nite Ferry moves to Night Ferry. A recording or release of the same title under both becomes one, unless each has its own ISRC or UPC. Totals do not change: they count under Night Ferry.',
      'Nite Ferry becomes an alias of Night Ferry: statements that name Nite Ferry, now or later, are read as Night Ferry.',
      'It can be undone from the Merge history on this page.',
    ]);
    expect(artistMergedText(request, { movedLines: 3, mergedRecordings: 1, mergedReleases: 1 })).toBe(
      "Nite Ferry is now part of Night Ferry: 3 lines that named Nite Ferry now count under Night Ferry; 1 recording and 1 release folded into Night Ferry's of the same title.",
    );
    expect(artistMergedText(request, { movedLines: 5, mergedRecordings: 2, mergedReleases: 0 })).toBe(
      "Nite Ferry is now part of Night Ferry: 5 lines that named Nite Ferry now count under Night Ferry; 2 recordings folded into Night Ferry's of the same title.",
    );
    expect(artistMergedText(request, { movedLines: 1, mergedRecordings: 0, mergedReleases: 0 })).toBe('Nite Ferry is now part of Night Ferry: 1 line that named Nite Ferry now counts under Night Ferry.');
  });
});

describe('small texts', () => {
  it('turns the core reason clauses into sentences', () => {
    expect(sentenceText(' same artist and title ')).toBe('Same artist and title');
    expect(sentenceText('')).toBe('');
  });

  it('labels recordings and counts the queue', () => {
    expect(recordingLabel({ title: 'Tides', artist: 'Lena Vos' })).toBe('Tides by Lena Vos');
    expect(queueCountText(1)).toBe('1 recording waits for a decision');
    expect(queueCountText(12)).toBe('12 recordings wait for a decision');
    expect(queueCountText(1793)).toBe('1,793 recordings wait for a decision');
  });
});

describe('nextFocusIndex', () => {
  it('moves to the row that took the decided row’s place, else the new last row, else nowhere', () => {
    expect(nextFocusIndex(0, 3)).toBe(0);
    expect(nextFocusIndex(2, 2)).toBe(1);
    expect(nextFocusIndex(5, 1)).toBe(0);
    expect(nextFocusIndex(-1, 2)).toBe(0);
    expect(nextFocusIndex(0, 0)).toBeNull();
  });
});
