import type { QuerySpec } from '../../shared/query/query-spec';
import { isGaugeMetric, type Dimension, type Metric } from '../../shared/query/spec-vocabulary';
import type { DayWindow } from '../../shared/query/time-window';
import { STATEMENT_LINES, type FactSource } from './fact-source';
import { filtersSql, type FilterScope, type SqlFragment, type SqlParam } from './filter-sql';
import { dimensionTerms, metricPart, type DimensionTerms, type GroupReference, type MetricPart, type SelectPart } from './query-vocabulary';
import type { SqlDialect } from './sql-dialect';

export type { SqlFragment, SqlParam } from './filter-sql';

export interface CompiledQuery {
  sql: string;
  params: SqlParam[];
  /** In select order; a part may span several SQL columns (money). */
  parts: SelectPart[];
  /** Index of the COUNT(*) OVER () column, after the parts' columns. */
  totalRowsColumn: number;
}

/**
 * Compiles a validated spec to one parameterised statement. Every value from the spec travels as
 * a bound parameter; identifiers come only from the fixed vocabulary, never from input.
 * `conditions` narrow the lines further (the groups an "Others" row holds).
 *
 * Lines are grouped and summed on keys alone; names are joined afterwards to the groups, and
 * when the order needs no name, only to the page of groups asked for.
 */
export function compileQuery(
  spec: QuerySpec,
  window: DayWindow | null,
  dialect: SqlDialect,
  source: FactSource = STATEMENT_LINES,
  conditions: readonly SqlFragment[] = [],
): CompiledQuery {
  const scope: FilterScope = { basis: spec.dateBasis, dialect, source };
  const dimensions = spec.dimensions.map((dimension) => ({ dimension, terms: dimensionTerms(dimension, spec.dateBasis, dialect, source) }));
  const metrics = salesMetrics(spec).map((metric) => ({ metric, part: metricPart(metric, source) }));
  const keys = dimensions.map(({ terms }) => terms.key);
  const groupKeys = keys.map((key) => source.groupingOf?.(key) ?? key);

  const where = linesWhere(spec, window, scope, conditions);
  const having = filtersSql(spec.filters, 'groups', scope);
  const grouped = (select: readonly string[]): SqlFragment => {
    let sql = `SELECT ${[...select, `${dialect.totalRowsOver()} AS total_rows`].join(', ')} FROM ${source.from.sql} f${whereClause(where)}`;
    if (keys.length) sql += ` GROUP BY ${groupKeys.join(', ')}`;
    if (having) sql += ` HAVING ${having.sql}`;
    return { sql, params: [...source.from.params, ...where.params, ...(having?.params ?? [])] };
  };

  if (!dimensions.some(({ terms }) => namesJoined(terms))) {
    const parts = [...dimensions.flatMap(({ terms }) => terms.select(groupOfLines(terms))), ...metrics.map(({ part }) => part)];
    const orderTerms = new Map<string, string>([
      ...dimensions.map(({ dimension, terms }): [string, string] => [dimension, terms.orderBy(groupOfLines(terms))]),
      ...metrics.map(({ metric, part }): [string, string] => [metric, part.orderBy]),
    ]);
    const statement = grouped(parts.flatMap((p) => p.expressions));
    const tail = orderAndPage(spec, orderTerms, keys);
    return { sql: statement.sql + tail.sql, params: [...statement.params, ...tail.params], parts, totalRowsColumn: parts.flatMap((p) => p.expressions).length };
  }
  return namedAfterGrouping(spec, dimensions, metrics, keys, grouped);
}

type PlannedDimension = { dimension: Dimension; terms: DimensionTerms };
type PlannedMetric = { metric: Metric; part: MetricPart };

function namesJoined(terms: DimensionTerms): boolean {
  return terms.joins(terms.key).length > 0;
}

/** A group as the grouping statement sees it, for dimensions whose key names the group itself. */
function groupOfLines(terms: DimensionTerms): GroupReference {
  return { key: terms.key, name: (column) => column };
}

/**
 * The grouped statement becomes a subquery `g` of keys (k0, k1), metric columns (m0, m1…) and the
 * group count; the naming tables are joined to its rows. Sorting by a metric or a key lets the
 * subquery order and page the groups itself, so only the page is named; the count is taken
 * there before any LIMIT, so it still counts every group.
 */
