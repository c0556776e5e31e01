import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataCompleteness } from '../../../src/main/analytics/data-completeness';
import { openReaderStore, type Store } from '../../../src/main/store/open-store';
import { Completeness, CompletenessRequest } from '../../../src/shared/analytics/completeness-contract';
import { importFile, openTempStore, type TempStore } from '../import/temp-store';
import { writeDistroKid, type DistroKidSale } from './label-statements';

const FIXTURES = fileURLToPath(new URL('../../fixtures/statements/', import.meta.url));

const sale = (reporting: string, saleMonth: string, store: string): DistroKidSale => ({
  reporting, saleMonth, store, title: 'Harbour Lights', isrc: 'QZK6J2400001', upc: '', qty: 10, earnings: '0.10',
});

let store: TempStore;
let reader: Store;
const TODAY = new Date('2024-07-20T12:00:00Z');
const grid = (request: Partial<CompletenessRequest>, db: Store = reader) =>
  Completeness.parse(dataCompleteness(db, CompletenessRequest.parse(request), TODAY));

beforeAll(async () => {
  store = openTempStore('tunemantra-completeness-');
  const statements = [
    // Two statements reporting in one month each: read from the platform rollup.
    writeDistroKid(store.dir, 'distrokid-2024-03.tsv', [sale('2024-03-05', '2024-01', 'Spotify'), sale('2024-03-05', '2024-02', 'Spotify'), sale('2024-03-05', '2024-01', 'Apple Music')]),
    writeDistroKid(store.dir, 'distrokid-2024-05.tsv', [sale('2024-05-05', '2024-04', 'Spotify'), sale('2024-05-05', '2024-03', 'Apple Music')]),
    // One export reporting across months: each sale month pairs with its own reporting date.
    writeDistroKid(store.dir, 'distrokid-deezer.tsv', [sale('2024-02-05', '2024-01', 'Deezer'), sale('2024-04-05', '2024-02', 'Deezer')]),
  ];
  for (const path of statements) expect((await importFile(store.db, path)).status).toBe('imported');
  reader = openReaderStore(join(store.dir, 'store.sqlite'));
});
afterAll(() => {
  reader.close();
  store.cleanup();
});

const JAN_TO_JUL = { kind: 'absolute' as const, from: '2024-01-01', to: '2024-07-31' };

describe('the completeness grid', () => {
  it("judges each platform's months by its own usual reporting lag", () => {
    const result = grid({ timeRange: JAN_TO_JUL, asOf: '2024-07' });
    expect(result.asOf).toBe('2024-07');
    expect(result.months).toEqual(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07']);
    expect(result.platforms.map((p) => [p.name, p.firstMonth, p.lagMonths, p.dueAfterMonths])).toEqual([
      // January reported in March, March in May
      ['Apple Music', '2024-01', 2, 2],
      // January reported in February, February in April: a median of 1.5 months, due after 2
      ['Deezer', '2024-01', 1.5, 2],
      // January in March (2), February in March (1), April in May (1)
      ['Spotify', '2024-01', 1, 1],
    ]);
    const states = Object.fromEntries(result.platforms.map((p) => [p.name, p.cells.map((c) => c.state)]));
    expect(states).toEqual({
      // February is a hole before March's data; April was due by the end of June
      'Apple Music': ['present', 'missing', 'present', 'late', 'notDue', 'notDue', 'notDue'],
      // March was due by the end of May, April by the end of June
      Deezer: ['present', 'present', 'late', 'late', 'notDue', 'notDue', 'notDue'],
      // March is a hole; May was due by the end of June; June is due by the end of July
      Spotify: ['present', 'present', 'missing', 'present', 'late', 'notDue', 'notDue'],
    });
    expect(result.platforms.find((p) => p.name === 'Spotify')!.cells.map((c) => c.lagMonths)).toEqual([2, 1, null, 1, null, null, null]);
    expect(result.platforms.find((p) => p.name === 'Deezer')!.cells.slice(0, 2).map((c) => c.lagMonths)).toEqual([1, 2]);
    expect(result.summary).toEqual({ present: 7, missing: 2, late: 4, notDue: 8, beforeFirst: 0 });
  });

  it('runs all time from the first sale month to today', () => {
    const result = grid({});
    expect(result.asOf).toBe('2024-07');
    expect(result.months[0]).toBe('2024-01');
    expect(result.months.at(-1)).toBe('2024-07');
  });

  it('shows the months before a platform began as such, not as missing', () => {
    const result = grid({ timeRange: { kind: 'absolute', from: '2023-11-01', to: '2024-02-29' }, asOf: '2024-03' });
    const spotify = result.platforms.find((p) => p.name === 'Spotify')!;
    expect(spotify.cells.map((c) => [c.month, c.state])).toEqual([
      ['2023-11', 'beforeFirst'], ['2023-12', 'beforeFirst'], ['2024-01', 'present'], ['2024-02', 'present'],
    ]);
    // Apple Music's February: a later month (March) has data, so it is a hole whatever the as-of month
    expect(result.platforms.find((p) => p.name === 'Apple Music')!.cells.at(-1)!.state).toBe('missing');
  });

  it('takes the import month for statements that print no reporting date', async () => {
    const apple = openTempStore('tunemantra-completeness-apple-');
    try {
      const now = new Date();
      expect((await importFile(apple.db, join(FIXTURES, 'apple', 'apple-financial-report.txt'))).status).toBe('imported');
      const result = grid({ asOf: '2025-04' }, apple.db);
      // Sold from February 2025, reported (imported) this month
      const lag = now.getUTCFullYear() * 12 + now.getUTCMonth() - (2025 * 12 + 1);
      expect(result.platforms.map((p) => [p.firstMonth, p.lagMonths])).toEqual([['2025-02', lag]]);
    } finally {
      apple.cleanup();
    }
  });

  it('is empty for an empty store', () => {
    const empty = openTempStore('tunemantra-completeness-empty-');
    try {
      expect(grid({ asOf: '2024-07' }, empty.db)).toEqual({
        asOf: '2024-07', months: ['2024-07'], platforms: [], summary: { present: 0, missing: 0, late: 0, notDue: 0, beforeFirst: 0 },
      });
    } finally {
      empty.cleanup();
    }
  });
});
