import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setFxRates } from '../../../src/main/currency/fx-rates';
import { runQuery } from '../../../src/main/query/run-query';
import { openWriterStore, type Store } from '../../../src/main/store/open-store';
import { NO_ARTIST } from '../../../src/shared/catalogue/no-artist';
import { QuerySpec, type QueryResult, type QuerySpecInput } from '../../../src/shared/query/query-spec';
import { ANY_UNCONVERTED_SPEC, anyUnconverted, unconvertedGroups, unconvertedNotice, unconvertedSpec, type FiguresBasis } from '../../../src/shared/query/unconverted-lines';
import { tuneCoreStatement, type Line } from '../../e2e/tunecore-currencies';
import { tempDataFolder } from '../../support/temp-store';
import { importFile } from '../import/temp-store';
import { distroKidStatement, openQueryStore } from './query-store';

// ---- Two TuneCore statements written here: Ana Sol earns in euros and dollars, Aurora Vale in pounds ----

const ANA_SOL: Line[] = [
  ['2024-05-02', 'Spotify', 'US', 'Harbour', 'NLA1Z2400001', '3.10', 'USD'],
  ['2024-05-03', 'Spotify', 'DE', 'Harbour', 'NLA1Z2400001', '1000.50', 'EUR'],
  ['2024-05-09', 'Deezer', 'FR', 'Tides', 'NLA1Z2400002', '243.02', 'EUR'],
];
const AURORA_VALE: Line[] = [['2024-06-08', 'iTunes', 'GB', 'Lanterns', 'NLA1Z2400003', '9.45', 'GBP']];

const WINDOW = { timeRange: { kind: 'absolute', from: '2024-05-01', to: '2024-06-30' }, dateBasis: 'sale' } as const satisfies FiguresBasis;
const TODAY = new Date('2024-08-01T12:00:00Z');

let folder: ReturnType<typeof tempDataFolder>;
let db: Store;

function query(input: QuerySpecInput): QueryResult {
  return runQuery(db, QuerySpec.parse(input), TODAY, 'USD');
}

/** Rows as objects of their shown cells, so the test reads like the table. */
function rowsOf(result: QueryResult): Record<string, unknown>[] {
  return result.rows.map((row) => Object.fromEntries(result.columns.filter((c) => !c.hidden).map((c) => [c.name, row[result.columns.indexOf(c)]])));
}

beforeAll(async () => {
  folder = tempDataFolder('tunemantra-unconverted-');
  db = openWriterStore(folder.location.databaseFile);
  const statements = [
    ['ana-may.csv', tuneCoreStatement(ANA_SOL, { posted: '2024-06-10', artist: 'Ana Sol', label: 'Harbour Records', songId: '11' })],
    ['aurora-june.csv', tuneCoreStatement(AURORA_VALE, { posted: '2024-07-10', artist: 'Aurora Vale', label: 'Harbour Records', songId: '12' })],
  ] as const;
  for (const [name, text] of statements) expect((await importFile(db, folder.write(name, text))).status).toBe('imported');
}, 60_000);
afterAll(() => {
  db.close();
  folder.remove();
});

