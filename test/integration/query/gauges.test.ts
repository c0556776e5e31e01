import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellsOf, distroKidStatement, openQueryStore, rowsOf, type QueryStore } from './query-store';

const ARTIST_ID = '4aBcDeFgHiJkLmNoPqRsTu';
let store: QueryStore;
let alpha: number;
let beta: number;

const csv = (...rows: string[]) => `\uFEFF${rows.join('\r\n')}\r\n`;

beforeAll(async () => {
  store = await openQueryStore([
    [
      'dk.tsv',
      distroKidStatement([
        { month: '2024-05', store: 'Spotify', artist: 'Nova Lane', title: 'Alpha', isrc: 'USNV12400001', qty: 1000, earnings: '3' },
        { month: '2024-05', store: 'Spotify', artist: 'Nova Lane', title: 'Beta', isrc: 'USNV12400002', qty: 10, earnings: '0.03' },
      ]),
    ],
    [
      `${ARTIST_ID}-timelines.csv`,
      csv('date,listeners,streams,followers', '2024-05-30,100,400,1000', '2024-05-31,120,420,1001', '2024-06-01,90,380,1002', '2024-06-02,150,500,1005', '2024-06-03,130,450,1010'),
    ],
    // Downloaded again a day later: where the exports overlap, the newer one's figures count.
    [`${ARTIST_ID}-timelines (1).csv`, csv('date,listeners,streams,followers', '2024-06-02,160,510,1006', '2024-06-03,140,460,1011', '2024-06-04,170,520,1015')],
    ['Alpha-timeline.csv', csv('date,streams', '2024-06-01,50', '2024-06-02,70', '2024-06-03,60')],
    ['Beta-timeline.csv', csv('date,streams', '2024-06-01,5', '2024-06-02,9')],
    [`${ARTIST_ID}-songs-28days.csv`, csv('song,listeners,streams,saves,release_date', 'Alpha,5000,9000,40,2024-01-12')],
  ]);
  const ids = store.query({ metrics: ['lines'], dimensions: ['recording'], sort: { by: 'recording', direction: 'asc' } });
  [alpha, beta] = cellsOf(ids, 'recording_key') as [number, number];
}, 60_000);
afterAll(() => store.close());

describe('audience gauges', () => {
  it('are never summed across days: the latest reading, the daily mean or the peak', () => {
    const r = store.query({ metrics: ['listeners.last', 'listeners.average', 'listeners.max', 'followers.last'] });
    expect(r.columns.map((c) => [c.name, c.label, c.type])).toEqual([
      ['listeners_last', 'Listeners (latest)', 'integer'],
      ['listeners_average', 'Listeners (daily average)', 'decimal'],
      ['listeners_max', 'Listeners (peak)', 'integer'],
      ['followers_last', 'Followers (latest)', 'integer'],
    ]);
    // Days 30 May to 4 June: 100, 120, 90, 160, 140, 170 once the newer export replaces 2 and 3 June.
    expect(r.rows).toEqual([[170, '130.00', 170, 1015]]);
    expect(r.range).toEqual({ from: '2024-05-30', to: '2024-06-04' });
  });

  it('aggregate the days within each period', () => {
    const byMonth = store.query({ metrics: ['listeners.last', 'listeners.average', 'followers.max'], dimensions: ['month'], sort: { by: 'month', direction: 'asc' } });
    expect(rowsOf(byMonth, 'month', 'listeners_last', 'listeners_average', 'followers_max')).toEqual([
      { month: '2024-05', listeners_last: 120, listeners_average: '110.00', followers_max: 1001 },
      { month: '2024-06', listeners_last: 170, listeners_average: '140.00', followers_max: 1015 },
    ]);
    const byWeek = store.query({ metrics: ['listeners.last', 'listeners.average'], dimensions: ['week'], sort: { by: 'week', direction: 'asc' } });
    expect(rowsOf(byWeek, 'week', 'listeners_last', 'listeners_average')).toEqual([
      { week: '2024-W22', listeners_last: 160, listeners_average: '117.50' },
      { week: '2024-W23', listeners_last: 170, listeners_average: '155.00' },
    ]);
  });

  it('read the recordings\' own timelines when grouped or filtered by recording', () => {
    const byRecording = store.query({ metrics: ['streams.last', 'streams.average'], dimensions: ['recording'], sort: { by: 'streams.average', direction: 'desc' } });
    expect(rowsOf(byRecording, 'recording', 'recording_key', 'streams_last', 'streams_average')).toEqual([
      { recording: 'Alpha', recording_key: alpha, streams_last: 60, streams_average: '60.00' },
      { recording: 'Beta', recording_key: beta, streams_last: 9, streams_average: '7.00' },
    ]);
    // Both recordings on each day: 55, 79, 60.
    const both = store.query({ metrics: ['streams.max', 'streams.last'], filters: [{ field: 'recording', op: 'in', values: [alpha, beta] }] });
    expect(both.rows).toEqual([[79, 60]]);
    const searched = store.query({ metrics: ['streams.max'], filters: [{ field: 'recordingTitle', op: 'startsWith', values: ['alp'] }] });
    expect(searched.rows).toEqual([[70]]);
  });

  it('follow time filters, windows and comparisons', () => {
    const june = { kind: 'absolute', from: '2024-06-01', to: '2024-06-30' } as const;
    const r = store.query({ metrics: ['listeners.last', 'listeners.max'], timeRange: june, comparison: 'previousPeriod' });
    expect(r.rows).toEqual([[170, 170]]);
    expect(r.comparison).toEqual({ range: { from: '2024-05-01', to: '2024-05-31' }, rows: [[120, 120]] });
    const daysBefore = store.query({ metrics: ['listeners.max'], filters: [{ field: 'day', op: 'lessThan', values: ['2024-06-02'] }] });
    expect(daysBefore.rows).toEqual([[120]]);
    const byMonth = store.query({ metrics: ['listeners.last'], dimensions: ['month'], timeRange: june, comparison: 'previousPeriod' });
    expect(rowsOf(byMonth, 'month', 'listeners_last', 'listeners_last_previous', 'listeners_last_change', 'listeners_last_growth')).toEqual([
      { month: '2024-06', listeners_last: 170, listeners_last_previous: 120, listeners_last_change: 50, listeners_last_growth: '41.67' },
    ]);
  });

  it('have no reading where there is none, rather than a zero', () => {
    const before = store.query({ metrics: ['listeners.last', 'listeners.average'], timeRange: { kind: 'absolute', from: '2023-01-01', to: '2023-12-31' } });
    expect(before.rows).toEqual([[null, null]]);
  });
});
