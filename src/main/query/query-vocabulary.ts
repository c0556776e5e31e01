import { NO_ARTIST } from '../../shared/catalogue/no-artist';
import type { DateBasis, Dimension, EntityDimension, Metric } from '../../shared/query/query-spec';
import type { FactSource } from './fact-source';
import type { SqlDialect } from './sql-dialect';

/** How a result cell is turned from SQL values into what the contract promises. */
export type CellShape =
  | 'text' | 'integer' | 'id' | 'money' | 'rate' | 'mean' | 'reading' | 'percent'
  | 'day' | 'week' | 'month' | 'quarter' | 'year';

export interface SelectPart {
  /** SQL expressions selected for this part; money needs two (hi and lo sums). */
  expressions: string[];
  name: string;
  label: string;
  shape: CellShape;
  /** A drill-down key: there for filters, not for people. */
  hidden?: boolean;
}

export interface MetricPart extends SelectPart {
  /** The value sorting on this metric uses (a float is fine: it only orders rows). */
  orderBy: string;
}

/** A dimension grouped and named within one statement, names joined to every line (see `dimensionTerms`). */
export interface DimensionPlan {
  joins: string[];
  groupBy: string[];
  /** The value sorting on this dimension uses. */
  orderBy: string;
  select: SelectPart[];
}

/**
 * How a group's cells reach its names: `key` is its key as the statement sees it, `name` reads a
 * column of a joined naming table (one value per group, however many rows the join meets).
 */
export interface GroupReference {
  key: string;
  name(column: string): string;
}

/**
 * A dimension as two steps: the key lines are grouped by, then the tables that name a group
 * joined on that key, so names can be looked up once per group rather than once per line.
 */
export interface DimensionTerms {
  /** The expression over a line that its group is formed by. */
  key: string;
  /** Joins of the naming tables on an expression holding the group's key; none when the key names itself. */
  joins(key: string): string[];
  select(group: GroupReference): SelectPart[];
  /** The value sorting on this dimension uses. */
  orderBy(group: GroupReference): string;
}

/**
 * The column that identifies an entity on a line, i.e. what a filter on it compares and what its
 * `<dimension>_key` cell holds: ids for catalogue entities, codes for the rest. Nullable ones are
 * absent from some lines (release-level sales name no recording).
 */
export const ENTITY_KEYS: Record<EntityDimension, { column: string; kind: 'id' | 'code'; nullable: boolean; label: string }> = {
  platform: { column: 'f.platform_id', kind: 'id', nullable: false, label: 'Platform' },
  territory: { column: 'f.territory', kind: 'code', nullable: false, label: 'Territory' },
  artist: { column: 'f.artist_id', kind: 'id', nullable: true, label: 'Artist' },
  release: { column: 'f.release_id', kind: 'id', nullable: true, label: 'Release' },
  recording: { column: 'f.recording_id', kind: 'id', nullable: true, label: 'Recording' },
  saleType: { column: 'f.sale_type', kind: 'code', nullable: false, label: 'Sale type' },
  currency: { column: 'f.currency', kind: 'code', nullable: false, label: 'Currency' },
  importBatch: { column: 'f.import_id', kind: 'id', nullable: false, label: 'Statement file' },
  // Kept with the line's other printed columns; no rollup holds it, so label questions read the lines.
  label: { column: "(SELECT json_extract(e.fields, '$.label') FROM line_extra e WHERE e.id = f.extra_id)", kind: 'code', nullable: true, label: 'Label' },
};

export function keyColumnName(dimension: EntityDimension): string {
  return `${dimension}_key`;
}

/** Names joined to the lines and read as the group's MIN: what a single grouping statement needs. */
export function dimensionPlan(dimension: Dimension, basis: DateBasis, dialect: SqlDialect, source: FactSource): DimensionPlan {
  const terms = dimensionTerms(dimension, basis, dialect, source);
  const group: GroupReference = { key: terms.key, name: (column) => `MIN(${column})` };
  return { joins: terms.joins(terms.key), groupBy: [terms.key], orderBy: terms.orderBy(group), select: terms.select(group) };
}

/**
 * Lines that name no artist are one group (no artist id) with one name, the same in the chart, the
 * table and the CSV as in the recording review: named here, where all of them read it.
 */
function artistName(name: string): string {
  return `COALESCE(NULLIF(${name}, ''), '${NO_ARTIST.replaceAll("'", "''")}')`;
}

/** Names sort byte by byte, whatever collation their table compares them with. */
function byName(group: GroupReference, column: string): string {
  return `${group.name(column)} COLLATE BINARY`;
}

