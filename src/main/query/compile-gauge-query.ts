import { conditionsOf } from '../../shared/query/filter-spec';
import type { QuerySpec } from '../../shared/query/query-spec';
import { isGaugeMetric, type Gauge, type GaugeAggregate, type GaugeMetric } from '../../shared/query/spec-vocabulary';
import type { DayWindow } from '../../shared/query/time-window';
import { orderAndPage, type CompiledQuery } from './compile-query';
import { gaugeDays } from './fact-source';
import { filtersSql, type SqlParam } from './filter-sql';
import { dimensionPlan, type MetricPart, type SelectPart } from './query-vocabulary';
import type { SqlDialect } from './sql-dialect';

/** The names the importer stores gauges under (src/main/import/statement-line.ts). */
const STORED: Record<Gauge, { metric: string; label: string }> = {
  listeners: { metric: 'listeners', label: 'Listeners' },
  monthlyListeners: { metric: 'monthly_listeners', label: 'Monthly listeners' },
  monthlyActiveListeners: { metric: 'monthly_active_listeners', label: 'Monthly active listeners' },
  superListeners: { metric: 'super_listeners', label: 'Super listeners' },
  streams: { metric: 'streams', label: 'Streams (audience)' },
  followers: { metric: 'followers', label: 'Followers' },
  saves: { metric: 'saves', label: 'Saves' },
  playlistAdds: { metric: 'playlist_adds', label: 'Playlist adds' },
};

const AGGREGATE_LABELS: Record<GaugeAggregate, string> = { last: 'latest', average: 'daily average', max: 'peak' };

/** Filters that speak of recordings make a query read the recordings' readings, not the artist's. */
const RECORDING_FIELDS = new Set(['recording', 'recordingTitle', 'isrc']);

function gaugePart(metric: GaugeMetric): MetricPart {
  const [gauge, aggregate] = metric.split('.') as [Gauge, GaugeAggregate];
  const stored = STORED[gauge];
  const name = `${stored.metric}_${aggregate}`;
  const label = `${stored.label} (${AGGREGATE_LABELS[aggregate]})`;
  const of = (value: string, condition = '') => `CASE WHEN f.metric = '${stored.metric}'${condition} THEN ${value} END`;
  switch (aggregate) {
    case 'last': {
      const e = `MAX(${of('f.value', ' AND f.from_end = 1')})`;
      return { expressions: [e], orderBy: e, name, label, shape: 'reading' };
    }
    case 'max': {
      const e = `MAX(${of('f.value')})`;
      return { expressions: [e], orderBy: e, name, label, shape: 'reading' };
    }
    case 'average': {
      const sum = `SUM(${of('f.value')})`;
      const count = `COUNT(${of('1')})`;
      // The float expression only orders rows; the cell is divided exactly.
      return { expressions: [sum, count], orderBy: `(1.0 * ${sum} / NULLIF(${count}, 0))`, name, label, shape: 'mean' };
    }
  }
}

/**
 * Audience gauges are readings, never summed across days: each group's figure is its latest
 * day's reading, the mean of its days or their peak. Readings first become one value per day
 * (the newest import wins where exports overlap; subjects of the same kind add up within a
 * day), then each group aggregates its days. Recording readings are read when the query groups
 * or filters by recording, otherwise the artist's; readings over a window without a day (a
 * "songs, last 28 days" export) belong to no day and are left out.
 */
export function compileGaugeQuery(spec: QuerySpec, window: DayWindow | null, dialect: SqlDialect): CompiledQuery {
  const gauges = spec.metrics.filter(isGaugeMetric);
  const byRecording = spec.dimensions.includes('recording');
  const ofRecordings = byRecording || conditionsOf(spec.filters).some((condition) => RECORDING_FIELDS.has(condition.field));

  const params: SqlParam[] = [ofRecordings ? 'recording' : 'artist', JSON.stringify(gauges.map((g) => STORED[g.split('.')[0] as Gauge].metric))];
  const where = ['f.subject_kind = ?', 'f.metric IN (SELECT value FROM json_each(?))'];
  if (window) {
    where.push('f.day BETWEEN ? AND ?');
    params.push(window.from, window.to);
  } else {
    where.push('f.day IS NOT NULL');
  }
  const filters = filtersSql(spec.filters, 'lines', { basis: spec.dateBasis, dialect, source: gaugeDays('gauge_reading', dialect) });
  if (filters) {
    where.push(filters.sql);
    params.push(...filters.params);
  }
  const reading = `SELECT f.day, f.recording_id, f.metric, f.value,
    ROW_NUMBER() OVER (PARTITION BY f.subject_kind, f.subject, f.recording_id, f.metric, f.day ORDER BY f.import_id DESC, f.line_no DESC) AS newest
    FROM gauge_reading f WHERE ${where.join(' AND ')}`;
  const perDay = byRecording ? 'day, recording_id, metric' : 'day, metric';
  const daily = `SELECT ${perDay}, SUM(value) AS value FROM reading WHERE newest = 1 GROUP BY ${perDay}`;

  const days = gaugeDays('ranked', dialect);
  const joins = new Set<string>();
  const groupBy: string[] = [];
  const parts: SelectPart[] = [];
  const orderTerms = new Map<string, string>();
  for (const dimension of spec.dimensions) {
    const plan = dimensionPlan(dimension, spec.dateBasis, dialect, days);
    plan.joins.forEach((j) => joins.add(j));
    groupBy.push(...plan.groupBy);
    parts.push(...plan.select);
    orderTerms.set(dimension, plan.orderBy);
  }
  for (const gauge of gauges) {
    const part = gaugePart(gauge);
    parts.push(part);
    orderTerms.set(gauge, part.orderBy);
  }
  const ranked = `SELECT f.*, ROW_NUMBER() OVER (PARTITION BY ${['f.metric', ...groupBy].join(', ')} ORDER BY f.day DESC) AS from_end FROM daily f`;

  const selectSql = parts.flatMap((p) => p.expressions);
  const totalRowsColumn = selectSql.length;
  selectSql.push(`${dialect.totalRowsOver()} AS total_rows`);
  let sql = `WITH reading AS (${reading}), daily AS (${daily}), ranked AS (${ranked}) SELECT ${selectSql.join(', ')} FROM ranked f ${[...joins].join(' ')}`;
  if (groupBy.length) sql += ` GROUP BY ${groupBy.join(', ')}`;
  const tail = orderAndPage(spec, orderTerms, groupBy);
  return { sql: sql + tail.sql, params: [...params, ...tail.params], parts, totalRowsColumn };
}