function namedAfterGrouping(
  spec: QuerySpec,
  dimensions: readonly PlannedDimension[],
  metrics: readonly PlannedMetric[],
  keys: readonly string[],
  grouped: (select: readonly string[]) => SqlFragment,
): CompiledQuery {
  const groups: GroupReference[] = keys.map((_, i) => ({ key: `g.k${i}`, name: (column) => column }));
  const sums = metrics.flatMap(({ part }) => part.expressions);
  const inner = [...keys.map((key, i) => `${key} AS k${i}`), ...sums.map((sum, i) => `${sum} AS m${i}`)];
  let column = 0;
  const metricParts = metrics.map(({ part }) => ({ ...part, expressions: part.expressions.map(() => `g.m${column++}`) }));
  const sorted = metrics.find(({ metric }) => metric === spec.sort?.by);
  if (sorted) inner.push(`${sorted.part.orderBy} AS sort_value`);

  const unnamed = dimensions.filter(({ terms }) => !namesJoined(terms));
  const innerOrder = new Map<string, string>(unnamed.map(({ dimension, terms }): [string, string] => [dimension, terms.orderBy(groupOfLines(terms))]));
  if (sorted) innerOrder.set(sorted.metric, sorted.part.orderBy);
  const outerOrder = new Map<string, string>(dimensions.map(({ dimension, terms }, i): [string, string] => [dimension, terms.orderBy(groups[i]!)]));
  if (sorted) outerOrder.set(sorted.metric, 'g.sort_value');
  const pagedInside = (spec.sort === undefined || innerOrder.has(spec.sort.by)) && (spec.limit !== undefined || spec.offset > 0);

  const statement = grouped(inner);
  const innerTail = pagedInside ? orderAndPage(spec, innerOrder, keys) : { sql: '', params: [] };
  const outerTail = orderAndPage(pagedInside ? { ...spec, limit: undefined, offset: 0 } : spec, outerOrder, groups.map((g) => g.key));

  const parts = [...dimensions.flatMap(({ terms }, i) => terms.select(groups[i]!)), ...metricParts];
  const select = parts.flatMap((p) => p.expressions);
  const joins = dimensions.flatMap(({ terms }, i) => terms.joins(groups[i]!.key));
  const sql = `SELECT ${[...select, 'g.total_rows'].join(', ')} FROM (${statement.sql}${innerTail.sql}) g ${joins.join(' ')}${outerTail.sql}`;
  return { sql, params: [...statement.params, ...innerTail.params, ...outerTail.params], parts, totalRowsColumn: select.length };
}

/** ORDER BY the spec's sort, then the groups themselves, and the page the spec asks for. */
export function orderAndPage(spec: Pick<QuerySpec, 'sort' | 'limit' | 'offset'>, orderTerms: ReadonlyMap<string, string>, groupBy: readonly string[]): SqlFragment {
  let sql = '';
  const params: SqlParam[] = [];
  const order: string[] = [];
  if (spec.sort) order.push(`${orderTerms.get(spec.sort.by)} ${spec.sort.direction === 'asc' ? 'ASC' : 'DESC'}`);
  // A stable tie-break keeps pages and exports repeatable.
  order.push(...groupBy.map((g) => `${g} ASC`));
  if (order.length) sql += ` ORDER BY ${order.join(', ')}`;
  if (spec.limit !== undefined) {
    sql += ' LIMIT ? OFFSET ?';
    params.push(spec.limit, spec.offset);
  } else if (spec.offset > 0) {
    sql += ' LIMIT -1 OFFSET ?';
    params.push(spec.offset);
  }
  return { sql, params };
}

function salesMetrics(spec: QuerySpec): Metric[] {
  return spec.metrics.map((metric) => {
    if (isGaugeMetric(metric)) throw new Error(`${metric} is a gauge: gauge queries compile apart from sales`);
    return metric;
  });
}

/** The date basis, the window, the line filters and any further conditions, ANDed; empty when nothing narrows. */
export function linesWhere(spec: QuerySpec, window: DayWindow | null, scope: FilterScope, conditions: readonly SqlFragment[] = []): SqlFragment {
  const fragments = [...scope.source.windowConditions(spec.dateBasis, window), filtersSql(spec.filters, 'lines', scope), ...conditions];
  const kept = fragments.filter((fragment): fragment is SqlFragment => fragment !== null);
  return { sql: kept.map((fragment) => fragment.sql).join(' AND '), params: kept.flatMap((fragment) => fragment.params) };
}

export function whereClause(where: SqlFragment): string {
  return where.sql ? ` WHERE ${where.sql}` : '';
}