export function dimensionTerms(dimension: Dimension, basis: DateBasis, dialect: SqlDialect, source: FactSource): DimensionTerms {
  const month = source.monthColumn(basis);
  switch (dimension) {
    case 'day':
      return timeTerms(dayColumnOf(source, basis, 'day'), 'day', 'Day');
    case 'week':
      return timeTerms(dialect.isoWeek(dayColumnOf(source, basis, 'week')), 'week', 'Week');
    case 'month':
      return timeTerms(month, 'month', 'Month');
    case 'quarter': {
      const q = `(${dialect.intDiv(month, '100')} * 10 + ${dialect.intDiv(`(${month} % 100) + 2`, '3')})`;
      return timeTerms(q, 'quarter', 'Quarter');
    }
    case 'year':
      return timeTerms(dialect.intDiv(month, '100'), 'year', 'Year');
    case 'platform':
      return entityTerms(
        'platform',
        (key) => [`LEFT JOIN platform p ON p.id = ${key}`],
        (g) => [{ expressions: [g.name('p.name')], name: 'platform', label: 'Platform', shape: 'text' }],
        (g) => byName(g, 'p.name'),
      );
    case 'territory':
      return entityTerms(
        'territory',
        (key) => [`LEFT JOIN territory t ON t.code = ${key}`],
        (g) => [
          { expressions: [g.key], name: 'territory', label: 'Territory', shape: 'text' },
          { expressions: [g.name('t.name')], name: 'territory_name', label: 'Territory name', shape: 'text' },
        ],
        (g) => byName(g, 't.name'),
      );
    case 'artist':
      return entityTerms(
        'artist',
        (key) => [`LEFT JOIN artist a ON a.id = ${key}`],
        (g) => [{ expressions: [artistName(g.name('a.name'))], name: 'artist', label: 'Artist', shape: 'text' }],
        // The no-artist group has no name to sort by: it comes first from A to Z, last from Z to A, where its parenthesis puts it too.
        (g) => byName(g, 'a.name'),
      );
    case 'release':
      return entityTerms(
        'release',
        (key) => [`LEFT JOIN release r ON r.id = ${key}`, 'LEFT JOIN artist ra ON ra.id = r.artist_id'],
        (g) => [
          { expressions: [g.name("CASE WHEN r.title = '' THEN 'UPC ' || r.upc ELSE r.title END")], name: 'release', label: 'Release', shape: 'text' },
          { expressions: [`CASE WHEN ${g.key} IS NOT NULL THEN ${artistName(g.name('ra.name'))} END`], name: 'release_artist', label: 'Artist', shape: 'text' },
          { expressions: [g.name('r.upc')], name: 'upc', label: 'UPC', shape: 'text' },
        ],
        (g) => byName(g, 'r.title'),
      );
    case 'recording':
      return entityTerms(
        'recording',
        (key) => [`LEFT JOIN recording rec ON rec.id = ${key}`, 'LEFT JOIN artist reca ON reca.id = rec.artist_id'],
        (g) => [
          { expressions: [`COALESCE(${g.name('rec.title')}, '(release-level sales)')`], name: 'recording', label: 'Recording', shape: 'text' },
          { expressions: [`CASE WHEN ${g.key} IS NOT NULL THEN ${artistName(g.name('reca.name'))} END`], name: 'recording_artist', label: 'Artist', shape: 'text' },
          { expressions: [g.name('rec.isrc')], name: 'isrc', label: 'ISRC', shape: 'text' },
        ],
        (g) => byName(g, 'rec.title'),
      );
    case 'saleType':
      return entityTerms('saleType', null, (g) => [{ expressions: [g.key], name: 'sale_type', label: 'Sale type', shape: 'text' }], (g) => g.key);
    case 'currency':
      return entityTerms('currency', null, (g) => [{ expressions: [g.key], name: 'currency', label: 'Currency', shape: 'text' }], (g) => g.key);
    case 'importBatch':
      return entityTerms(
        'importBatch',
        (key) => [`LEFT JOIN import_batch ib ON ib.id = ${key}`],
        (g) => [{ expressions: [g.name('ib.file_name')], name: 'statement', label: 'Statement file', shape: 'text' }],
        (g) => byName(g, 'ib.file_name'),
      );
    case 'label': {
      const label = (g: GroupReference) => `COALESCE(${g.key}, '(no label)')`;
      return entityTerms('label', null, (g) => [{ expressions: [label(g)], name: 'label', label: 'Label', shape: 'text' }], label);
    }
  }
}

function dayColumnOf(source: FactSource, basis: DateBasis, dimension: Dimension): string {
  const day = source.dayColumn(basis);
  if (!day) throw new Error(`${source.table} keeps months only and cannot group by ${dimension}`);
  return day;
}

function timeTerms(expression: string, shape: CellShape, label: string): DimensionTerms {
  return {
    key: expression,
    joins: () => [],
    select: (g) => [{ expressions: [g.key], name: shape, label, shape }],
    orderBy: (g) => g.key,
  };
}

