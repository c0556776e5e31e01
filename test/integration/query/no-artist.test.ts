import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultToCsv } from '../../../src/main/export/csv-writer';
import { NO_ARTIST } from '../../../src/shared/catalogue/no-artist';
import { CsvOptions } from '../../../src/shared/export/csv-options';
import { cellsOf, distroKidStatement, openQueryStore, rowsOf, type QueryStore } from './query-store';

const WINDOW = { timeRange: { kind: 'absolute', from: '2024-05-01', to: '2024-05-31' } } as const;

/**
 * Two lines that name no artist (different recordings), two by a white-label artist the
 * distributor really calls "Unknown Artist", and one by a named artist.
 */
const MAY = distroKidStatement([
  { month: '2024-05', store: 'Spotify', artist: '', title: 'Untitled', isrc: 'QZTST2400009', qty: 4, earnings: '0.40' },
  { month: '2024-05', store: 'Spotify', artist: '', title: 'Untitled 2', isrc: 'QZTST2400010', qty: 1, earnings: '0.10' },
  { month: '2024-05', store: 'Spotify', artist: 'Unknown Artist', title: 'Warehouse Tool', isrc: 'QZTST2400011', qty: 7, earnings: '0.70' },
  { month: '2024-05', store: 'Deezer', artist: 'Unknown Artist', title: 'Warehouse Tool', isrc: 'QZTST2400011', qty: 2, earnings: '0.20' },
  { month: '2024-05', store: 'Spotify', artist: 'Ana Sol', title: 'Luz', isrc: 'ESA012400001', qty: 3, earnings: '0.30' },
]);

let store: QueryStore;

beforeAll(async () => {
  store = await openQueryStore([['may.tsv', MAY]]);
});
afterAll(() => store?.close());

describe('lines that name no artist, beside an artist called "Unknown Artist"', () => {
  it('are one row of their own, named so it cannot be read as that artist, with no key to filter by', () => {
    const byArtist = store.query({ metrics: ['quantity'], dimensions: ['artist'], sort: { by: 'quantity', direction: 'desc' }, ...WINDOW });
    expect(rowsOf(byArtist, 'artist', 'artist_key', 'quantity')).toEqual([
      { artist: 'Unknown Artist', artist_key: expect.any(Number), quantity: 9 },
      { artist: NO_ARTIST, artist_key: null, quantity: 5 },
      { artist: 'Ana Sol', artist_key: expect.any(Number), quantity: 3 },
    ]);
    // Told apart as a person reads them, not only byte by byte: "Unknown artist" and "Unknown Artist" were two rows read as one.
    const names = cellsOf(byArtist, 'artist').map((name) => String(name).toLowerCase());
    expect(new Set(names).size).toBe(3);
  });

  it('sort before every name from A to Z and after them from Z to A, as the parenthesis reads', () => {
    const names = (direction: 'asc' | 'desc') => cellsOf(store.query({ metrics: ['quantity'], dimensions: ['artist'], sort: { by: 'artist', direction }, ...WINDOW }), 'artist');
    expect(names('asc')).toEqual([NO_ARTIST, 'Ana Sol', 'Unknown Artist']);
    expect(names('desc')).toEqual(['Unknown Artist', 'Ana Sol', NO_ARTIST]);
  });

  it('are named the same by the recording, and in the CSV an export writes', () => {
    const byRecording = store.query({ metrics: ['quantity'], dimensions: ['recording'], sort: { by: 'quantity', direction: 'desc' }, ...WINDOW });
    expect(rowsOf(byRecording, 'recording', 'recording_artist', 'quantity')).toEqual([
      { recording: 'Warehouse Tool', recording_artist: 'Unknown Artist', quantity: 9 },
      { recording: 'Untitled', recording_artist: NO_ARTIST, quantity: 4 },
      { recording: 'Luz', recording_artist: 'Ana Sol', quantity: 3 },
      { recording: 'Untitled 2', recording_artist: NO_ARTIST, quantity: 1 },
    ]);
    const byArtist = store.query({ metrics: ['quantity'], dimensions: ['artist'], sort: { by: 'quantity', direction: 'desc' }, ...WINDOW });
    expect(new TextDecoder().decode(resultToCsv(byArtist, CsvOptions.parse({ lineEnding: 'lf' })))).toBe(
      `Artist,Units\nUnknown Artist,9\n${NO_ARTIST},5\nAna Sol,3\n`,
    );
  });
});
