/**
 * Where the demo label's music sells and what it pays. Shares and rates are rough public
 * ballparks, chosen so that dashboards show the familiar shapes: Spotify biggest by volume,
 * Apple and TIDAL paying more per stream, the US and the Nordics paying more than India or Brazil.
 */

export type StoreKind = 'stream' | 'ugc' | 'download';

export interface DemoStore {
  /** How each distributor spells the store; null where the distributor does not deliver to it. */
  distroKidName: string | null;
  tuneCoreName: string | null;
  kind: StoreKind;
  /** Share of a recording's streams (stream and ugc stores) or downloads (download stores). */
  share: number;
  /** USD per stream, or per track download. */
  unitRate: number;
  /** USD per album download, on download stores. */
  albumRate?: number;
  /** Only these territories, when the store is regional. */
  territories?: readonly string[];
  /** Share of DistroKid lines this store reports without a country (`OU`). */
  unknownCountryShare?: number;
  /** Months between a sale and the statement that carries it on DistroKid. */
  reportingLag: 1 | 2;
}

export const DEMO_STORES: readonly DemoStore[] = [
  { distroKidName: 'Spotify', tuneCoreName: 'Spotify', kind: 'stream', share: 0.5, unitRate: 0.0032, reportingLag: 1 },
  { distroKidName: 'Apple Music', tuneCoreName: 'Apple Music', kind: 'stream', share: 0.14, unitRate: 0.0068, reportingLag: 1 },
  { distroKidName: 'Amazon Unlimited', tuneCoreName: 'Amazon Music', kind: 'stream', share: 0.05, unitRate: 0.0052, reportingLag: 1 },
  { distroKidName: 'Amazon Prime', tuneCoreName: null, kind: 'stream', share: 0.03, unitRate: 0.0031, reportingLag: 1 },
  {
    distroKidName: 'YouTube (Red)', tuneCoreName: 'YouTube Music', kind: 'stream', share: 0.06, unitRate: 0.0047,
    unknownCountryShare: 0.04, reportingLag: 1,
  },
  { distroKidName: 'Deezer', tuneCoreName: 'Deezer', kind: 'stream', share: 0.04, unitRate: 0.0041, reportingLag: 1 },
  { distroKidName: 'Tidal', tuneCoreName: 'TIDAL', kind: 'stream', share: 0.015, unitRate: 0.0094, reportingLag: 2 },
  {
    distroKidName: 'TikTok', tuneCoreName: 'TikTok', kind: 'ugc', share: 0.06, unitRate: 0.00034,
    unknownCountryShare: 0.08, reportingLag: 2,
  },
  { distroKidName: 'Pandora', tuneCoreName: 'Pandora', kind: 'stream', share: 0.035, unitRate: 0.0016, territories: ['US'], reportingLag: 2 },
  {
    distroKidName: 'Facebook', tuneCoreName: 'Facebook / Instagram', kind: 'ugc', share: 0.02, unitRate: 0.00071,
    unknownCountryShare: 0.06, reportingLag: 2,
  },
  { distroKidName: 'Napster', tuneCoreName: null, kind: 'stream', share: 0.006, unitRate: 0.0085, reportingLag: 2 },
  { distroKidName: 'SoundCloud', tuneCoreName: null, kind: 'stream', share: 0.015, unitRate: 0.0026, reportingLag: 1 },
  {
    distroKidName: 'Anghami', tuneCoreName: 'Anghami', kind: 'stream', share: 0.01, unitRate: 0.0009,
    territories: ['AE', 'SA', 'EG', 'IL'], reportingLag: 2,
  },
  { distroKidName: 'iTunes', tuneCoreName: 'iTunes', kind: 'download', share: 0.7, unitRate: 0.69, albumRate: 6.93, reportingLag: 1 },
  {
    distroKidName: 'Amazon (Downloads)', tuneCoreName: 'Amazon MP3', kind: 'download', share: 0.3, unitRate: 0.62,
    albumRate: 6.2, reportingLag: 1,
  },
];

export interface DemoTerritory {
  code: string;
  /** Share of listening. */
  share: number;
  /** Per-stream pay relative to the US. */
  rateFactor: number;
  /** The store's own currency on TuneCore lines, when it is not USD. */
  localCurrency?: 'EUR' | 'GBP';
}

const EUR = 'EUR' as const;

