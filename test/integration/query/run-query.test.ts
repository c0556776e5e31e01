import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QuerySpec, type QueryResult, type QuerySpecInput } from '../../../src/shared/query/query-spec';
import { importStatement } from '../../../src/main/import/import-statement';
import { runQuery } from '../../../src/main/query/run-query';
import { openReaderStore, openWriterStore, type Store } from '../../../src/main/store/open-store';
import { DISTROKID_13_HEADER, distroKidLine, tempDataFolder } from '../../support/temp-store';

const today = new Date('2024-07-20T12:00:00Z');
let folder: ReturnType<typeof tempDataFolder>;
let reader: Store;

const query = (input: QuerySpecInput) => runQuery(reader, QuerySpec.parse(input), today, 'USD');

/** The rows as a table shows them: drill-down keys left out. */
function shownRows(result: QueryResult) {
  const shown = result.columns.flatMap((column, i) => (column.hidden ? [] : [i]));
  return result.rows.map((row) => shown.map((i) => row[i]));
}

beforeEach(async () => {
  folder = tempDataFolder();
  const writer = openWriterStore(folder.location.databaseFile);
  const lines = [
    DISTROKID_13_HEADER,
    distroKidLine({ saleMonth: '2024-05', store: 'Spotify', title: 'Alpha', isrc: 'USAAA2400001', qty: 1000, earnings: '3.000000000001' }),
    distroKidLine({ saleMonth: '2024-05', store: 'Apple Music', title: 'Alpha', isrc: 'USAAA2400001', qty: 500, earnings: '4.5' }),
    distroKidLine({ saleMonth: '2024-06', store: 'Spotify', title: 'Beta', isrc: 'USAAA2400002', qty: 2000, earnings: '6.25', country: 'DE' }),
    distroKidLine({ saleMonth: '2024-06', store: 'iTunes', title: 'Beta', isrc: 'USAAA2400002', qty: 3, earnings: '2.10' }),
    distroKidLine({ saleMonth: '2024-06', store: 'iTunes', title: 'Beta', isrc: 'USAAA2400002', qty: -1, earnings: '-0.70' }),
    distroKidLine({ saleMonth: '2024-04', store: "'; DROP TABLE statement_line; --", title: 'Gamma', isrc: 'USAAA2400003', qty: 10, earnings: '0.01' }),
  ];
  const outcome = (await importStatement(writer, folder.write('dk.tsv', lines.join('\n') + '\n'), {
    mode: 'strict', archiveDir: null, isCancelled: () => false, onProgress: () => {},
  }))[0]!;
  expect(outcome.status).toBe('imported');
  writer.close();
  reader = openReaderStore(folder.location.databaseFile);
});

afterEach(() => {
  reader.close();
  folder.remove();
});

describe('runQuery on a real store', () => {
  it('totals exactly, with streams and downloads told apart', () => {
    const r = query({ metrics: ['quantity', 'streams', 'downloads', 'revenue', 'lines'] });
    expect(r.columns.map((c) => c.name)).toEqual(['quantity', 'streams', 'downloads', 'revenue', 'lines']);
    expect(r.rows).toEqual([[3512, 3510, 2, '15.160000000001', 6]]);
    expect(r.range).toEqual({ from: '2024-04-01', to: '2024-06-30' });
  });

  it('groups by month in order, and by platform sorted by revenue', () => {
    expect(query({ metrics: ['revenue'], dimensions: ['month'], sort: { by: 'month', direction: 'asc' } }).rows).toEqual([
      ['2024-04', '0.01000000'],
      ['2024-05', '7.500000000001'],
      ['2024-06', '7.65000000'],
    ]);
    const byPlatform = query({ metrics: ['revenue'], dimensions: ['platform'], sort: { by: 'revenue', direction: 'desc' }, limit: 2 });
    expect(shownRows(byPlatform)).toEqual([
      ['Spotify', '9.250000000001'],
      ['Apple Music', '4.50000000'],
    ]);
    expect(byPlatform.totalRows).toBe(4);
  });

  it('gives top recordings with artist and ISRC, and filters by code', () => {
    const top = query({ metrics: ['revenue'], dimensions: ['recording'], sort: { by: 'revenue', direction: 'desc' }, limit: 1 });
    expect(shownRows(top)).toEqual([['Beta', 'Test Artist', 'USAAA2400002', '7.65000000']]);
    const germany = query({ metrics: ['quantity'], filters: [{ field: 'territory', op: 'equals', values: ['DE'] }] });
    expect(germany.rows).toEqual([[2000]]);
  });

  it('gives the streaming revenue per 1,000 streams, exactly, by platform', () => {
    const r = query({ metrics: ['perStreamRate', 'streams'], dimensions: ['platform'], sort: { by: 'platform', direction: 'asc' } });
    expect(r.columns.map((c) => [c.name, c.label, c.hidden ?? false])).toEqual([
      ['platform', 'Platform', false],
      ['platform_key', 'Platform key', true],
      ['per_stream_rate', 'Per 1,000 streams (USD)', false],
      ['streams', 'Streams', false],
    ]);
    // Spotify: (3.000000000001 + 6.25) / 3000 streams × 1000; Apple Music 4.5 / 500 × 1000; iTunes sells downloads only.
    expect(shownRows(r)).toEqual([
      ["'; DROP TABLE statement_line; --", '1.00000000', 10],
      ['Apple Music', '9.00000000', 500],
      ['Spotify', '3.0833333333336667', 3000],
      ['iTunes', null, 0],
    ]);
  });

  it('compares a month with the month before, and other windows with the days before', () => {
    const r = query({ metrics: ['revenue'], timeRange: { kind: 'absolute', from: '2024-06-01', to: '2024-06-30' }, comparison: 'previousPeriod' });
    expect(r.rows).toEqual([['7.65000000']]);
    expect(r.comparison).toEqual({ range: { from: '2024-05-01', to: '2024-05-31' }, rows: [['7.500000000001']] });
    const days = query({ metrics: ['revenue'], timeRange: { kind: 'absolute', from: '2024-06-01', to: '2024-06-29' }, comparison: 'previousPeriod' });
    expect(days.comparison).toEqual({ range: { from: '2024-05-03', to: '2024-05-31' }, rows: [['0.00000000']] });
  });

  it('treats hostile filter values as plain values', () => {
    const r = query({
      metrics: ['lines'],
      filters: [{ field: 'currency', op: 'in', values: ["USD'; DROP TABLE statement_line; --", 'x\u0000y', 'USD'] }],
    });
    expect(r.rows).toEqual([[6]]);
    expect(query({ metrics: ['lines'] }).rows).toEqual([[6]]);
    const platforms = query({ metrics: ['lines'], dimensions: ['platform'], sort: { by: 'platform', direction: 'asc' } });
    expect(platforms.rows.map((row) => row[0])).toContain("'; DROP TABLE statement_line; --");
  });
});
