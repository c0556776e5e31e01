import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuerySpec } from '../../../src/shared/query/query-spec';
import { planSource } from '../../../src/main/query/rollups/rollup-planner';
import { cellsOf, distroKidStatement, openQueryStore, rowsOf, type QueryStore } from './query-store';

const TUNECORE_HEADER =
  'Sales Period,Posted Date,Store Name,Country Of Sale,Artist,Release Type,Release Title,Song Title,Label,UPC,Optional UPC,TC Song ID,Optional ISRC,Sales Type,# Units Sold,Per Unit Price,Net Sales,Net Sales Currency,Exchange Rate,Total Earned,Currency';

const tuneCoreDay = (day: string, units: number) =>
  [day, '2025-02-10', 'Spotify', 'US', 'Nova Lane', 'Single', 'Alpha', 'Alpha', '', '', '', '1', 'USNV12400001', 'Streaming', units, '0.003', '0.01', 'USD', '1', '0.01', 'USD'].join(',');

/** ISO 8601 week of a day, worked out here independently: the week of the Thursday in it. */
function isoWeekOf(day: Date): string {
  const thursday = new Date(day.getTime() + (3 - ((day.getUTCDay() + 6) % 7)) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

let days: QueryStore;
let months: QueryStore;
const randomDays: Date[] = [];

beforeAll(async () => {
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
  for (let i = 0; i < 400; i++) randomDays.push(new Date(Date.UTC(2019, 0, 1) + next(8 * 366) * 86_400_000));
  const edges = ['2024-12-29', '2024-12-30', '2025-01-05', '2025-01-06', '2021-01-03', '2020-12-31'];
  days = await openQueryStore([
    ['edges.csv', [TUNECORE_HEADER, ...edges.map((day, i) => tuneCoreDay(day, 10 ** i))].join('\n')],
    ['random.csv', [TUNECORE_HEADER, ...randomDays.map((day) => tuneCoreDay(day.toISOString().slice(0, 10), 1))].join('\n')],
  ]);
  months = await openQueryStore([
    [
      'dk.tsv',
      distroKidStatement(
        ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05'].map((month, i) => ({ month, store: 'Spotify', artist: 'Nova Lane', title: 'Alpha', isrc: 'USNV12400001', qty: 10 ** i, earnings: '1' })),
      ),
    ],
  ]);
}, 60_000);
afterAll(() => {
  days.close();
  months.close();
});

describe('weeks', () => {
  it('are ISO weeks, Monday to Sunday, named by their ISO year', () => {
    const edges = days.query({ metrics: ['quantity'], dimensions: ['week'], filters: [{ field: 'importBatch', op: 'equals', values: [1] }], sort: { by: 'week', direction: 'asc' } });
    expect(edges.columns.find((c) => c.name === 'week')).toMatchObject({ label: 'Week', type: 'text' });
    expect(rowsOf(edges, 'week', 'quantity')).toEqual([
      { week: '2020-W53', quantity: 100_000 + 10_000 },
      { week: '2024-W52', quantity: 1 },
      { week: '2025-W01', quantity: 10 + 100 },
      { week: '2025-W02', quantity: 1000 },
    ]);
  });

  it('agree with the calendar on hundreds of days across eight years', () => {
    const expected = new Map<string, number>();
    for (const day of randomDays) expected.set(isoWeekOf(day), (expected.get(isoWeekOf(day)) ?? 0) + 1);
    const weeks = days.query({ metrics: ['quantity'], dimensions: ['week'], filters: [{ field: 'importBatch', op: 'equals', values: [2] }] });
    expect(new Map(rowsOf(weeks, 'week', 'quantity').map((r) => [r.week, r.quantity]))).toEqual(expected);
  });

  it('are read from the lines even over whole months', () => {
    const spec = QuerySpec.parse({ metrics: ['revenue'], dimensions: ['week'] });
    expect(planSource(spec, { from: 20240101, to: 20240331 }).table).toBe('statement_line');
    expect(planSource(spec, null).table).toBe('statement_line');
  });
});

describe('relative ranges', () => {
  it('count back from the latest data, whole months, and report the window they meant', () => {
    const r = months.query({ metrics: ['quantity'], timeRange: { kind: 'relative', last: 3, unit: 'month', anchor: 'latestData' } });
    expect(r.range).toEqual({ from: '2024-03-01', to: '2024-05-31' });
    expect(r.rows).toEqual([[100 + 1000 + 10_000]]);
    const complete = months.query({ metrics: ['quantity'], timeRange: { kind: 'relative', last: 2, unit: 'month', anchor: 'latestData', includeCurrent: false } });
    expect(complete.range).toEqual({ from: '2024-03-01', to: '2024-04-30' });
    expect(complete.rows).toEqual([[100 + 1000]]);
  });

  it('count back from today, leaving the running month out', () => {
    // Today is 20 July 2024: the last three whole months are April to June.
    const r = months.query({ metrics: ['quantity'], dimensions: ['month'], timeRange: { kind: 'relative', last: 3, unit: 'month' }, sort: { by: 'month', direction: 'asc' } });
    expect(r.range).toEqual({ from: '2024-04-01', to: '2024-06-30' });
    expect(cellsOf(r, 'month')).toEqual(['2024-04', '2024-05']);
    const spec = QuerySpec.parse({ metrics: ['revenue'], dimensions: ['platform'], timeRange: { kind: 'relative', last: 3, unit: 'month' } });
    expect(planSource(spec, { from: 20240401, to: 20240630 }).table).toBe('rollup_month_platform');
  });

  it('compare whole months with the months before them', () => {
    const r = months.query({ metrics: ['quantity'], timeRange: { kind: 'relative', last: 2, unit: 'month', anchor: 'latestData' }, comparison: 'previousPeriod' });
    expect(r.rows).toEqual([[1000 + 10_000]]);
    expect(r.comparison).toEqual({ range: { from: '2024-02-01', to: '2024-03-31' }, rows: [[10 + 100]] });
  });
});