describe('lines no FX rate converts yet', () => {
  it('are counted by currency and sale month, and left out of revenue', () => {
    expect(rowsOf(query(unconvertedSpec(WINDOW)))).toEqual([
      { currency: 'EUR', month: '2024-05', unconverted_lines: 2 },
      { currency: 'GBP', month: '2024-06', unconverted_lines: 1 },
    ]);
    // By hand: Ana Sol's only converted line is her 3.10 dollars; Aurora Vale's pounds count for nothing yet.
    expect(rowsOf(query({ metrics: ['revenue'], dimensions: ['artist'], sort: { by: 'artist', direction: 'asc' }, ...WINDOW }))).toEqual([
      { artist: 'Ana Sol', revenue: '3.10000000' },
      { artist: 'Aurora Vale', revenue: '0.00000000' },
    ]);
  });

  it('are said in one sentence naming the months and currencies waiting', () => {
    expect(unconvertedNotice(unconvertedGroups(query(unconvertedSpec(WINDOW))))).toBe(
      '3 lines in EUR and GBP are not in these totals: no FX rate yet for 2024-05 EUR and 2024-06 GBP.',
    );
  });

  it('are counted on the reporting basis too, by currency, over the months reported', () => {
    const reporting: FiguresBasis = { timeRange: { kind: 'absolute', from: '2024-06-01', to: '2024-06-30' }, dateBasis: 'reporting' };
    expect(rowsOf(query(unconvertedSpec(reporting)))).toEqual([{ currency: 'EUR', unconverted_lines: 2 }]);
    expect(unconvertedNotice(unconvertedGroups(query(unconvertedSpec(reporting))))).toBe(
      '2 lines in EUR are not in these totals: no FX rate yet for the months they were sold in.',
    );
  });

  it('are counted per row of a breakdown, with the currencies each row waits in', () => {
    expect(rowsOf(query(unconvertedSpec(WINDOW, ['artist'])))).toEqual([
      { artist: 'Ana Sol', currency: 'EUR', unconverted_lines: 2 },
      { artist: 'Aurora Vale', currency: 'GBP', unconverted_lines: 1 },
    ]);
    // Rows by two dimensions already: how many lines wait per row, in one spec of two dimensions.
    const byPlatform = rowsOf(query(unconvertedSpec(WINDOW, ['platform', 'territory'])));
    expect(byPlatform.sort((a, b) => String(a.platform).localeCompare(String(b.platform)))).toEqual([
      { platform: 'Deezer', territory: 'FR', territory_name: 'France', unconverted_lines: 1 },
      { platform: 'iTunes', territory: 'GB', territory_name: 'United Kingdom', unconverted_lines: 1 },
      { platform: 'Spotify', territory: 'DE', territory_name: 'Germany', unconverted_lines: 1 },
    ]);
  });

  it('follow the page filters on lines, and go once a rate converts them', () => {
    // The store-wide check pages ask first, read from the rollups: 3 lines wait (2 in EUR, 1 in GBP).
    expect(rowsOf(query(ANY_UNCONVERTED_SPEC))).toEqual([{ unconverted_lines: 3 }]);
    expect(anyUnconverted(query(ANY_UNCONVERTED_SPEC))).toBe(true);
    const onlyAurora: FiguresBasis = { ...WINDOW, filters: [{ field: 'artistName', op: 'equals', values: ['Aurora Vale'] }] };
    expect(rowsOf(query(unconvertedSpec(onlyAurora)))).toEqual([{ currency: 'GBP', month: '2024-06', unconverted_lines: 1 }]);

    setFxRates(db, [{ month: 202405, currency: 'EUR', rate: '1.08' }]);
    expect(rowsOf(query(unconvertedSpec(WINDOW)))).toEqual([{ currency: 'GBP', month: '2024-06', unconverted_lines: 1 }]);
    // 3.10 + (1000.50 + 243.02) × 1.08 = 3.10 + 1343.0016 = 1346.1016
    expect(rowsOf(query({ metrics: ['revenue'], filters: [{ field: 'artistName', op: 'equals', values: ['Ana Sol'] }], ...WINDOW }))).toEqual([{ revenue: '1346.10160000' }]);

    setFxRates(db, [{ month: 202406, currency: 'GBP', rate: '1.27' }]);
    expect(anyUnconverted(query(ANY_UNCONVERTED_SPEC))).toBe(false);
    expect(query(unconvertedSpec(WINDOW)).rows).toEqual([]);
    expect(unconvertedNotice(unconvertedGroups(query(unconvertedSpec(WINDOW))))).toBeNull();
  });
});

describe('lines that name no artist', () => {
  it('are one group named as having no artist by the artist, the recording and the release, as the recording review names it', async () => {
    const store = await openQueryStore([['no-artist.tsv', distroKidStatement([{ month: '2024-05', store: 'Spotify', artist: '', title: 'Untitled', isrc: 'QZTST2400009', qty: 4, earnings: '0.40' }])]]);
    try {
      const window = { timeRange: { kind: 'absolute', from: '2024-05-01', to: '2024-05-31' } } as const;
      expect(rowsOf(store.query({ metrics: ['quantity'], dimensions: ['artist'], ...window }))).toEqual([{ artist: NO_ARTIST, quantity: 4 }]);
      expect(rowsOf(store.query({ metrics: ['quantity'], dimensions: ['recording'], ...window }))).toEqual([
        { recording: 'Untitled', recording_artist: NO_ARTIST, isrc: 'QZTST2400009', quantity: 4 },
      ]);
    } finally {
      store.close();
    }
  });
});
