import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CsvOptions } from '../../../src/shared/export/csv-options';
import { ENTITY_DIMENSIONS, type QuerySpecInput } from '../../../src/shared/query/query-spec';
import { resultToCsv } from '../../../src/main/export/csv-writer';
import { cellsOf, distroKidStatement, openQueryStore, rowsOf, type QueryStore } from './query-store';

const TUNECORE_HEADER =
  'Sales Period,Posted Date,Store Name,Country Of Sale,Artist,Release Type,Release Title,Song Title,Label,UPC,Optional UPC,TC Song ID,Optional ISRC,Sales Type,# Units Sold,Per Unit Price,Net Sales,Net Sales Currency,Exchange Rate,Total Earned,Currency';

let store: QueryStore;

beforeAll(async () => {
  store = await openQueryStore([
    [
      'dk.tsv',
      distroKidStatement([
        { month: '2024-05', store: 'Spotify', artist: 'Nova Lane', title: 'Alpha', isrc: 'USNV12400001', qty: 1000, earnings: '3.5' },
        { month: '2024-05', store: 'Apple Music', artist: 'Nova Lane', title: 'Beta', isrc: 'USNV12400002', qty: 200, earnings: '1.25', country: 'GB' },
        { month: '2024-06', store: 'Spotify', artist: 'Kite Harbor', title: 'Gamma', isrc: 'USKH12400003', qty: 50, earnings: '0.2', country: 'DE' },
        { month: '2024-06', store: 'iTunes', artist: 'Nova Lane', title: 'First Light', upc: '036000291452', qty: 2, earnings: '15.98' },
      ]),
    ],
    [
      'tc.csv',
      [TUNECORE_HEADER, '2024-06-03,2024-07-15,Deezer,FR,Nova Lane,Single,Alpha,Alpha,Lanternfish Records,,,1,USNV12400001,Streaming,400,0.003,1.2,EUR,1,1.2,EUR'].join('\n'),
    ],
  ]);
}, 60_000);
afterAll(() => store.close());

describe('drill-down keys', () => {
  it('give every entity dimension a hidden <dimension>_key column whose cell a filter on that field accepts', () => {
    for (const dimension of ENTITY_DIMENSIONS) {
      const grouped = store.query({ metrics: ['lines', 'quantity'], dimensions: [dimension] });
      const key = grouped.columns.find((column) => column.name === `${dimension}_key`);
      expect(key, dimension).toMatchObject({ hidden: true });
      expect(grouped.columns.filter((column) => column.hidden)).toHaveLength(1);
      const keys = cellsOf(grouped, `${dimension}_key`);
      expect(keys.length, dimension).toBeGreaterThan(1);
      grouped.rows.forEach((_, i) => {
        const value = keys[i]!;
        const kind = ['territory', 'saleType', 'currency', 'label'].includes(dimension) ? 'string' : 'number';
        if (value !== null) expect(typeof value, `${dimension} key`).toBe(kind);
        const filter: QuerySpecInput['filters'] = value === null ? [{ field: dimension, op: 'notExists' }] : [{ field: dimension, op: 'equals', values: [value] }];
        const alone = store.query({ metrics: ['lines', 'quantity'], filters: filter });
        expect(alone.rows[0], `${dimension} = ${String(value)}`).toEqual([cellsOf(grouped, 'lines')[i], cellsOf(grouped, 'quantity')[i]]);
      });
    }
  });

  it('hold ids for catalogue entities, codes for the rest, and null for release-level lines without a recording', () => {
    const byRecording = store.query({ metrics: ['quantity'], dimensions: ['recording'], sort: { by: 'quantity', direction: 'desc' } });
    expect(cellsOf(byRecording, 'recording')).toEqual(['Alpha', 'Beta', 'Gamma', '(release-level sales)']);
    expect(cellsOf(byRecording, 'recording_key').slice(0, 3).every((key) => Number.isSafeInteger(key))).toBe(true);
    expect(cellsOf(byRecording, 'recording_key')[3]).toBeNull();
    const byCurrency = store.query({ metrics: ['lines'], dimensions: ['currency'], sort: { by: 'currency', direction: 'asc' } });
    expect(cellsOf(byCurrency, 'currency_key')).toEqual(['EUR', 'USD']);
    const bySaleType = store.query({ metrics: ['lines'], dimensions: ['saleType'], sort: { by: 'saleType', direction: 'asc' } });
    expect(cellsOf(bySaleType, 'saleType_key')).toEqual(['download', 'stream']);
  });

  it('name the record label where the statement prints one', () => {
    const byLabel = store.query({ metrics: ['lines'], dimensions: ['label'], sort: { by: 'lines', direction: 'desc' } });
    expect(rowsOf(byLabel, 'label', 'label_key', 'lines')).toEqual([
      { label: '(no label)', label_key: null, lines: 4 },
      { label: 'Lanternfish Records', label_key: 'Lanternfish Records', lines: 1 },
    ]);
    expect(store.query({ metrics: ['quantity'], filters: [{ field: 'label', op: 'contains', values: ['FISH'] }] }).rows).toEqual([[400]]);
    expect(store.query({ metrics: ['quantity'], filters: [{ field: 'label', op: 'notEquals', values: ['Lanternfish Records'] }] }).rows).toEqual([[1252]]);
  });

  it('stay out of CSV exports', () => {
    const result = store.query({ metrics: ['quantity'], dimensions: ['territory', 'platform'], sort: { by: 'quantity', direction: 'desc' }, limit: 1 });
    expect(result.columns.map((column) => column.name)).toEqual(['territory', 'territory_name', 'territory_key', 'platform', 'platform_key', 'quantity']);
    const csv = new TextDecoder().decode(resultToCsv(result, CsvOptions.parse({ lineEnding: 'lf' })));
    expect(csv).toBe('Territory,Territory name,Platform,Units\nUS,United States,Spotify,1000\n');
  });
});
