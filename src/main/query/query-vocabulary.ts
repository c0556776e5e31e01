import type { DateBasis, Dimension, FilterField, Metric } from '../../shared/query/query-spec';
import type { FactSource } from './fact-source';
import type { SqlDialect } from './sql-dialect';

/** How a result cell is turned from SQL values into what the contract promises. */
export type CellShape = 'text' | 'integer' | 'money' | 'rate' | 'day' | 'month' | 'quarter' | 'year';

export interface SelectPart {
  /** SQL expressions selected for this part; money needs two (hi and lo sums). */
  expressions: string[];
  name: string;
  label: string;
  shape: CellShape;
}

export interface DimensionPlan {
  joins: string[];
  groupBy: string[];
  /** The value sorting on this dimension uses. */
  orderBy: string;
  select: SelectPart[];
}

export function dimensionPlan(dimension: Dimension, basis: DateBasis, dialect: SqlDialect, source: FactSource): DimensionPlan {
  const month = source.monthColumn(basis);
  switch (dimension) {
    case 'day': {
      const day = source.dayColumn(basis);
      if (!day) throw new Error(`${source.table} has no days`);
      return timePlan(day, 'day', 'Day');
    }
    case 'month':
      return timePlan(month, 'month', 'Month');
    case 'quarter': {
      const q = `(${dialect.intDiv(month, '100')} * 10 + ${dialect.intDiv(`(${month} % 100) + 2`, '3')})`;
      return timePlan(q, 'quarter', 'Quarter');
    }
    case 'year':
      return timePlan(dialect.intDiv(month, '100'), 'year', 'Year');
    case 'platform':
      return entityPlan('LEFT JOIN platform p ON p.id = f.platform_id', 'f.platform_id', 'p.name', 'platform', 'Platform');
    case 'territory':
      return {
        joins: ['LEFT JOIN territory t ON t.code = f.territory'],
        groupBy: ['f.territory'],
        orderBy: 'MIN(t.name)',
        select: [
          { expressions: ['f.territory'], name: 'territory', label: 'Territory', shape: 'text' },
          { expressions: ['MIN(t.name)'], name: 'territory_name', label: 'Territory name', shape: 'text' },
        ],
      };
    case 'artist':
      return entityPlan('LEFT JOIN artist a ON a.id = f.artist_id', 'f.artist_id', 'a.name', 'artist', 'Artist');
    case 'release':
      return {
        joins: ['LEFT JOIN release r ON r.id = f.release_id', 'LEFT JOIN artist ra ON ra.id = r.artist_id'],
        groupBy: ['f.release_id'],
        orderBy: 'MIN(r.title)',
        select: [
          { expressions: ["MIN(CASE WHEN r.title = '' THEN 'UPC ' || r.upc ELSE r.title END)"], name: 'release', label: 'Release', shape: 'text' },
          { expressions: ['MIN(ra.name)'], name: 'release_artist', label: 'Artist', shape: 'text' },
          { expressions: ['MIN(r.upc)'], name: 'upc', label: 'UPC', shape: 'text' },
        ],
      };
    case 'recording':
      return {
        joins: ['LEFT JOIN recording rec ON rec.id = f.recording_id', 'LEFT JOIN artist reca ON reca.id = rec.artist_id'],
        groupBy: ['f.recording_id'],
        orderBy: 'MIN(rec.title)',
        select: [
          { expressions: ["COALESCE(MIN(rec.title), '(release-level sales)')"], name: 'recording', label: 'Recording', shape: 'text' },
          { expressions: ['MIN(reca.name)'], name: 'recording_artist', label: 'Artist', shape: 'text' },
          { expressions: ['MIN(rec.isrc)'], name: 'isrc', label: 'ISRC', shape: 'text' },
        ],
      };
    case 'saleType':
      return entityPlan(null, 'f.sale_type', 'f.sale_type', 'sale_type', 'Sale type');
    case 'currency':
      return entityPlan(null, 'f.currency', 'f.currency', 'currency', 'Currency');
    case 'importBatch':
      return entityPlan('LEFT JOIN import_batch ib ON ib.id = f.import_id', 'f.import_id', 'ib.file_name', 'statement', 'Statement file');
  }
}

function timePlan(expression: string, shape: CellShape, label: string): DimensionPlan {
  return { joins: [], groupBy: [expression], orderBy: expression, select: [{ expressions: [expression], name: shape, label, shape }] };
}

function entityPlan(join: string | null, key: string, labelExpr: string, name: string, label: string): DimensionPlan {
  const selected = key === labelExpr ? labelExpr : `MIN(${labelExpr})`;
  return {
    joins: join ? [join] : [],
    groupBy: [key],
    orderBy: selected,
    select: [{ expressions: [selected], name, label, shape: 'text' }],
  };
}

export function metricPart(metric: Metric, source: FactSource): SelectPart & { orderBy: string } {
  switch (metric) {
    case 'quantity':
      return { expressions: ['SUM(f.quantity)'], orderBy: 'SUM(f.quantity)', name: 'quantity', label: 'Units', shape: 'integer' };
    case 'streams': {
      const e = "SUM(CASE WHEN f.sale_type = 'stream' THEN f.quantity ELSE 0 END)";
      return { expressions: [e], orderBy: e, name: 'streams', label: 'Streams', shape: 'integer' };
    }
    case 'downloads': {
      const e = "SUM(CASE WHEN f.sale_type = 'download' THEN f.quantity ELSE 0 END)";
      return { expressions: [e], orderBy: e, name: 'downloads', label: 'Downloads', shape: 'integer' };
    }
    case 'revenue':
      // Exact sums of both halves; the float expression only orders rows.
      return {
        expressions: ['SUM(f.base_hi)', 'SUM(f.base_lo)'],
        orderBy: '(COALESCE(SUM(f.base_hi), 0) + COALESCE(SUM(f.base_lo), 0) / 100000000.0)',
        name: 'revenue',
        label: 'Revenue',
        shape: 'money',
      };
    case 'perStreamRate': {
      const streamed = (column: string) => `SUM(CASE WHEN f.sale_type = 'stream' THEN f.${column} END)`;
      const streams = "SUM(CASE WHEN f.sale_type = 'stream' THEN f.quantity ELSE 0 END)";
      return {
        expressions: [streamed('base_hi'), streamed('base_lo'), streams],
        // The float expression only orders rows; the cell is computed exactly.
        orderBy: `(COALESCE(${streamed('base_hi')}, 0) + COALESCE(${streamed('base_lo')}, 0) / 100000000.0) / NULLIF(${streams}, 0)`,
        name: 'per_stream_rate',
        label: 'Per 1,000 streams',
        shape: 'rate',
      };
    }
    case 'lines':
      return { expressions: [source.linesExpression], orderBy: source.linesExpression, name: 'lines', label: 'Statement lines', shape: 'integer' };
  }
}

/** The column a filter compares: ids for catalogue entities, codes for the rest. */
export const FILTER_COLUMNS: Record<FilterField, string> = {
  platform: 'f.platform_id',
  territory: 'f.territory',
  artist: 'f.artist_id',
  release: 'f.release_id',
  recording: 'f.recording_id',
  saleType: 'f.sale_type',
  currency: 'f.currency',
  importBatch: 'f.import_id',
};