export const DEMO_TERRITORIES: readonly DemoTerritory[] = [
  { code: 'US', share: 0.3, rateFactor: 1 },
  { code: 'GB', share: 0.07, rateFactor: 0.95, localCurrency: 'GBP' },
  { code: 'DE', share: 0.07, rateFactor: 0.92, localCurrency: EUR },
  { code: 'FR', share: 0.04, rateFactor: 0.88, localCurrency: EUR },
  { code: 'CA', share: 0.035, rateFactor: 0.85 },
  { code: 'AU', share: 0.03, rateFactor: 0.9 },
  { code: 'NL', share: 0.025, rateFactor: 0.95, localCurrency: EUR },
  { code: 'SE', share: 0.025, rateFactor: 0.95 },
  { code: 'NO', share: 0.012, rateFactor: 1.25 },
  { code: 'DK', share: 0.01, rateFactor: 1.15 },
  { code: 'FI', share: 0.012, rateFactor: 1, localCurrency: EUR },
  { code: 'BR', share: 0.04, rateFactor: 0.3 },
  { code: 'MX', share: 0.035, rateFactor: 0.35 },
  { code: 'JP', share: 0.02, rateFactor: 0.9 },
  { code: 'IT', share: 0.02, rateFactor: 0.78, localCurrency: EUR },
  { code: 'ES', share: 0.025, rateFactor: 0.72, localCurrency: EUR },
  { code: 'PL', share: 0.015, rateFactor: 0.55 },
  { code: 'BE', share: 0.01, rateFactor: 0.9, localCurrency: EUR },
  { code: 'AT', share: 0.008, rateFactor: 0.95, localCurrency: EUR },
  { code: 'CH', share: 0.008, rateFactor: 1.3 },
  { code: 'IE', share: 0.007, rateFactor: 0.95, localCurrency: EUR },
  { code: 'NZ', share: 0.006, rateFactor: 0.88 },
  { code: 'PT', share: 0.006, rateFactor: 0.6, localCurrency: EUR },
  { code: 'CZ', share: 0.005, rateFactor: 0.55 },
  { code: 'TR', share: 0.012, rateFactor: 0.2 },
  { code: 'IN', share: 0.03, rateFactor: 0.12 },
  { code: 'ID', share: 0.018, rateFactor: 0.2 },
  { code: 'PH', share: 0.02, rateFactor: 0.2 },
  { code: 'ZA', share: 0.006, rateFactor: 0.35 },
  { code: 'AR', share: 0.015, rateFactor: 0.18 },
  { code: 'CL', share: 0.01, rateFactor: 0.4 },
  { code: 'CO', share: 0.012, rateFactor: 0.3 },
  { code: 'PE', share: 0.006, rateFactor: 0.3 },
  { code: 'KR', share: 0.006, rateFactor: 0.7 },
  { code: 'SG', share: 0.005, rateFactor: 0.75 },
  { code: 'MY', share: 0.005, rateFactor: 0.35 },
  { code: 'TH', share: 0.006, rateFactor: 0.3 },
  { code: 'VN', share: 0.006, rateFactor: 0.2 },
  { code: 'HK', share: 0.004, rateFactor: 0.7 },
  { code: 'TW', share: 0.005, rateFactor: 0.6 },
  { code: 'HU', share: 0.004, rateFactor: 0.5 },
  { code: 'RO', share: 0.005, rateFactor: 0.45 },
  { code: 'GR', share: 0.004, rateFactor: 0.6, localCurrency: EUR },
  { code: 'SK', share: 0.003, rateFactor: 0.55, localCurrency: EUR },
  { code: 'HR', share: 0.002, rateFactor: 0.55, localCurrency: EUR },
  { code: 'EE', share: 0.002, rateFactor: 0.6, localCurrency: EUR },
  { code: 'LT', share: 0.002, rateFactor: 0.55, localCurrency: EUR },
  { code: 'LV', share: 0.002, rateFactor: 0.55, localCurrency: EUR },
  { code: 'IS', share: 0.001, rateFactor: 1.1 },
  { code: 'IL', share: 0.004, rateFactor: 0.75 },
  { code: 'AE', share: 0.004, rateFactor: 0.6 },
  { code: 'SA', share: 0.004, rateFactor: 0.55 },
  { code: 'EG', share: 0.004, rateFactor: 0.15 },
  { code: 'NG', share: 0.005, rateFactor: 0.15 },
];

/** DistroKid's country code for sales it cannot place. */
export const UNKNOWN_COUNTRY = 'OU';
export const UNKNOWN_COUNTRY_RATE_FACTOR = 0.5;
