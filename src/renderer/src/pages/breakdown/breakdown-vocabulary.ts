import type { Dimension, Metric } from '../../../../shared/query/query-spec';
import { isTimeDimension as isTimeName } from '../../../../shared/query/spec-vocabulary';

/** What a breakdown can measure, in the words of the label's world, in the order the picker lists them. */
export const METRIC_CHOICES: readonly { value: Metric; label: string }[] = [
  { value: 'revenue', label: 'Revenue' },
  { value: 'streams', label: 'Streams' },
  { value: 'quantity', label: 'Units' },
  { value: 'downloads', label: 'Downloads' },
  { value: 'perStreamRate', label: 'Per 1,000 streams' },
  { value: 'lines', label: 'Statement lines' },
  { value: 'distinctRecordings', label: 'Recordings earning' },
  { value: 'distinctReleases', label: 'Releases earning' },
  { value: 'distinctTerritories', label: 'Territories earning' },
  { value: 'distinctPlatforms', label: 'Platforms paying' },
];

interface DimensionWords {
  label: string;
  plural: string;
}

const DIMENSION_WORDS: Record<Dimension, DimensionWords> = {
  platform: { label: 'Platform', plural: 'platforms' },
  territory: { label: 'Territory', plural: 'territories' },
  artist: { label: 'Artist', plural: 'artists' },
  release: { label: 'Release', plural: 'releases' },
  recording: { label: 'Recording', plural: 'recordings' },
  saleType: { label: 'Sale type', plural: 'sale types' },
  currency: { label: 'Currency', plural: 'currencies' },
  importBatch: { label: 'Statement file', plural: 'statement files' },
  label: { label: 'Record label', plural: 'record labels' },
  day: { label: 'Day', plural: 'days' },
  week: { label: 'Week', plural: 'weeks' },
  month: { label: 'Month', plural: 'months' },
  quarter: { label: 'Quarter', plural: 'quarters' },
  year: { label: 'Year', plural: 'years' },
};

/** Entity dimensions first (what people break money down by most), then time from fine to coarse. */
export const DIMENSION_CHOICES: readonly { value: Dimension; label: string }[] = (
  ['platform', 'territory', 'artist', 'release', 'recording', 'label', 'saleType', 'currency', 'importBatch', 'day', 'week', 'month', 'quarter', 'year'] as const
).map((value) => ({ value, label: DIMENSION_WORDS[value].label }));

export function metricLabel(metric: Metric): string {
  return METRIC_CHOICES.find((choice) => choice.value === metric)?.label ?? metric;
}

export function dimensionLabel(dimension: Dimension): string {
  return DIMENSION_WORDS[dimension].label;
}

export function dimensionPlural(dimension: Dimension): string {
  return DIMENSION_WORDS[dimension].plural;
}

export function isTimeDimension(dimension: Dimension): boolean {
  return isTimeName(dimension);
}

/** The column the engine names after each metric. */
export const METRIC_COLUMNS: Record<Metric, string> = {
  quantity: 'quantity',
  streams: 'streams',
  downloads: 'downloads',
  revenue: 'revenue',
  perStreamRate: 'per_stream_rate',
  lines: 'lines',
  distinctRecordings: 'distinct_recordings',
  distinctReleases: 'distinct_releases',
  distinctTerritories: 'distinct_territories',
  distinctPlatforms: 'distinct_platforms',
  unconvertedLines: 'unconverted_lines',
};

/** Money and counts add up across rows; a rate, or how many different members earned, does not. */
export function isAdditive(metric: Metric): boolean {
  return metric !== 'perStreamRate' && !metric.startsWith('distinct');
}

/** The column whose text names a dimension's members for people. */
const LABEL_COLUMNS: Record<Dimension, string> = {
  platform: 'platform',
  territory: 'territory_name',
  artist: 'artist',
  release: 'release',
  recording: 'recording',
  saleType: 'sale_type',
  currency: 'currency',
  importBatch: 'statement',
  label: 'label',
  day: 'day',
  week: 'week',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
};

/** Columns a click on a header may sort by: the engine sorts by dimensions and metrics only. */
const SORT_COLUMNS: Record<string, Dimension> = {
  platform: 'platform',
  territory: 'territory',
  territory_name: 'territory',
  artist: 'artist',
  release: 'release',
  recording: 'recording',
  sale_type: 'saleType',
  currency: 'currency',
  statement: 'importBatch',
  label: 'label',
  day: 'day',
  week: 'week',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
};

export function labelColumnName(dimension: Dimension): string {
  return LABEL_COLUMNS[dimension];
}

const LABEL_COLUMN_NAMES: ReadonlySet<string> = new Set(Object.values(LABEL_COLUMNS));

/** Whether a column names the members of a dimension (an artist, a release…) rather than a figure or a code. */
export function isLabelColumn(columnName: string): boolean {
  return LABEL_COLUMN_NAMES.has(columnName);
}

/** The dimension or metric a column sorts by in the spec, or null when the engine cannot sort by it. */
export function sortKeyOfColumn(columnName: string, dimensions: readonly Dimension[], metric: Metric): Dimension | Metric | null {
  if (columnName === METRIC_COLUMNS[metric]) return metric;
  const dimension = SORT_COLUMNS[columnName];
  return dimension && dimensions.includes(dimension) ? dimension : null;
}

/** Counts read best largest first; periods read in calendar order. */
export function defaultSortFor(dimensions: readonly Dimension[], metric: Metric): { by: Dimension | Metric; direction: 'asc' | 'desc' } {
  const first = dimensions[0];
  if (first && isTimeDimension(first)) return { by: first, direction: 'asc' };
  return { by: metric, direction: 'desc' };
}
