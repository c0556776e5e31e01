import { DEMO_TERRITORIES } from '../../src/main/demo/demo-markets';
import { calendarMonthOf, type MonthIndex } from '../../src/main/demo/demo-calendar';

/**
 * Where the benchmark label sells: 15 stores that are 15 distinct platforms in the app's catalogue
 * (each spelled as DistroKid and as TuneCore spell it), 100 territories, and monthly EUR and GBP
 * rates. Line shares are per statement line, not per stream: a small store still prints a line
 * for every recording and country it played in, so the long tail is flatter than listening is.
 */
export type BenchSaleKind = 'stream' | 'ugc' | 'download';

export interface BenchStore {
  distroKid: string;
  tuneCore: string;
  kind: BenchSaleKind;
  lineShare: number;
  /** USD per stream, or per track download. */
  unitRate: number;
  /** USD per album download, on download stores. */
  albumRate?: number;
  /** Only these territories, for regional stores. */
  territories?: readonly string[];
  /** Months between a sale and the DistroKid statement that reports it. */
  reportingLag: 1 | 2;
}

export const BENCH_STORES: readonly BenchStore[] = [
  { distroKid: 'Spotify', tuneCore: 'Spotify', kind: 'stream', lineShare: 0.3, unitRate: 0.0032, reportingLag: 1 },
  { distroKid: 'Apple Music', tuneCore: 'Apple Music', kind: 'stream', lineShare: 0.14, unitRate: 0.0068, reportingLag: 1 },
  { distroKid: 'Amazon Unlimited', tuneCore: 'Amazon Music', kind: 'stream', lineShare: 0.07, unitRate: 0.0048, reportingLag: 1 },
  { distroKid: 'YouTube (Red)', tuneCore: 'YouTube Music', kind: 'stream', lineShare: 0.07, unitRate: 0.0047, reportingLag: 1 },
  { distroKid: 'YouTube (Audio Tier)', tuneCore: 'YouTube UGC', kind: 'ugc', lineShare: 0.08, unitRate: 0.0006, reportingLag: 2 },
  { distroKid: 'Deezer', tuneCore: 'Deezer', kind: 'stream', lineShare: 0.06, unitRate: 0.0041, reportingLag: 1 },
  { distroKid: 'Tidal', tuneCore: 'TIDAL', kind: 'stream', lineShare: 0.035, unitRate: 0.0094, reportingLag: 2 },
  { distroKid: 'TikTok', tuneCore: 'TikTok', kind: 'ugc', lineShare: 0.06, unitRate: 0.00034, reportingLag: 2 },
  { distroKid: 'Facebook', tuneCore: 'Facebook / Instagram', kind: 'ugc', lineShare: 0.04, unitRate: 0.00071, reportingLag: 2 },
  { distroKid: 'Pandora', tuneCore: 'Pandora', kind: 'stream', lineShare: 0.015, unitRate: 0.0016, territories: ['US'], reportingLag: 2 },
  { distroKid: 'SoundCloud', tuneCore: 'SoundCloud', kind: 'stream', lineShare: 0.03, unitRate: 0.0026, reportingLag: 1 },
  { distroKid: 'Napster', tuneCore: 'Napster', kind: 'stream', lineShare: 0.02, unitRate: 0.0085, reportingLag: 2 },
  {
    distroKid: 'Anghami', tuneCore: 'Anghami', kind: 'stream', lineShare: 0.015, unitRate: 0.0009,
    territories: ['AE', 'SA', 'EG', 'IL'], reportingLag: 2,
  },
  { distroKid: 'iTunes', tuneCore: 'iTunes', kind: 'download', lineShare: 0.04, unitRate: 0.69, albumRate: 6.93, reportingLag: 1 },
  {
    distroKid: 'Amazon (Downloads)', tuneCore: 'Amazon MP3', kind: 'download', lineShare: 0.02, unitRate: 0.62, albumRate: 6.2,
    reportingLag: 1,
  },
];

export type BenchCurrency = 'USD' | 'EUR' | 'GBP';

export interface BenchTerritory {
  code: string;
  lineShare: number;
  /** Per-stream pay relative to the US. */
  rateFactor: number;
  /** What the label's TuneCore account is paid in for sales there. */
  currency: BenchCurrency;
}

export const TERRITORY_COUNT = 100;

/**
 * The demo's 54 markets with their shares flattened to line shares, then the next codes of the
 * reference list as a thin tail, up to 100.
 */
export function benchTerritories(referenceCodes: readonly string[]): BenchTerritory[] {
  const known: BenchTerritory[] = DEMO_TERRITORIES.map((t) => ({
    code: t.code,
    lineShare: Math.sqrt(t.share),
    rateFactor: t.rateFactor,
    currency: t.localCurrency ?? 'USD',
  }));
  const taken = new Set(known.map((t) => t.code));
  const tail = referenceCodes
    .filter((code) => !taken.has(code) && code !== 'ZZ' && code !== 'WW')
    .slice(0, TERRITORY_COUNT - known.length)
    .map((code) => ({ code, lineShare: 0.03, rateFactor: 0.4, currency: 'USD' as const }));
  const all = [...known, ...tail];
  if (all.length !== TERRITORY_COUNT) throw new Error(`the reference list gives ${all.length} territories, not ${TERRITORY_COUNT}`);
  return all;
}

/**
 * 1 EUR and 1 GBP in USD for a month, 4 decimals: a slow seasonal drift around plausible levels,
 * fixed by the month alone so every run and both engines see the same rates.
 */
export function monthlyRates(month: MonthIndex): { EUR: string; GBP: string } {
  const wave = [0, 3, 5, 6, 5, 3, 0, -3, -5, -6, -5, -3][calendarMonthOf(month) - 1]!;
  const trend = (month % 37) - 18;
  const text = (tenThousandths: number) => `${Math.floor(tenThousandths / 10_000)}.${String(tenThousandths % 10_000).padStart(4, '0')}`;
  return { EUR: text(10_850 + wave * 40 + trend * 15), GBP: text(12_650 + wave * 30 - trend * 12) };
}
