import { z } from 'zod';
import { FILTER_FIELD_RULES, FilterEntry, groupMembers, isCondition, type FilterNode } from './filter-spec';
import {
  ENTITY_DIMENSIONS, GAUGE_AGGREGATES, GAUGES, isEntityDimension, isGaugeMetric, isTimeDimension, METRICS, TIME_DIMENSIONS, type GaugeMetric,
} from './spec-vocabulary';

/**
 * What the UI asks the engine for. The renderer never sends SQL: it sends this spec, the core
 * validates it and compiles it to parameterised SQL for the active dialect.
 */

export { ENTITY_DIMENSIONS, GAUGE_AGGREGATES, GAUGES, METRICS, TIME_DIMENSIONS } from './spec-vocabulary';
export type { EntityDimension, Gauge, GaugeAggregate, GaugeMetric, TimeDimension } from './spec-vocabulary';
export { FilterCondition, FilterEntry } from './filter-spec';
export type { ConditionField, FieldFilter, FilterNode, FilterOp } from './filter-spec';

export const Metric = z.enum(METRICS);
export type Metric = z.infer<typeof Metric>;

/** `listeners.last`, `followers.max`: a gauge and how its daily readings become one figure. */
export const GaugeMetricName = z.templateLiteral([z.enum(GAUGES), '.', z.enum(GAUGE_AGGREGATES)]);

/** Anything a spec may ask for: a sales metric or a gauge; one query asks for one kind only. */
export const SpecMetric = z.union([Metric, GaugeMetricName], {
  error: `expected a metric (${METRICS.join(', ')}) or a gauge as <gauge>.<${GAUGE_AGGREGATES.join('|')}> with a gauge among ${GAUGES.join(', ')}`,
});
export type SpecMetric = Metric | GaugeMetric;

export const Dimension = z.enum([...TIME_DIMENSIONS, ...ENTITY_DIMENSIONS]);
export type Dimension = z.infer<typeof Dimension>;

/** The fields a drill-down filters by: each entity dimension, by id or code. */
export const FilterField = z.enum(ENTITY_DIMENSIONS);
export type FilterField = z.infer<typeof FilterField>;

export const TIME_PRESETS = ['last7d', 'last30d', 'last90d', 'last12m', 'ytd', 'all'] as const;
export const TimePreset = z.enum(TIME_PRESETS);
export type TimePreset = z.infer<typeof TimePreset>;

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

export const RELATIVE_UNITS = ['day', 'week', 'month', 'quarter', 'year'] as const;

/**
 * "The last N units". Weeks run Monday to Sunday; months, quarters and years are whole calendar
 * units. `anchor` latestData counts back from the last day with data rather than from today:
 * statements arrive one to three months late, so "the last 12 months of data" is what a label
 * means. `includeCurrent` says whether the unit holding the anchor day counts; by default it does
 * for latestData (that unit is the newest data, and a quarter or year holding it ends with the
 * month of that day) and does not for today (it is still running).
 */
export const RelativeTimeRange = z
  .object({
    kind: z.literal('relative'),
    last: z.number().int().min(1).max(1000),
    unit: z.enum(RELATIVE_UNITS),
    includeCurrent: z.boolean().optional(),
    anchor: z.enum(['today', 'latestData']).optional(),
  })
  .strict();
export type RelativeTimeRange = z.infer<typeof RelativeTimeRange>;

export const TimeRange = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('preset'), preset: TimePreset }),
  z.object({ kind: z.literal('absolute'), from: IsoDay, to: IsoDay }).refine((r) => r.from <= r.to, {
    message: 'the range ends before it starts',
    path: ['to'],
  }),
  RelativeTimeRange,
]);
export type TimeRange = z.infer<typeof TimeRange>;

export const DateBasis = z.enum(['sale', 'reporting']);
export type DateBasis = z.infer<typeof DateBasis>;

export const Comparison = z.enum(['previousPeriod', 'samePeriodLastYear']);
export type Comparison = z.infer<typeof Comparison>;

/** The first n groups by the sort, then one row holding the exact total of all the others. */
export const TopGroups = z
  .object({
    n: z.number().int().min(1).max(1000),
    otherLabel: z.string().min(1).max(100).optional(),
  })
  .strict();
export type TopGroups = z.infer<typeof TopGroups>;

/** Fields a gauge query may filter by: readings belong to a recording (or the artist) and a day. */
const GAUGE_FILTER_FIELDS = new Set(['recording', 'recordingTitle', 'isrc', 'day', 'month', 'year']);

type Issue = { path: (string | number)[]; message: string };

function filterIssues(nodes: readonly FilterNode[], path: (string | number)[], gauges: boolean): Issue[] {
  return nodes.flatMap((node, i): Issue[] => {
    const at = [...path, i];
    if (isCondition(node)) {
      return gauges && !GAUGE_FILTER_FIELDS.has(node.field)
        ? [{ path: [...at, 'field'], message: `gauges are filtered by ${[...GAUGE_FILTER_FIELDS].join(', ')}, not by ${node.field}` }]
        : [];
    }
    const { combine, members } = groupMembers(node);
    const targets = new Set(conditionTargets(members));
    const mixed: Issue[] =
      targets.size > 1 ? [{ path: at, message: 'a group cannot mix totals (revenue, streams…, kept per group) with fields of the lines' }] : [];
    return [...mixed, ...filterIssues(members, [...at, combine], gauges)];
  });
}

