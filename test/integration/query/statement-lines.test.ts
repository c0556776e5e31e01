import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decimalToUnits } from '../../../src/shared/money/exact-amount';
import { StatementLinesRequest, type StatementLinesRequestInput } from '../../../src/shared/query/statement-lines-contract';
import { statementLines } from '../../../src/main/query/statement-lines';
import { writeStatementLines } from '../../../src/main/export/statement-lines-csv';
import { CsvOptions } from '../../../src/shared/export/csv-options';
import { cellsOf, distroKidStatement, openQueryStore, TODAY, type QueryStore } from './query-store';

/** Two statements of one label, March and April 2024, in USD: four stores, a refund and an album sale. */
const MARCH = distroKidStatement([
  { month: '2024-03', store: 'Spotify', artist: 'Nova', title: 'Tides', isrc: 'QZNOV2400001', qty: 1200, earnings: '3.841234567890', country: 'DE' },
  { month: '2024-03', store: 'Spotify', artist: 'Nova', title: 'Harbour', isrc: 'QZNOV2400002', qty: 80, earnings: '0.25', country: 'FR' },
  { month: '2024-03', store: 'iTunes', artist: 'Nova', title: 'Tides', isrc: 'QZNOV2400001', qty: 2, earnings: '1.38', country: 'DE' },
  { month: '2024-03', store: 'iTunes', artist: 'Nova', title: 'Tides', isrc: 'QZNOV2400001', qty: -1, earnings: '-0.69', country: 'DE' },
]);
const APRIL = distroKidStatement([
  { month: '2024-04', store: 'Spotify', artist: 'Nova', title: 'Tides', isrc: 'QZNOV2400001', qty: 900, earnings: '2.000000000001', country: 'DE', reported: '2024-06-05' },
  { month: '2024-04', store: 'Deezer', artist: 'Nova', title: 'Tides EP', upc: '0196589012340', qty: 1, earnings: '4.99', country: 'US', reported: '2024-06-05' },
]);

let store: QueryStore;
beforeAll(async () => {
  store = await openQueryStore([
    ['nova-2024-03.tsv', MARCH],
    ['nova-2024-04.tsv', APRIL],
  ]);
});
afterAll(() => store.close());

const ask = (input: StatementLinesRequestInput) => statementLines(store.reader, StatementLinesRequest.parse(input), TODAY, 'USD');
const spotify = { field: 'platformName', op: 'equals', values: ['Spotify'] };

describe('the statement lines behind a figure', () => {
  it('lists each line with its file, line number, exact amounts and kept columns, adding up to the query’s revenue', () => {
    const answer = ask({ filters: [spotify] });
    expect(answer.total).toBe(3);
    expect(answer.lines.map((l) => [l.fileName, l.line, l.saleFrom, l.saleTo, l.territory, l.recording, l.isrc, l.quantity, l.amount])).toEqual([
      ['nova-2024-03.tsv', 2, '2024-03-01', '2024-03-31', 'DE', 'Tides', 'QZNOV2400001', 1200, '3.84123456789'],
      ['nova-2024-03.tsv', 3, '2024-03-01', '2024-03-31', 'FR', 'Harbour', 'QZNOV2400002', 80, '0.25000000'],
      ['nova-2024-04.tsv', 2, '2024-04-01', '2024-04-30', 'DE', 'Tides', 'QZNOV2400001', 900, '2.000000000001'],
    ]);
    expect(answer.lines[2]).toMatchObject({ platform: 'Spotify', artist: 'Nova', reported: '2024-06-05', saleType: 'stream', currency: 'USD', base: '2.000000000001' });
    expect(answer.lines[0]!.kept).toEqual({ team_percentage: '100', source_type: 'Song', songwriter_royalties_withheld: '0' });

    const revenue = cellsOf(store.query({ metrics: ['revenue'], filters: [spotify] }), 'revenue')[0] as string;
    const summed = answer.lines.reduce((sum, line) => sum + decimalToUnits(line.base!), 0n);
    expect(summed).toBe(decimalToUnits(revenue));
    expect(summed).toBe(decimalToUnits('3.84123456789') + decimalToUnits('0.25') + decimalToUnits('2.000000000001'));
  });

  it('reads the window on the basis asked: April’s sales were reported in June', () => {
    const april = { kind: 'absolute', from: '2024-04-01', to: '2024-04-30' } as const;
    expect(ask({ timeRange: april, dateBasis: 'sale' }).lines.map((l) => [l.fileName, l.line])).toEqual([
      ['nova-2024-04.tsv', 2],
      ['nova-2024-04.tsv', 3],
    ]);
    expect(ask({ timeRange: april, dateBasis: 'reporting' })).toMatchObject({ total: 0, lines: [], range: { from: '2024-04-01', to: '2024-04-30' } });
  });

  it('pages without losing or repeating a line, and puts the largest amounts first when asked', () => {
    const first = ask({ limit: 4 });
    const rest = ask({ limit: 4, offset: 4 });
    expect([first.total, rest.total]).toEqual([6, 6]);
    expect([...first.lines, ...rest.lines].map((l) => `${l.fileName}:${l.line}`)).toEqual([
      'nova-2024-03.tsv:2', 'nova-2024-03.tsv:3', 'nova-2024-03.tsv:4', 'nova-2024-03.tsv:5', 'nova-2024-04.tsv:2', 'nova-2024-04.tsv:3',
    ]);
    // The release-level sale of 4.99 first, the refund of 0.69 last.
    expect(ask({ order: 'largest' }).lines.map((l) => l.base)).toEqual(['4.99000000', '3.84123456789', '2.000000000001', '1.38000000', '0.25000000', '-0.69000000']);
  });

  it('sets aside filters on totals, which choose groups and not lines, and says how many', () => {
    const answer = ask({ filters: [spotify, { field: 'revenue', op: 'greaterThan', values: ['100'] }] });
    expect(answer).toMatchObject({ total: 3, totalsFiltersSetAside: 1 });
  });

  it('filters by a kept column: DistroKid prints no label, so every line lacks one', () => {
    expect(ask({ filters: [{ field: 'label', op: 'notExists' }] }).total).toBe(6);
    expect(ask({ filters: [{ field: 'label', op: 'exists' }] }).total).toBe(0);
  });

  it('writes every line a request chooses to a CSV file as it reads them, in the order asked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lines-export-'));
    try {
      const path = join(dir, 'spotify.csv');
      const request = StatementLinesRequest.parse({ filters: [spotify], order: 'largest' });
      const written = writeStatementLines(store.reader, request, TODAY, 'USD', {
        path, format: 'csv', csv: CsvOptions.parse({}),
      });
      expect(written).toBe(3);
      const rows = readFileSync(path, 'utf8').split('\r\n');
      expect(rows[0]).toBe('File,Line,Sale from,Sale to,Reported,Platform,Territory,Artist,Release,UPC,Recording,ISRC,Sale type,Units,Currency,Earned,Earned (USD),Kept columns');
      expect(rows.slice(1, -1).map((row) => row.split(',')).map((cells) => [cells[0], cells[1], cells[16]])).toEqual([
        ['nova-2024-03.tsv', '2', '3.84123456789'],
        ['nova-2024-04.tsv', '2', '2.000000000001'],
        ['nova-2024-03.tsv', '3', '0.25000000'],
      ]);
      expect(rows.at(-1)).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
