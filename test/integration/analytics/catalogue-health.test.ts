import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueHealth } from '../../../src/main/analytics/catalogue-health';
import { openReaderStore, type Store } from '../../../src/main/store/open-store';
import { CatalogueHealth, CatalogueHealthRequest } from '../../../src/shared/analytics/catalogue-health-contract';
import { importFile, openTempStore, rowCount, type TempStore } from '../import/temp-store';
import { writeDistroKid, type DistroKidSale } from './label-statements';

const R1 = 'QZK6J2200001';
const R2 = 'QZK6J2200002';
const R3 = 'QZK6J2400003';
const R4 = 'QZK6J2300004';
const R5 = 'QZK6J2400005';
const R6 = 'QZK6J2400006';
const U1 = '196589010001';
const U2 = '196589010002';
const U3 = '196589010003';

/**
 * A small label: release U1 (first sold 2022-01: R1, R2), U3 (2023-05: R4, R5), U2 (2024-03: R3,
 * plus an album sale), and R6 on no known release. Reported two months after the sale month.
 */
const SALES: DistroKidSale[] = [
  { reporting: '2022-03-05', saleMonth: '2022-01', store: 'Spotify', title: 'Harbour Lights', isrc: R1, upc: U1, qty: 100, earnings: '1.00' },
  { reporting: '2022-03-05', saleMonth: '2022-01', store: 'Spotify', title: 'Tidewater', isrc: R2, upc: U1, qty: 50, earnings: '0.50' },
  { reporting: '2023-07-05', saleMonth: '2023-05', store: 'Spotify', title: 'Salt Road', isrc: R4, upc: U3, qty: 10, earnings: '0.10' },
  // No UPC on the line: R1 sits on U1 alone, so this is U1's sale.
  { reporting: '2024-04-05', saleMonth: '2024-02', store: 'Spotify', title: 'Harbour Lights', isrc: R1, upc: '', qty: 1000, earnings: '10.00' },
  { reporting: '2024-04-05', saleMonth: '2024-02', store: 'Spotify', title: 'Tidewater', isrc: R2, upc: U1, qty: 200, earnings: '2.00' },
  { reporting: '2024-05-05', saleMonth: '2024-03', store: 'Spotify', title: 'Lanterns', isrc: R3, upc: U2, qty: 5000, earnings: '40.00' },
  // A return outweighs R2's sales in the window.
  { reporting: '2024-06-05', saleMonth: '2024-04', store: 'iTunes', title: 'Tidewater', isrc: R2, upc: U1, qty: -1, earnings: '-3.00' },
  { reporting: '2024-06-05', saleMonth: '2024-04', store: 'iTunes', title: 'Lanterns', isrc: '', upc: U2, qty: 1, earnings: '8.00', album: true },
  { reporting: '2024-07-05', saleMonth: '2024-05', store: 'Spotify', title: 'Salt Road', isrc: R4, upc: U3, qty: 300, earnings: '3.00' },
  { reporting: '2024-07-05', saleMonth: '2024-05', store: 'Spotify', title: 'Undertow', isrc: R6, upc: '', qty: 100, earnings: '5.00' },
  { reporting: '2024-09-05', saleMonth: '2024-07', store: 'Spotify', title: 'Breakwater', isrc: R5, upc: U3, qty: 100, earnings: '1.00' },
];

let store: TempStore;
let reader: Store;
const TODAY = new Date('2024-10-15T12:00:00Z');
const health = (request: Partial<CatalogueHealthRequest>) =>
  CatalogueHealth.parse(catalogueHealth(reader, CatalogueHealthRequest.parse(request), TODAY, 'USD'));

beforeAll(async () => {
  store = openTempStore('tunemantra-health-');
  expect((await importFile(store.db, writeDistroKid(store.dir, 'distrokid-label.tsv', SALES))).status).toBe('imported');
  expect(rowCount(store.db, 'statement_line')).toBe(SALES.length);
  reader = openReaderStore(`${store.dir}/store.sqlite`);
});
afterAll(() => {
  reader.close();
  store.cleanup();
});

