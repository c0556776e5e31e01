import { z } from 'zod';

/**
 * What the UI asks the engine for. The renderer never sends SQL: it sends this spec, the core
 * validates it and compiles it to parameterised SQL for the active dialect.
 */

/** perStreamRate: streaming revenue per 1,000 streams, in the base currency. */
export const METRICS = ['quantity', 'streams', 'downloads', 'revenue', 'perStreamRate', 'lines'] as const;
export const Metric = z.enum(METRICS);
export type Metric = z.infer<typeof Metric>;

export const TIME_DIMENSIONS = ['day', 'month', 'quarter', 'year'] as const;
export const ENTITY_DIMENSIONS = ['platform', 'territory', 'artist', 'release', 'recording', 'saleType', 'currency', 'importBatch'] as const;
export const Dimension = z.enum([...TIME_DIMENSIONS, ...ENTITY_DIMENSIONS]);
export type Dimension = z.infer<typeof Dimension>;

export const FilterField = z.enum(ENTITY_DIMENSIONS);
export type FilterField = z.infer<typeof FilterField>;

const FilterValue = z.union([z.string().max(500), z.number().finite()]);

export const FieldFilter = z.discriminatedUnion('op', [
  z.object({
    field: FilterField,
    op: z.enum(['equals', 'notEquals', 'in', 'notIn']),
    values: z.array(FilterValue).min(1).max(10_000),
  }),
  /** Whether the line names one at all: release-level sales name no recording. */
  z.object({ field: FilterField, op: z.enum(['exists', 'notExists']) }),
]);
export type FieldFilter = z.infer<typeof FieldFilter>;

export const TIME_PRESETS = ['last7d', 'last30d', 'last90d', 'last12m', 'ytd', 'all'] as const;
export const TimePreset = z.enum(TIME_PRESETS);
export type TimePreset = z.infer<typeof TimePreset>;

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

export const TimeRange = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('preset'), preset: TimePreset }),
  z.object({ kind: z.literal('absolute'), from: IsoDay, to: IsoDay }).refine((r) => r.from <= r.to, {
    message: 'the range ends before it starts',
    path: ['to'],
  }),
]);
export type TimeRange = z.infer<typeof TimeRange>;

export const DateBasis = z.enum(['sale', 'reporting']);
export type DateBasis = z.infer<typeof DateBasis>;

export const Comparison = z.enum(['previousPeriod', 'samePeriodLastYear']);
export type Comparison = z.infer<typeof Comparison>;

export const QuerySpec = z
  .object({
    metrics: z.array(Metric).min(1).max(8),
    dimensions: z.array(Dimension).max(2).default([]),
    filters: z.array(FieldFilter).max(20).default([]),
    timeRange: TimeRange.default({ kind: 'preset', preset: 'all' }),
    dateBasis: DateBasis.default('sale'),
    comparison: Comparison.optional(),
    sort: z
      .object({ by: z.union([Metric, Dimension]), direction: z.enum(['asc', 'desc']).default('desc') })
      .optional(),
    limit: z.number().int().min(1).max(100_000).optional(),
    offset: z.number().int().min(0).default(0),
  })
  .strict()
  .refine((s) => new Set(s.dimensions).size === s.dimensions.length, {
    message: 'a dimension is listed twice',
    path: ['dimensions'],
  })
  .refine((s) => !s.sort || s.metrics.includes(s.sort.by as Metric) || s.dimensions.includes(s.sort.by as Dimension), {
    message: 'sort.by must be one of the requested metrics or dimensions',
    path: ['sort', 'by'],
  });
export type QuerySpec = z.infer<typeof QuerySpec>;
export type QuerySpecInput = z.input<typeof QuerySpec>;

export const ColumnType = z.enum(['text', 'integer', 'decimal', 'date']);

export const ResultColumn = z.object({
  name: z.string(),
  label: z.string(),
  type: ColumnType,
});
export type ResultColumn = z.infer<typeof ResultColumn>;

/** Cells are strings for money (exact decimals), numbers for counts, strings for labels. */
export const Cell = z.union([z.string(), z.number(), z.null()]);
export type Cell = z.infer<typeof Cell>;

export const QueryResult = z.object({
  columns: z.array(ResultColumn),
  rows: z.array(z.array(Cell)),
  /** The resolved time window, so the UI can say what "last 30 days" meant. */
  range: z.object({ from: IsoDay, to: IsoDay }).nullable(),
  comparison: z
    .object({
      range: z.object({ from: IsoDay, to: IsoDay }),
      /** Same shape as rows; present only for queries without dimensions. */
      rows: z.array(z.array(Cell)),
    })
    .optional(),
  totalRows: z.number().int(),
  baseCurrency: z.string(),
  elapsedMs: z.number(),
});
export type QueryResult = z.infer<typeof QueryResult>;
