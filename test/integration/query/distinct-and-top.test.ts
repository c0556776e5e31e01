import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CsvOptions } from '../../../src/shared/export/csv-options';
import { QuerySpec } from '../../../src/shared/query/query-spec';
import { resultToCsv } from '../../../src/main/export/csv-writer';
import { planSource } from '../../../src/main/query/rollups/rollup-planner';
import { distroKidStatement, openQueryStore, rowsOf, type QueryStore } from './query-store';

let store: QueryStore;

const ALPHA = { artist: 'Nova Lane', title: 'Alpha', isrc: 'USNV12400001' };
const BETA = { artist: 'Nova Lane', title: 'Beta', isrc: 'USNV12400002' };
const GAMMA = { artist: 'Kite Harbor', title: 'Gamma', isrc: 'USKH12400003' };
const DELTA = { artist: 'Kite Harbor', title: 'Delta', isrc: 'USKH12400004' };

beforeAll(async () => {
  store = await openQueryStore([
    [
      'dk.tsv',
      distroKidStatement([
        { month: '2024-05', store: 'Spotify', ...ALPHA, qty: 100, earnings: '1' },
        { month: '2024-05', store: 'Spotify', ...BETA, qty: 50, earnings: '0.5', country: 'GB' },
        { month: '2024-05', store: 'Apple Music', ...ALPHA, qty: 20, earnings: '0.2' },
        { month: '2024-05', store: 'Deezer', ...GAMMA, qty: 10, earnings: '0.1' },
        { month: '2024-05', store: 'iTunes', artist: 'Nova Lane', title: 'First Light', upc: '036000291452', qty: 1, earnings: '9.99' },
        { month: '2024-06', store: 'Spotify', ...ALPHA, qty: 200, earnings: '2' },
        { month: '2024-06', store: 'Spotify', ...DELTA, qty: 30, earnings: '0.3', country: 'DE' },
        { month: '2024-06', store: 'TikTok', ...BETA, qty: 5, earnings: '0.01' },
      ]),
    ],
  ]);
}, 60_000);
afterAll(() => store.close());

describe('distinct counts', () => {
  it('count different recordings, releases, territories and platforms per group', () => {
    expect(store.query({ metrics: ['distinctRecordings', 'distinctReleases', 'distinctTerritories', 'distinctPlatforms'] }).rows).toEqual([[4, 1, 3, 5]]);
    const byPlatform = store.query({ metrics: ['distinctRecordings', 'distinctTerritories'], dimensions: ['platform'], sort: { by: 'distinctRecordings', direction: 'desc' }, limit: 1 });
    expect(byPlatform.columns.map((c) => [c.name, c.label, c.type]).slice(2)).toEqual([
      ['distinct_recordings', 'Recordings', 'integer'],
      ['distinct_territories', 'Territories', 'integer'],
    ]);
    expect(rowsOf(byPlatform, 'platform', 'distinct_recordings', 'distinct_territories')).toEqual([{ platform: 'Spotify', distinct_recordings: 3, distinct_territories: 3 }]);
    const byMonth = store.query({ metrics: ['distinctRecordings', 'lines'], dimensions: ['month'], sort: { by: 'month', direction: 'asc' } });
    expect(rowsOf(byMonth, 'month', 'distinct_recordings')).toEqual([
      { month: '2024-05', distinct_recordings: 3 },
      { month: '2024-06', distinct_recordings: 3 },
    ]);
  });

  it('are answered by a rollup only when it keeps the key they count', () => {
    const plan = (input: Parameters<typeof QuerySpec.parse>[0]) => planSource(QuerySpec.parse(input), null).table;
    expect(plan({ metrics: ['distinctRecordings'], dimensions: ['month'] })).toBe('rollup_recording_month');
    expect(plan({ metrics: ['distinctRecordings'], dimensions: ['year'] })).toBe('rollup_recording_month + rollup_recording_year');
    expect(plan({ metrics: ['distinctRecordings'], dimensions: ['importBatch'] })).toBe('rollup_month_catalogue');
    expect(plan({ metrics: ['distinctReleases'], dimensions: ['recording'] })).toBe('rollup_month_catalogue');
    expect(plan({ metrics: ['distinctTerritories'] })).toBe('rollup_territory_month');
    expect(plan({ metrics: ['distinctRecordings'], dimensions: ['platform'] })).toBe('statement_line');
    expect(plan({ metrics: ['distinctTerritories'], dimensions: ['platform'] })).toBe('rollup_month_channel');
    expect(plan({ metrics: ['distinctPlatforms'] })).toBe('rollup_month_platform');
    expect(plan({ metrics: ['lines'], filters: [{ field: 'distinctReleases', op: 'greaterThan', values: [1] }], dimensions: ['territory'] })).toBe('statement_line');
  });
});