describe('catalogue health from the rollups (whole months)', () => {
  const firstHalf = { timeRange: { kind: 'absolute' as const, from: '2024-01-01', to: '2024-06-30' } };

  it('counts the catalogue first sold by the window end and who of it earned', () => {
    const result = health(firstHalf);
    expect(result.range).toEqual({ from: '2024-01-01', to: '2024-06-30' });
    expect(result.referenceMonth).toBe('2024-06');
    // 10 + 2 + 40 − 3 + 8 + 3 + 5
    expect(result.revenue).toBe('65.00000000');
    // R1, R2, R3, R4, R6 (R5 first sells in July); R2 nets −1.00 and does not earn: 4 of 5
    expect(result.recordings).toEqual({ catalogue: 5, earning: 4, earningShare: 0.8 });
  });

  it('puts what earns outside the top fifth of recordings in the long tail', () => {
    // 20 % of 5 recordings is R3 (40); the tail is R1 10 + R2 −1 + R4 3 + R6 5 = 17 of 57
    expect(health(firstHalf).longTail).toEqual({ topPercent: 20, headCount: 1, headRevenue: '40.00000000', tailRevenue: '17.00000000', tailShare: 0.298246 });
  });

  it('splits new releases from back catalogue by their first month in the statements', () => {
    // June 2024: U2 (March 2024) and U3 (May 2023, 13 months) are new; U1 (January 2022) is not.
    // U2 40 + album 8, U3 3 → 51 of 65; U1 10 + 2 − 3 → 9; R6's 5 names no release
    expect(health(firstHalf).releaseAge).toEqual({
      newReleaseMonths: 18,
      newReleases: { count: 2, revenue: '51.00000000', share: 0.784615 },
      backCatalogue: { count: 1, revenue: '9.00000000', share: 0.138462 },
      unattributed: { revenue: '5.00000000', share: 0.076923 },
    });
    // With a 12-month line U3 joins the back catalogue: 9 + 3 = 12
    expect(health({ ...firstHalf, newReleaseMonths: 12 }).releaseAge.backCatalogue).toEqual({ count: 2, revenue: '12.00000000', share: 0.184615 });
  });

  it('measures how long recordings keep earning', () => {
    // earning lives through June 2024: R1 and R2 January 2022 → February 2024 = 26 months,
    // R4 May 2023 → May 2024 = 13, R3 and R6 one month each: median 13
    expect(health(firstHalf).longevity).toEqual({
      recordings: 5,
      medianEarningMonths: 13,
      olderRecordings: { count: 2, revenue: '9.00000000', share: 0.138462 },
      youngerRecordings: { count: 3, revenue: '48.00000000', share: 0.738462 },
      withoutRecording: { revenue: '8.00000000', share: 0.123077 },
    });
  });

  it('reads the reporting basis from its own months', () => {
    // Reported January–June 2024: the sales of November 2023 to April 2024: 10 + 2 + 40 − 3 + 8
    expect(health({ ...firstHalf, dateBasis: 'reporting' }).revenue).toBe('57.00000000');
  });
});

describe('catalogue health from the lines (a window cutting through months)', () => {
  it('takes lines whose sale period starts inside the window', () => {
    const result = health({ timeRange: { kind: 'absolute', from: '2024-02-15', to: '2024-05-31' } });
    // February's monthly lines start on the 1st, before the window: 40 − 3 + 8 + 3 + 5
    expect(result.revenue).toBe('53.00000000');
    expect(result.referenceMonth).toBe('2024-05');
    // R1 0, R2 −3, R3 40, R4 3, R6 5: R3, R4 and R6 earn
    expect(result.recordings).toEqual({ catalogue: 5, earning: 3, earningShare: 0.6 });
  });

  it('reads whole years by year, the months around them by month and the cut month from the lines', () => {
    const result = health({ timeRange: { kind: 'absolute', from: '2022-01-10', to: '2024-03-31' } });
    // 2022-01 starts before the window; 2023: 0.10; 2024-02: 10 + 2; 2024-03: 40
    expect(result.revenue).toBe('52.10000000');
    expect(result.recordings).toEqual({ catalogue: 4, earning: 4, earningShare: 1 });
    expect(health({ timeRange: { kind: 'absolute', from: '2022-01-01', to: '2024-03-31' } }).revenue).toBe('53.60000000');
  });
});

