import type { SaleType } from '../catalogue/platform-catalogue';
import type { DayRange } from '../../shared/period/sale-period';

/** One statement line as a format reads it, before catalogue matching. */
export interface StatementLineDraft {
  sale: DayRange;
  reportingDay: number | null;
  platform: string;
  territory: string;
  artist: string;
  /** Set on release-level lines (albums) and when the line names its release. */
  releaseTitle: string | null;
  /** The recording's title; null on release-level lines. */
  recordingTitle: string | null;
  isrc: string | null;
  upc: string | null;
  /** null: the platform's usual kind of sale. */
  saleType: SaleType | null;
  quantity: number;
  currency: string;
  /** Earned amount in 1e-16 units of `currency`. */
  amount: bigint;
  /** Other columns worth keeping (gross, fees, percentages), as printed. */
  extra: Record<string, string>;
}

/** A line that is not a sale and is skipped on purpose (totals rows, payouts). */
export const SKIP_LINE = Symbol('skip-line');

/** A line that cannot be read: the reason names the column and what was wrong with it. */
export class LineRejection extends Error {}

export const GAUGE_METRICS = [
  'listeners', 'monthly_listeners', 'monthly_active_listeners', 'super_listeners',
  'streams', 'followers', 'saves', 'playlist_adds',
] as const;
export type GaugeMetric = (typeof GAUGE_METRICS)[number];

/**
 * An audience figure from an analytics export (Spotify for Artists): listeners, followers, saves.
 * Not additive across days or tracks, so it is stored apart from sales and never summed.
 */
export interface GaugeReading {
  /** yyyymmdd; null when the file covers a window without dates (a "songs, last 28 days" export). */
  day: number | null;
  /** The window the figure covers when the file says so ('28days', '1year'); null for daily rows. */
  window: string | null;
  subjectKind: 'artist' | 'recording' | 'playlist';
  /** The artist, track or playlist as printed. */
  subject: string;
  isrc: string | null;
  metric: GaugeMetric;
  value: number;
}
