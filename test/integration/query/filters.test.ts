import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuerySpec, type QuerySpecInput } from '../../../src/shared/query/query-spec';
import { cellsOf, distroKidStatement, openQueryStore, rowsOf, type QueryStore } from './query-store';

const KITE = 'Kite 100% _Harbor_';
let store: QueryStore;

beforeAll(async () => {
  store = await openQueryStore([
    [
      'dk.tsv',
      distroKidStatement([
        { month: '2024-03', store: 'Spotify', artist: 'Nova Lane', title: 'Alpha', isrc: 'USNV12400001', qty: 1000, earnings: '3.000000000001', reported: '2024-05-05' },
        { month: '2024-04', store: 'Spotify', artist: KITE, title: 'Gamma', isrc: 'USKH12400003', qty: 300, earnings: '0.9', country: 'DE' },
        { month: '2024-04', store: 'Apple Music', artist: 'Nova Lane', title: 'Beta', isrc: 'USNV12400002', qty: 200, earnings: '100.00', country: 'GB' },
        { month: '2024-05', store: 'Apple Music', artist: 'Nova Lane', title: 'Alpha', isrc: 'USNV12400001', qty: 100, earnings: '99.9999999999999999' },
        { month: '2024-05', store: 'iTunes', artist: KITE, title: 'Gamma', isrc: 'USKH12400003', qty: 3, earnings: '2.97', country: 'FR' },
        { month: '2024-06', store: 'Deezer', artist: 'Nova Lane', title: 'First Light', upc: '036000291452', qty: 5, earnings: '-0.50' },
      ]),
    ],
  ]);
}, 60_000);
afterAll(() => store.close());

/** How many statement lines a filter keeps. */
const linesKept = (filters: QuerySpecInput['filters'], more: Partial<QuerySpecInput> = {}) =>
  store.query({ metrics: ['lines'], filters, ...more }).rows[0]?.[0];

const platformsKept = (filters: QuerySpecInput['filters']) =>
  cellsOf(store.query({ metrics: ['revenue'], dimensions: ['platform'], filters, sort: { by: 'platform', direction: 'asc' } }), 'platform');

describe('text filters', () => {
  it('search names ignoring case, and keep %, _ and quotes literal', () => {
    expect(linesKept([{ field: 'artistName', op: 'contains', values: ['nova'] }])).toBe(4);
    expect(linesKept([{ field: 'artistName', op: 'contains', values: ['%'] }])).toBe(2);
    expect(linesKept([{ field: 'artistName', op: 'contains', values: ['_'] }])).toBe(2);
    expect(linesKept([{ field: 'artistName', op: 'contains', values: ['0% _h'] }])).toBe(2);
    expect(linesKept([{ field: 'artistName', op: 'contains', values: ['a%e'] }])).toBe(0);
    expect(linesKept([{ field: 'artistName', op: 'contains', values: ["'; DROP TABLE statement_line; --"] }])).toBe(0);
    expect(linesKept([{ field: 'recordingTitle', op: 'startsWith', values: ['al'] }])).toBe(2);
    expect(linesKept([{ field: 'platformName', op: 'startsWith', values: ['APPLE'] }])).toBe(2);
    expect(linesKept([{ field: 'territoryName', op: 'contains', values: ['king'] }])).toBe(1);
    expect(linesKept([])).toBe(6);
  });

  it('match ISRCs however they are written, and tell lines with and without a UPC or ISRC apart', () => {
    expect(linesKept([{ field: 'isrc', op: 'equals', values: ['usnv1-24-00001'] }])).toBe(2);
    expect(linesKept([{ field: 'isrc', op: 'in', values: ['USNV12400001', 'USKH12400003'] }])).toBe(4);
    expect(linesKept([{ field: 'upc', op: 'exists' }])).toBe(1);
    expect(linesKept([{ field: 'isrc', op: 'notExists' }])).toBe(1);
    // A line without a recording has no title, so it is not "Alpha" either.
    expect(linesKept([{ field: 'recordingTitle', op: 'notEquals', values: ['Alpha'] }])).toBe(4);
    expect(linesKept([{ field: 'recording', op: 'notIn', values: [1, 2, 3] }])).toBe(1);
  });
});

