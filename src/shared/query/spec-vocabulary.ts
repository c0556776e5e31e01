/**
 * The words a query spec may use. Plain lists, free of zod, so both the spec's schema and the
 * filter rules can build on them without importing each other.
 */

/**
 * Sales metrics, summed (or counted) over statement lines. perStreamRate: streaming revenue per
 * 1,000 streams, in the base currency. The distinct counts say how many different recordings,
 * releases, territories or platforms earned within a group. unconvertedLines: the group's lines no FX
 * rate converts yet, which its revenue leaves out.
 */
export const METRICS = [
  'quantity', 'streams', 'downloads', 'revenue', 'perStreamRate', 'lines',
  'distinctRecordings', 'distinctReleases', 'distinctTerritories', 'distinctPlatforms', 'unconvertedLines',
] as const;
export type Metric = (typeof METRICS)[number];

/**
 * Audience figures read from analytics exports (Spotify for Artists), as the spec names them.
 * They are readings, not sales: a day's figure is never added to another day's.
 */
export const GAUGES = [
  'listeners', 'monthlyListeners', 'monthlyActiveListeners', 'superListeners', 'streams', 'followers', 'saves', 'playlistAdds',
] as const;
export type Gauge = (typeof GAUGES)[number];

/** How a gauge's daily readings become one figure per group: the latest day's, their mean, their peak. */
export const GAUGE_AGGREGATES = ['last', 'average', 'max'] as const;
export type GaugeAggregate = (typeof GAUGE_AGGREGATES)[number];

/** A gauge metric in a spec: `listeners.last`, `followers.max`. */
export type GaugeMetric = `${Gauge}.${GaugeAggregate}`;

export const TIME_DIMENSIONS = ['day', 'week', 'month', 'quarter', 'year'] as const;
/** `label`: the record label a statement line names, as printed (DistroKid and CD Baby statements name none). */
export const ENTITY_DIMENSIONS = ['platform', 'territory', 'artist', 'release', 'recording', 'saleType', 'currency', 'importBatch', 'label'] as const;
export type TimeDimension = (typeof TIME_DIMENSIONS)[number];
export type EntityDimension = (typeof ENTITY_DIMENSIONS)[number];
export type Dimension = TimeDimension | EntityDimension;

export function isGaugeMetric(metric: string): metric is GaugeMetric {
  const [gauge, aggregate, ...rest] = metric.split('.');
  return rest.length === 0 && (GAUGES as readonly string[]).includes(gauge ?? '') && (GAUGE_AGGREGATES as readonly string[]).includes(aggregate ?? '');
}

export function isTimeDimension(dimension: string): dimension is TimeDimension {
  return (TIME_DIMENSIONS as readonly string[]).includes(dimension);
}

export function isEntityDimension(dimension: string): dimension is EntityDimension {
  return (ENTITY_DIMENSIONS as readonly string[]).includes(dimension);
}
