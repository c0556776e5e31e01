import type { SaleType } from '../catalogue/platform-catalogue';
import { splitAmount } from '../../shared/money/exact-amount';
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

/**
 * A statement line as the writer stores it: a draft with its earned amount split into the two
 * stored columns and its other columns as JSON text. Lines read on another thread reach the
 * writer in this form (see line-batch.ts).
 */
export interface PreparedLine extends Omit<StatementLineDraft, 'sale' | 'amount' | 'extra'> {
  line: number;
  saleStart: number;
  saleEnd: number;
  /** The earned amount's stored halves: 1e-8 units, truncated, and the rest in 1e-16 units. */
  amountHi: bigint | number;
  amountLo: bigint | number;
  /** `extra` as JSON; null when there is nothing to keep. */
  extraJson: string | null;
}

export function prepareLine(draft: StatementLineDraft, line: number): PreparedLine {
  const { hi, lo } = splitAmount(draft.amount);
  let extraJson: string | null = null;
  for (const key in draft.extra) {
    if (!Object.hasOwn(draft.extra, key)) continue;
    extraJson = JSON.stringify(draft.extra);
    break;
  }
  return {
    line, saleStart: draft.sale.start, saleEnd: draft.sale.end, reportingDay: draft.reportingDay,
    platform: draft.platform, territory: draft.territory, artist: draft.artist, releaseTitle: draft.releaseTitle,
    recordingTitle: draft.recordingTitle, isrc: draft.isrc, upc: draft.upc, saleType: draft.saleType,
    quantity: draft.quantity, currency: draft.currency, amountHi: hi, amountLo: lo, extraJson,
  };
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