describe('top groups with "Others"', () => {
  it('give the first n groups and one row whose figures are the exact totals of the rest', () => {
    const r = store.query({
      metrics: ['revenue', 'distinctRecordings', 'perStreamRate'], dimensions: ['platform'], sort: { by: 'revenue', direction: 'desc' }, top: { n: 1 },
    });
    expect(rowsOf(r, 'platform', 'platform_key', 'revenue', 'distinct_recordings')).toEqual([
      { platform: 'iTunes', platform_key: expect.any(Number), revenue: '9.99000000', distinct_recordings: 0 },
      // Spotify 3.8, Apple Music 0.2, Deezer 0.1, TikTok 0.01; Alpha, Beta, Delta, Gamma counted once (summed per platform it would be 6).
      { platform: 'Others', platform_key: null, revenue: '4.11000000', distinct_recordings: 4 },
    ]);
    // Streaming revenue 4.10 over 410 streams (TikTok's are UGC), per 1,000.
    expect(rowsOf(r, 'per_stream_rate')[1]).toEqual({ per_stream_rate: '10.00000000' });
    expect(r.totalRows).toBe(5);
    expect(r.others).toEqual({ row: 1, groups: 4 });
  });

  it('put release-level lines among the others when they are not in the top', () => {
    const r = store.query({ metrics: ['quantity', 'lines'], dimensions: ['recording'], sort: { by: 'quantity', direction: 'desc' }, top: { n: 1, otherLabel: 'Everything else' } });
    expect(rowsOf(r, 'recording', 'recording_artist', 'recording_key', 'quantity', 'lines')).toEqual([
      { recording: 'Alpha', recording_artist: 'Nova Lane', recording_key: expect.any(Number), quantity: 320, lines: 3 },
      { recording: 'Everything else', recording_artist: null, recording_key: null, quantity: 96, lines: 5 },
    ]);
    const withAlbum = store.query({ metrics: ['revenue'], dimensions: ['recording'], sort: { by: 'revenue', direction: 'desc' }, top: { n: 2 } });
    expect(rowsOf(withAlbum, 'recording', 'revenue')).toEqual([
      { recording: '(release-level sales)', revenue: '9.99000000' },
      { recording: 'Alpha', revenue: '3.20000000' },
      { recording: 'Others', revenue: '0.91000000' },
    ]);
  });

  it('page through the ranked groups and the "Others" row', () => {
    const page = (offset: number) =>
      store.query({ metrics: ['quantity'], dimensions: ['platform'], sort: { by: 'quantity', direction: 'desc' }, top: { n: 3 }, limit: 2, offset });
    expect(rowsOf(page(0), 'platform', 'quantity')).toEqual([{ platform: 'Spotify', quantity: 380 }, { platform: 'Apple Music', quantity: 20 }]);
    expect(page(0).others).toEqual({ row: null, groups: 2 });
    expect(rowsOf(page(2), 'platform', 'quantity')).toEqual([{ platform: 'Deezer', quantity: 10 }, { platform: 'Others', quantity: 6 }]);
    expect(page(2).others).toEqual({ row: 1, groups: 2 });
    expect(page(2).totalRows).toBe(5);
  });

  it('hold only the groups that pass the totals filters, and no row when nothing is left over', () => {
    const r = store.query({
      metrics: ['revenue'], dimensions: ['platform'], sort: { by: 'revenue', direction: 'desc' }, top: { n: 1 },
      filters: [{ field: 'quantity', op: 'greaterThan', values: [5] }],
    });
    expect(rowsOf(r, 'platform', 'revenue')).toEqual([{ platform: 'Spotify', revenue: '3.80000000' }, { platform: 'Others', revenue: '0.30000000' }]);
    expect(r.others).toEqual({ row: 1, groups: 2 });
    expect(r.totalRows).toBe(3);
    const all = store.query({ metrics: ['revenue'], dimensions: ['platform'], sort: { by: 'revenue', direction: 'desc' }, top: { n: 10 } });
    expect(all.rows).toHaveLength(5);
    expect(all.others).toBeUndefined();
  });

  it('export with the "Others" row', () => {
    const r = store.query({ metrics: ['lines'], dimensions: ['territory'], sort: { by: 'lines', direction: 'desc' }, top: { n: 1 } });
    expect(new TextDecoder().decode(resultToCsv(r, CsvOptions.parse({ lineEnding: 'lf' })))).toBe('Territory,Territory name,Statement lines\nUS,United States,6\nOthers,,2\n');
  });
});