/** People read the labels; the hidden key after them is what a drill-down filters by. */
function entityTerms(
  dimension: EntityDimension,
  joins: ((key: string) => string[]) | null,
  labels: (group: GroupReference) => SelectPart[],
  orderBy: (group: GroupReference) => string,
): DimensionTerms {
  const key = ENTITY_KEYS[dimension];
  return {
    key: key.column,
    joins: joins ?? (() => []),
    select: (g) => [
      ...labels(g),
      { expressions: [g.key], name: keyColumnName(dimension), label: `${key.label} key`, shape: key.kind === 'id' ? 'id' : 'text', hidden: true },
    ],
    orderBy,
  };
}

const STREAMS = "SUM(CASE WHEN f.sale_type = 'stream' THEN f.quantity ELSE 0 END)";
const DOWNLOADS = "SUM(CASE WHEN f.sale_type = 'download' THEN f.quantity ELSE 0 END)";

/** The integer value of a counting metric, for selecting, sorting and comparing groups by it. */
export function countExpression(metric: Exclude<Metric, 'revenue' | 'perStreamRate'>, source: FactSource): string {
  switch (metric) {
    case 'quantity':
      return 'SUM(f.quantity)';
    case 'streams':
      return STREAMS;
    case 'downloads':
      return DOWNLOADS;
    case 'lines':
      return source.linesExpression;
    // A rollup row exists exactly where lines exist, so counting distinct keys over rows is exact.
    case 'distinctRecordings':
      return 'COUNT(DISTINCT f.recording_id)';
    case 'distinctReleases':
      return 'COUNT(DISTINCT f.release_id)';
    case 'distinctTerritories':
      return 'COUNT(DISTINCT f.territory)';
    case 'distinctPlatforms':
      return 'COUNT(DISTINCT f.platform_id)';
    // A row's base is NULL only when none of the lines it holds has one; the planner reads rows
    // whose lines one rate converts or none does (see rollup-planner), so the count is exact.
    case 'unconvertedLines':
      return `SUM(CASE WHEN f.base_hi IS NULL THEN ${source.linesPerRow} ELSE 0 END)`;
  }
}

const METRIC_LABELS: Record<Metric, { name: string; label: string }> = {
  quantity: { name: 'quantity', label: 'Units' },
  streams: { name: 'streams', label: 'Streams' },
  downloads: { name: 'downloads', label: 'Downloads' },
  revenue: { name: 'revenue', label: 'Revenue' },
  perStreamRate: { name: 'per_stream_rate', label: 'Per 1,000 streams' },
  lines: { name: 'lines', label: 'Statement lines' },
  distinctRecordings: { name: 'distinct_recordings', label: 'Recordings' },
  distinctReleases: { name: 'distinct_releases', label: 'Releases' },
  distinctTerritories: { name: 'distinct_territories', label: 'Territories' },
  distinctPlatforms: { name: 'distinct_platforms', label: 'Platforms' },
  unconvertedLines: { name: 'unconverted_lines', label: 'Lines not converted' },
};

export function metricPart(metric: Metric, source: FactSource): MetricPart {
  const { name, label } = METRIC_LABELS[metric];
  switch (metric) {
    case 'revenue':
      // Exact sums of both halves; the float expression only orders rows.
      return {
        expressions: ['SUM(f.base_hi)', 'SUM(f.base_lo)'],
        orderBy: '(COALESCE(SUM(f.base_hi), 0) + COALESCE(SUM(f.base_lo), 0) / 100000000.0)',
        name,
        label,
        shape: 'money',
      };
    case 'perStreamRate': {
      const streamed = (column: string) => `SUM(CASE WHEN f.sale_type = 'stream' THEN f.${column} END)`;
      return {
        expressions: [streamed('base_hi'), streamed('base_lo'), STREAMS],
        // The float expression only orders rows; the cell is computed exactly.
        orderBy: `(COALESCE(${streamed('base_hi')}, 0) + COALESCE(${streamed('base_lo')}, 0) / 100000000.0) / NULLIF(${STREAMS}, 0)`,
        name,
        label,
        shape: 'rate',
      };
    }
    default: {
      const e = countExpression(metric, source);
      return { expressions: [e], orderBy: e, name, label, shape: 'integer' };
    }
  }
}

/**
 * A group's revenue as the pair (q, r) with revenue = q × 1e-8 + r × 1e-16 and 0 ≤ r < 1e8:
 * comparing pairs compares revenues exactly, and neither half can overflow 64 bits the way
 * recombining them in SQL would.
 */
export function exactRevenuePair(dialect: SqlDialect): [string, string] {
  const hi = 'COALESCE(SUM(f.base_hi), 0)';
  const lo = 'COALESCE(SUM(f.base_lo), 0)';
  const remainder = `(((${lo} % 100000000) + 100000000) % 100000000)`;
  return [`(${hi} + ${dialect.intDiv(`(${lo} - ${remainder})`, '100000000')})`, remainder];
}