function conditionTargets(nodes: readonly FilterNode[]): ('lines' | 'groups')[] {
  return nodes.flatMap((node) => (isCondition(node) ? [FILTER_FIELD_RULES[node.field].appliesTo] : conditionTargets(groupMembers(node).members)));
}

interface SpecShape {
  metrics: readonly string[];
  dimensions: readonly string[];
  filters: readonly FilterNode[];
  sort?: { by: string };
  top?: TopGroups;
}

function specIssues(s: SpecShape): Issue[] {
  const issues: Issue[] = [];
  if (new Set(s.dimensions).size !== s.dimensions.length) issues.push({ path: ['dimensions'], message: 'a dimension is listed twice' });
  if (new Set(s.metrics).size !== s.metrics.length) issues.push({ path: ['metrics'], message: 'a metric is listed twice' });
  if (s.sort && !s.metrics.includes(s.sort.by) && !s.dimensions.includes(s.sort.by)) {
    issues.push({ path: ['sort', 'by'], message: 'sort.by must be one of the requested metrics or dimensions' });
  }
  const gauges = s.metrics.filter(isGaugeMetric);
  if (gauges.length > 0 && gauges.length < s.metrics.length) {
    const sales = s.metrics.find((metric) => !isGaugeMetric(metric));
    issues.push({
      path: ['metrics'],
      message: `audience gauges (${gauges[0]}) and sales metrics (${sales}) cannot be mixed in one query: ask for each in its own`,
    });
  }
  if (gauges.length > 0) {
    s.dimensions.forEach((dimension, i) => {
      if (!isTimeDimension(dimension) && dimension !== 'recording') {
        issues.push({ path: ['dimensions', i], message: `gauges are read by ${TIME_DIMENSIONS.join(', ')} or recording, not by ${dimension}` });
      }
    });
    if (s.top) issues.push({ path: ['top'], message: 'gauges are readings, not sales: they are never added up into an "Others" row' });
  }
  issues.push(...filterIssues(s.filters, ['filters'], gauges.length > 0));
  if (s.top) {
    if (s.dimensions.length !== 1 || !isEntityDimension(s.dimensions[0]!)) {
      issues.push({ path: ['top'], message: `top needs exactly one of the dimensions ${ENTITY_DIMENSIONS.join(', ')}` });
    }
    if (!s.sort || !s.metrics.includes(s.sort.by)) issues.push({ path: ['top'], message: 'top needs a sort by one of the requested metrics' });
  }
  return issues;
}

export const QuerySpec = z
  .object({
    metrics: z.array(SpecMetric).min(1).max(8),
    dimensions: z.array(Dimension).max(2).default([]),
    filters: z.array(FilterEntry).max(20).default([]),
    timeRange: TimeRange.default({ kind: 'preset', preset: 'all' }),
    /** Gauges have one date, the reading's: they are placed by it whatever the basis. */
    dateBasis: DateBasis.default('sale'),
    comparison: Comparison.optional(),
    sort: z.object({ by: z.union([SpecMetric, Dimension]), direction: z.enum(['asc', 'desc']).default('desc') }).optional(),
    top: TopGroups.optional(),
    limit: z.number().int().min(1).max(100_000).optional(),
    offset: z.number().int().min(0).default(0),
  })
  .strict()
  .superRefine((spec, ctx) => {
    for (const issue of specIssues(spec)) ctx.addIssue({ code: 'custom', ...issue });
  });
export type QuerySpec = z.infer<typeof QuerySpec>;
export type QuerySpecInput = z.input<typeof QuerySpec>;

export function isGaugeSpec(spec: Pick<QuerySpec, 'metrics'>): boolean {
  return spec.metrics.some(isGaugeMetric);
}

export const ColumnType = z.enum(['text', 'integer', 'decimal', 'date']);

export const ResultColumn = z.object({
  name: z.string(),
  label: z.string(),
  type: ColumnType,
  /**
   * Not for people: the `<dimension>_key` columns hold the id or code a filter on that dimension
   * takes, so a click can drill into a row. Tables and CSV exports leave them out.
   */
  hidden: z.boolean().optional(),
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
      /**
       * Without dimensions: the comparison window's totals, in the same shape as rows. With
       * dimensions the comparison sits in each row instead, in `<metric>_previous`,
       * `<metric>_change` and `<metric>_growth` columns, and this is empty.
       */
      rows: z.array(z.array(Cell)),
    })
    .optional(),
  /** Groups before any limit (with `top`: how many groups there were in all). */
  totalRows: z.number().int(),
  /** With `top`: where the "Others" row is on this page (null when the page ends before it) and how many groups it holds. */
  others: z.object({ row: z.number().int().nullable(), groups: z.number().int() }).optional(),
  baseCurrency: z.string(),
  elapsedMs: z.number(),
});
export type QueryResult = z.infer<typeof QueryResult>;