describe('time filters', () => {
  it('compare days, months and years of the date basis', () => {
    expect(linesKept([{ field: 'month', op: 'between', values: ['2024-04', '2024-05'] }])).toBe(4);
    expect(linesKept([{ field: 'month', op: 'in', values: ['2024-03', '2024-06'] }])).toBe(2);
    expect(linesKept([{ field: 'day', op: 'greaterThan', values: ['2024-05-01'] }])).toBe(1);
    expect(linesKept([{ field: 'day', op: 'lessThan', values: ['2024-04-01'] }])).toBe(1);
    expect(linesKept([{ field: 'year', op: 'equals', values: [2024] }])).toBe(6);
    expect(linesKept([{ field: 'year', op: 'notEquals', values: [2024] }])).toBe(0);
    expect(linesKept([{ field: 'day', op: 'lessThan', values: ['2024-06-01'] }], { dateBasis: 'reporting' })).toBe(1);
  });
});

describe('metric filters', () => {
  it('keep groups by their exact revenue, to the last of sixteen decimals', () => {
    // Apple Music earned 100.00 + 99.9999999999999999: a float cannot tell these bounds apart.
    expect(platformsKept([{ field: 'revenue', op: 'greaterThan', values: ['199.9999999999999998'] }])).toEqual(['Apple Music']);
    expect(platformsKept([{ field: 'revenue', op: 'greaterThan', values: ['199.9999999999999999'] }])).toEqual([]);
    expect(platformsKept([{ field: 'revenue', op: 'equals', values: ['199.9999999999999999'] }])).toEqual(['Apple Music']);
    expect(platformsKept([{ field: 'revenue', op: 'lessThan', values: ['0'] }])).toEqual(['Deezer']);
    expect(platformsKept([{ field: 'revenue', op: 'between', values: ['-0.5', '3.900000000001'] }])).toEqual(['Deezer', 'Spotify', 'iTunes']);
    expect(platformsKept([{ field: 'revenue', op: 'between', values: ['-0.4999999999999999', '3.9'] }])).toEqual(['iTunes']);
  });

  it('keep groups by counts, alongside line filters, and count only the groups kept', () => {
    expect(platformsKept([{ field: 'streams', op: 'between', values: [300, 1300] }])).toEqual(['Apple Music', 'Spotify']);
    expect(platformsKept([{ field: 'lines', op: 'equals', values: [1] }, { field: 'territory', op: 'notEquals', values: ['GB'] }])).toEqual(['Apple Music', 'Deezer', 'iTunes']);
    const page = store.query({
      metrics: ['quantity'], dimensions: ['platform'], filters: [{ field: 'quantity', op: 'greaterThan', values: [4] }],
      sort: { by: 'quantity', direction: 'desc' }, limit: 1,
    });
    expect(rowsOf(page, 'platform', 'quantity')).toEqual([{ platform: 'Spotify', quantity: 1300 }]);
    expect(page.totalRows).toBe(3);
    expect(store.query({ metrics: ['revenue'], filters: [{ field: 'revenue', op: 'greaterThan', values: ['1000'] }] }).rows).toEqual([]);
  });
});

describe('filter groups', () => {
  it('combine conditions with any and all, nested', () => {
    expect(
      linesKept([
        {
          any: [
            { field: 'territory', op: 'equals', values: ['DE'] },
            { all: [{ field: 'platformName', op: 'equals', values: ['Apple Music'] }, { field: 'month', op: 'equals', values: ['2024-05'] }] },
          ],
        },
      ]),
    ).toBe(2);
    expect(linesKept([{ all: [{ any: [{ field: 'territory', op: 'in', values: ['DE', 'FR'] }] }] }, { field: 'saleType', op: 'equals', values: ['download'] }])).toBe(1);
    expect(platformsKept([{ any: [{ field: 'revenue', op: 'greaterThan', values: ['150'] }, { field: 'quantity', op: 'lessThan', values: [10] }] }])).toEqual([
      'Apple Music',
      'Deezer',
      'iTunes',
    ]);
  });
});

describe('long lists', () => {
  it('bind 10,000 values as one parameter and refuse more', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => i + 1);
    expect(linesKept([{ field: 'platform', op: 'notIn', values: ids }])).toBe(0);
    expect(linesKept([{ field: 'recording', op: 'in', values: ids }])).toBe(5);
    const refused = QuerySpec.safeParse({ metrics: ['lines'], filters: [{ field: 'platform', op: 'in', values: [...ids, 10_001] }] });
    expect(refused.error?.issues[0]?.path).toEqual(['filters', 0, 'values']);
  });
});