describe('catalogue health at the edges', () => {
  it('judges earning on exact sums, however small and whichever way the parts lean', async () => {
    const tiny = openTempStore('tunemantra-health-tiny-');
    try {
      const line = (saleMonth: string, earnings: string): DistroKidSale => ({
        reporting: '2024-08-05', saleMonth, store: 'Spotify', title: 'Spindrift', isrc: 'QZK6J2400007', upc: U1, qty: 1, earnings,
      });
      // May: 3 × 0.000000019 − 0.00000005 = +0.000000007, a net gain made of a loss in the whole
      // 1e-8 units and a gain in the remainders; June: 0.00000001 − 0.000000015, a net loss.
      const sales = [
        line('2024-05', '0.000000019'), line('2024-05', '0.000000019'), line('2024-05', '0.000000019'), line('2024-05', '-0.00000005'),
        line('2024-06', '0.00000001'), line('2024-06', '-0.000000015'),
      ];
      expect((await importFile(tiny.db, writeDistroKid(tiny.dir, 'distrokid-tiny.tsv', sales))).status).toBe('imported');
      const result = (range: { from: string; to: string }) =>
        CatalogueHealth.parse(catalogueHealth(tiny.db, CatalogueHealthRequest.parse({ timeRange: { kind: 'absolute', ...range } }), TODAY, 'USD'));
      const may = result({ from: '2024-05-01', to: '2024-05-31' });
      expect(may.revenue).toBe('0.000000007');
      expect(may.recordings).toEqual({ catalogue: 1, earning: 1, earningShare: 1 });
      const june = result({ from: '2024-06-01', to: '2024-06-30' });
      expect(june.revenue).toBe('-0.000000005');
      expect(june.recordings.earning).toBe(0);
      // first sold in May, last earned in May: one month, also when looking from June
      expect(june.longevity.medianEarningMonths).toBe(1);
    } finally {
      tiny.cleanup();
    }
  });

  it('keeps a sum too large for a floating-point number exact', async () => {
    const big = openTempStore('tunemantra-health-big-');
    try {
      // 2^53 + 1 units of 1e-8: one more than a double holds exactly.
      const line: DistroKidSale = { reporting: '2024-08-05', saleMonth: '2024-05', store: 'Spotify', title: 'Jackpot', isrc: 'QZK6J2400008', upc: U1, qty: 1, earnings: '90071992.54740993' };
      expect((await importFile(big.db, writeDistroKid(big.dir, 'distrokid-big.tsv', [line]))).status).toBe('imported');
      const result = catalogueHealth(big.db, CatalogueHealthRequest.parse({ timeRange: { kind: 'absolute', from: '2024-01-01', to: '2024-12-31' } }), TODAY, 'USD');
      expect(result.revenue).toBe('90071992.54740993');
      expect(result.longTail.headRevenue).toBe('90071992.54740993');
    } finally {
      big.cleanup();
    }
  });

  it('sees what was imported since it was last asked, on the importing connection and on a reader', async () => {
    const growing = openTempStore('tunemantra-health-growing-');
    const watcher = openReaderStore(`${growing.dir}/store.sqlite`);
    try {
      const sale = (isrc: string, saleMonth: string, earnings: string): DistroKidSale => ({
        reporting: '2024-08-05', saleMonth, store: 'Spotify', title: `Song ${isrc.slice(-1)}`, isrc, upc: '', qty: 10, earnings,
      });
      const year = CatalogueHealthRequest.parse({ timeRange: { kind: 'absolute', from: '2024-01-01', to: '2024-12-31' } });
      const both = () => [catalogueHealth(growing.db, year, TODAY, 'USD'), catalogueHealth(watcher, year, TODAY, 'USD')];
      expect((await importFile(growing.db, writeDistroKid(growing.dir, 'may.tsv', [sale('QZK6J2400011', '2024-05', '2.00')]))).status).toBe('imported');
      for (const seen of both()) expect(seen.recordings).toEqual({ catalogue: 1, earning: 1, earningShare: 1 });
      // A second recording first sold in 2023 and earning again in June: catalogue, ages and earning life move.
      const later = [sale('QZK6J2400012', '2023-02', '1.00'), sale('QZK6J2400012', '2024-06', '3.00')];
      expect((await importFile(growing.db, writeDistroKid(growing.dir, 'june.tsv', later))).status).toBe('imported');
      for (const seen of both()) {
        expect(seen.recordings).toEqual({ catalogue: 2, earning: 2, earningShare: 1 });
        expect(seen.longevity.olderRecordings).toMatchObject({ count: 1, revenue: '3.00000000' });
        // 1 month (May only) and 17 months (2023-02 through 2024-06)
        expect(seen.longevity.medianEarningMonths).toBe(9);
      }
    } finally {
      watcher.close();
      growing.cleanup();
    }
  });

  it('has no shares for a window without sales, and counts the catalogue known by then', () => {
    const result = health({ timeRange: { kind: 'absolute', from: '2022-06-01', to: '2022-06-30' } });
    expect(result.revenue).toBe('0.00000000');
    expect(result.recordings).toEqual({ catalogue: 2, earning: 0, earningShare: 0 });
    expect(result.longTail.tailShare).toBeNull();
    expect(result.releaseAge.newReleases.share).toBeNull();
  });

  it('spans everything for all time', () => {
    const result = health({ timeRange: { kind: 'preset', preset: 'all' } });
    expect(result.range).toEqual({ from: '2022-01-01', to: '2024-07-31' });
    // every line: 1 + 0.5 + 0.1 + 65 + 1
    expect(result.revenue).toBe('67.60000000');
    expect(result.recordings.catalogue).toBe(6);
  });

  it('says nothing of an empty store', () => {
    const empty = openTempStore('tunemantra-health-empty-');
    try {
      const result = CatalogueHealth.parse(catalogueHealth(empty.db, CatalogueHealthRequest.parse({ timeRange: { kind: 'preset', preset: 'all' } }), TODAY, 'USD'));
      expect(result).toMatchObject({ range: null, referenceMonth: null, revenue: '0.00000000', recordings: { catalogue: 0, earning: 0, earningShare: null } });
      expect(result.longevity.medianEarningMonths).toBeNull();
    } finally {
      empty.cleanup();
    }
  });
});
