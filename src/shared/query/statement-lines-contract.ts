import { z } from 'zod';
import { DayText, ExactDecimal } from '../analytics/contract-values';
import { FilterEntry } from './filter-spec';
import { DateBasis, TimeRange } from './query-spec';

/**
 * The statement lines behind a figure: asked with the filters, window and date basis of the query
 * that showed it, so the lines add up to what it showed. A page at a time.
 */
export const StatementLinesRequest = z
  .object({
    filters: z.array(FilterEntry).max(20).default([]),
    timeRange: TimeRange.default({ kind: 'preset', preset: 'all' }),
    dateBasis: DateBasis.default('sale'),
    /** file: statement by statement, in the files' own line order; largest: the largest amounts in the base currency first. */
    order: z.enum(['file', 'largest']).default('file'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type StatementLinesRequest = z.infer<typeof StatementLinesRequest>;
export type StatementLinesRequestInput = z.input<typeof StatementLinesRequest>;

export const StatementLineView = z.object({
  importId: z.number().int(),
  fileName: z.string(),
  /** The line's number in its file, as the file counts them (the header is line 1 of most). */
  line: z.number().int(),
  saleFrom: DayText,
  saleTo: DayText,
  reported: DayText.nullable(),
  platform: z.string(),
  territory: z.string(),
  artist: z.string().nullable(),
  release: z.string().nullable(),
  upc: z.string().nullable(),
  recording: z.string().nullable(),
  isrc: z.string().nullable(),
  saleType: z.string(),
  quantity: z.number().int(),
  currency: z.string(),
  /** Earned, exact, in the line's own currency. */
  amount: ExactDecimal,
  /** Earned in the base currency; null while no FX rate converts the line. */
  base: ExactDecimal.nullable(),
  /** The line's other columns, as printed (gross, fees, percentages…), and what matching noted. */
  kept: z.record(z.string(), z.string()),
});
export type StatementLineView = z.infer<typeof StatementLineView>;

export const StatementLines = z.object({
  /** The window the lines were chosen in; null for all time on an empty store. */
  range: z.object({ from: DayText, to: DayText }).nullable(),
  /** Lines matching, on every page. */
  total: z.number().int(),
  baseCurrency: z.string(),
  lines: z.array(StatementLineView),
  /** Filters on totals (revenue above…) choose groups, not lines, so they were not applied. */
  totalsFiltersSetAside: z.number().int(),
});
export type StatementLines = z.infer<typeof StatementLines>;
