import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { releaseComparison } from '../../../src/main/analytics/release-comparison';
import { openReaderStore, type Store } from '../../../src/main/store/open-store';
import { ReleaseComparison, ReleaseComparisonRequest } from '../../../src/shared/analytics/release-comparison-contract';
import { importFile, openTempStore, type TempStore } from '../import/temp-store';
import { writeDistroKid, writeTuneCore } from './label-statements';

const A = '193456780001';
const B = '193456780002';
const C = '193456780003';
/** The store keeps UPCs as GTIN-13. */
const gtin = (upc: string) => `0${upc}`;
/** DistroKid's song lines name no release title: the release goes by its UPC. */
const DRY_DOCK = `UPC ${gtin(C)}`;

let store: TempStore;
let reader: Store;
const compare = (request: Partial<ReleaseComparisonRequest>) =>
  ReleaseComparison.parse(releaseComparison(reader, ReleaseComparisonRequest.parse(request), 'USD'));

beforeAll(async () => {
  store = openTempStore('tunemantra-releases-');
  // Releases A and B report daily (TuneCore); C monthly (DistroKid), its second song without a UPC.
  const tunecore = writeTuneCore(store.dir, 'tunecore-2025-06.csv', [
    { day: '2025-03-01', posted: '2025-06-15', release: 'First Light', song: 'First Light', upc: A, isrc: 'QZK6J2500001', streams: 100, earned: '1.00' },
    { day: '2025-03-05', posted: '2025-06-15', release: 'First Light', song: 'First Light', upc: A, isrc: 'QZK6J2500001', streams: 200, earned: '2.00' },
    { day: '2025-03-20', posted: '2025-06-15', release: 'First Light', song: 'First Light', upc: A, isrc: 'QZK6J2500001', streams: 300, earned: '3.00' },
    { day: '2025-05-15', posted: '2025-06-15', release: 'First Light', song: 'First Light', upc: A, isrc: 'QZK6J2500001', streams: 400, earned: '4.00' },
    { day: '2025-04-10', posted: '2025-06-15', release: 'Low Tide', song: 'Low Tide', upc: B, isrc: 'QZK6J2500002', streams: 50, earned: '0.50' },
    { day: '2025-05-20', posted: '2025-06-15', release: 'Low Tide', song: 'Low Tide', upc: B, isrc: 'QZK6J2500002', streams: 70, earned: '0.70' },
  ]);
  const distrokid = writeDistroKid(store.dir, 'distrokid-2025-06.tsv', [
    { reporting: '2025-06-05', saleMonth: '2025-04', store: 'Spotify', title: 'Dry Dock', isrc: 'QZK6J2500003', upc: C, qty: 2000, earnings: '20.00' },
    { reporting: '2025-06-05', saleMonth: '2025-04', store: 'Spotify', title: 'Bilge', isrc: 'QZK6J2500004', upc: C, qty: 1000, earnings: '10.00' },
    { reporting: '2025-06-05', saleMonth: '2025-05', store: 'Spotify', title: 'Dry Dock', isrc: 'QZK6J2500003', upc: C, qty: 3000, earnings: '30.00' },
    { reporting: '2025-06-05', saleMonth: '2025-05', store: 'Spotify', title: 'Bilge', isrc: 'QZK6J2500004', upc: '', qty: 100, earnings: '1.00' },
  ]);
  for (const path of [tunecore, distrokid]) expect((await importFile(store.db, path)).status).toBe('imported');
  reader = openReaderStore(`${store.dir}/store.sqlite`);
});
afterAll(() => {
  reader.close();
  store.cleanup();
});

const releaseNamed = (result: ReleaseComparison, title: string) => result.releases.find((r) => r.title === title)!;

describe('release comparison', () => {
  it('picks the most recently released first, each from its first sale day', () => {
    const result = compare({});
    // The statements reach 31 May 2025, the end of DistroKid's May.
    expect(result).toMatchObject({ baseCurrency: 'USD', dataThrough: '2025-05-31', releaseDay: 'firstSaleDay', marks: [7, 30, 90] });
    expect(result.releases.map((r) => [r.title, r.releaseDay, r.upc])).toEqual([
      ['Low Tide', '2025-04-10', gtin(B)],
      [DRY_DOCK, '2025-04-01', gtin(C)],
      ['First Light', '2025-03-01', gtin(A)],
    ]);
    expect(compare({ latest: 2 }).releases.map((r) => r.title)).toEqual(['Low Tide', DRY_DOCK]);
    expect(compare({ releaseIds: [releaseNamed(result, 'First Light').releaseId] }).releases.map((r) => r.title)).toEqual(['First Light']);
  });

  it('adds up daily statements exactly at 7, 30 and 90 days', () => {
    const firstLight = releaseNamed(compare({}), 'First Light');
    expect(firstLight).toMatchObject({ artist: 'Night Ferry', revenue: '10.00000000', streams: 1000 });
    expect(firstLight.marks).toEqual([
      // through 7 March: the 1st and the 5th
      { days: 7, status: 'complete', revenue: '3.00000000', streams: 300, spread: false },
      // through 30 March: and the 20th
      { days: 30, status: 'complete', revenue: '6.00000000', streams: 600, spread: false },
      // through 29 May: and 15 May
      { days: 90, status: 'complete', revenue: '10.00000000', streams: 1000, spread: false },
    ]);
  });

  it('marks what the statements do not reach yet as incomplete, not zero', () => {
    const lowTide = releaseNamed(compare({}), 'Low Tide');
    // day 30 is 9 May (before the 20 May sale); day 90 would be 8 July, after 31 May
    expect(lowTide.marks).toEqual([
      { days: 7, status: 'complete', revenue: '0.50000000', streams: 50, spread: false },
      { days: 30, status: 'complete', revenue: '0.50000000', streams: 50, spread: false },
      { days: 90, status: 'incomplete', revenue: null, streams: null, spread: false },
    ]);
  });

  it('spreads a monthly statement over its days and finds songs reported without the UPC', () => {
    const dryDock = releaseNamed(compare({}), DRY_DOCK);
    // April 30.00 and 3,000 streams over 30 days; May 31.00 (Bilge's UPC-less line included)
    expect(dryDock).toMatchObject({ releaseDay: '2025-04-01', revenue: '61.00000000', streams: 6100 });
    expect(dryDock.marks).toEqual([
      { days: 7, status: 'complete', revenue: '7.00000000', streams: 700, spread: true },
      { days: 30, status: 'complete', revenue: '30.00000000', streams: 3000, spread: false },
      { days: 90, status: 'incomplete', revenue: null, streams: null, spread: false },
    ]);
  });

  it('draws aligned curves up to where the statements stop', () => {
    const result = compare({ curveStepDays: 7, curveDays: 28 });
    expect(releaseNamed(result, 'First Light').curve.map((p) => [p.days, p.revenue])).toEqual([
      [7, '3.00000000'], [14, '3.00000000'], [21, '6.00000000'], [28, '6.00000000'],
    ]);
    // Dry Dock through day 61 (31 May) is 61.00; day 63 would pass the statements
    expect(releaseNamed(compare({ curveStepDays: 61, curveDays: 200 }), DRY_DOCK).curve.map((p) => [p.days, p.revenue, p.spread])).toEqual([
      [61, '61.00000000', false],
    ]);
  });

  it('refuses a curve step longer than the curve, naming the field', () => {
    const parsed = ReleaseComparisonRequest.safeParse({ curveStepDays: 30, curveDays: 7 });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]).toMatchObject({ path: ['curveStepDays'], message: 'the curve step is longer than the curve' });
  });
});
