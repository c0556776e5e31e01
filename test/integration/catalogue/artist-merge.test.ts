import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeArtist } from '../../../src/main/catalogue/artist-merge';
import { listRecordingsUnderReview } from '../../../src/main/catalogue/recording-review';
import { runQuery } from '../../../src/main/query/run-query';
import { openWriterStore, type Store } from '../../../src/main/store/open-store';
import { QuerySpec } from '../../../src/shared/query/query-spec';
import { tempDataFolder } from '../../support/temp-store';
import { decimalUnits, importFile } from '../import/temp-store';

const TUNECORE_HEADER = 'Sales Period,Posted Date,Store Name,Country Of Sale,Artist,Release Type,Release Title,Song Title,Label,UPC,Optional UPC,TC Song ID,Optional ISRC,Sales Type,# Units Sold,Per Unit Price,Net Sales,Net Sales Currency,Exchange Rate,Total Earned,Currency';

/** A TuneCore line in US dollars: artist, release title, song title, ISRC (blank when none) and earnings. */
type Sale = [artist: string, release: string, title: string, isrc: string, earned: string];

let folder: ReturnType<typeof tempDataFolder>;
let db: Store;

async function importSales(name: string, month: string, sales: Sale[]) {
  const lines = sales.map(([artist, release, title, isrc, earned], i) =>
    `${month}-01,${month}-20,Spotify,US,${artist},Album,${release},${title},,,,${i + 1},${isrc},Streaming,10,0.1,${earned},USD,1,${earned},USD`);
  const outcome = await importFile(db, folder.write(name, `${[TUNECORE_HEADER, ...lines].join('\n')}\n`));
  expect(outcome).toMatchObject({ status: 'imported', imported: sales.length });
}

const idOfArtist = (name: string) => db.prepare('SELECT id FROM artist WHERE name = ?').pluck().get(name) as number;

/** Revenue and lines by a dimension, every month, as the dashboards ask. */
function figuresBy(dimension: 'artist' | 'recording' | 'release'): [string, string, number][] {
  const spec = QuerySpec.parse({ metrics: ['revenue', 'lines'], dimensions: [dimension], timeRange: { kind: 'preset', preset: 'all' } });
  const answer = runQuery(db, spec, new Date('2024-12-31T00:00:00Z'), 'USD');
  const at = (name: string) => answer.columns.findIndex((c) => c.name === name);
  return answer.rows.map((row) => [String(row[at(dimension)]), String(row[at('revenue')]), Number(row[at('lines')])] as [string, string, number]).sort();
}

const totalOf = (rows: [string, string, number][]) => [rows.reduce((sum, [, revenue]) => sum + decimalUnits(revenue), 0n), rows.reduce((sum, [, , lines]) => sum + lines, 0)];

beforeEach(() => {
  folder = tempDataFolder('tunemantra-artist-merge-');
  db = openWriterStore(folder.location.databaseFile);
});
afterEach(() => {
  db.close();
  folder.remove();
});

describe('merging an artist into another', () => {
  beforeEach(async () => {
    await importSales('january.csv', '2024-01', [
      ['Night Ferry', 'Harbour', 'Harbour Lights', 'QZTST2400001', '1.00'],
      ['Night Ferry', 'Harbour', 'Quiet Harbour', '', '2.00'],
    ]);
    await importSales('february.csv', '2024-02', [
      ['Nite Ferry', 'Harbour', 'Quiet Harbour', '', '3.00'],
      ['Nite Ferry', 'Tides', 'Morning Tide', '', '4.00'],
      // Found by its ISRC: Night Ferry's recording, on a line that names Nite Ferry.
      ['Nite Ferry', 'Harbour', 'Harbour Lights', 'QZTST2400001', '5.00'],
    ]);
  });

  it('moves its lines, recordings and releases, makes one of those of the same title, and leaves every total as it was', () => {
    const before = { artist: figuresBy('artist'), recording: figuresBy('recording'), release: figuresBy('release') };
    expect(before.artist).toEqual([['Night Ferry', '3.00000000', 2], ['Nite Ferry', '12.00000000', 3]]);

    expect(mergeArtist(db, idOfArtist('Nite Ferry'), idOfArtist('Night Ferry'))).toEqual({ movedLines: 3, mergedRecordings: 1, mergedReleases: 1, mergeId: expect.any(Number) });

    const after = { artist: figuresBy('artist'), recording: figuresBy('recording'), release: figuresBy('release') };
    expect(after.artist).toEqual([['Night Ferry', '15.00000000', 5]]);
    // 1 + 5 by ISRC as before; 2 + 3 now one recording; 4 moved whole.
    expect(after.recording).toEqual([['Harbour Lights', '6.00000000', 2], ['Morning Tide', '4.00000000', 1], ['Quiet Harbour', '5.00000000', 2]]);
    expect(after.release).toEqual([['Harbour', '11.00000000', 4], ['Tides', '4.00000000', 1]]);
    for (const dimension of ['artist', 'recording', 'release'] as const) expect(totalOf(after[dimension]), dimension).toEqual(totalOf(before[dimension]));

    expect(db.prepare('SELECT name FROM artist ORDER BY name').pluck().all()).toEqual(['Night Ferry']);
    expect(db.prepare('SELECT name_key FROM artist_alias').pluck().all()).toEqual(['nite ferry']);
    // Nite Ferry's Quiet Harbour, folded, left the queue; Night Ferry's (no ISRC either, waiting
    // since January) and Morning Tide wait on, both Night Ferry's, the bigger earner first.
    expect(listRecordingsUnderReview(db).map((r) => [r.title, r.artist, r.revenue])).toEqual([
      ['Quiet Harbour', 'Night Ferry', '5.00000000'], ['Morning Tide', 'Night Ferry', '4.00000000'],
    ]);
  });

  it('reads a later statement that spells the artist the merged way as the artist it was merged into', async () => {
    mergeArtist(db, idOfArtist('Nite Ferry'), idOfArtist('Night Ferry'));
    const recordings = db.prepare('SELECT COUNT(*) FROM recording').pluck().get();
    await importSales('march.csv', '2024-03', [
      ['Nite Ferry', 'Tides', 'Morning Tide', '', '0.25'],
      ['NITE FERRY', 'Harbour', 'Quiet Harbour', '', '0.75'],
    ]);
    expect(db.prepare('SELECT name FROM artist').pluck().all()).toEqual(['Night Ferry']);
    expect(db.prepare('SELECT COUNT(*) FROM recording').pluck().get()).toBe(recordings);
    expect(figuresBy('recording')).toEqual([
      ['Harbour Lights', '6.00000000', 2], ['Morning Tide', '4.25000000', 2], ['Quiet Harbour', '5.75000000', 3],
    ]);
    expect(listRecordingsUnderReview(db).map((r) => r.title)).toEqual(['Quiet Harbour', 'Morning Tide']);
  });

  it('refuses an artist merged into itself or one that is gone, in a sentence', () => {
    const night = idOfArtist('Night Ferry');
    expect(() => mergeArtist(db, night, night)).toThrow('An artist cannot be merged into itself.');
    expect(() => mergeArtist(db, 9999, night)).toThrow('That artist no longer exists.');
  });
});
