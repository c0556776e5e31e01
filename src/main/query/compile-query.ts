import type { QuerySpec } from '../../shared/query/query-spec';
import type { DayWindow } from '../../shared/query/time-window';
import { STATEMENT_LINES, type FactSource } from './fact-source';
import { dimensionPlan, FILTER_COLUMNS, metricPart, type SelectPart } from './query-vocabulary';
import type { SqlDialect } from './sql-dialect';

export type SqlParam = string | number;

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
 * a bound parameter; identifiers come only from the fixed vocabulary above, never from input.
 */
export function compileQuery(spec: QuerySpec, window: DayWindow | null, dialect: SqlDialect, source: FactSource = STATEMENT_LINES): CompiledQuery {
  const params: SqlParam[] = [];
  const joins = new Set<string>();
  const groupBy: string[] = [];
  const parts: SelectPart[] = [];
  const orderTerms = new Map<string, string>();

  for (const dimension of spec.dimensions) {
    const plan = dimensionPlan(dimension, spec.dateBasis, dialect, source);
    plan.joins.forEach((j) => joins.add(j));
    groupBy.push(...plan.groupBy);
    parts.push(...plan.select);
    orderTerms.set(dimension, plan.orderBy);
  }
  for (const metric of spec.metrics) {
    const part = metricPart(metric, source);
    parts.push(part);
    orderTerms.set(metric, part.orderBy);
  }

  const where: string[] = [];
  const basis = source.basisCondition(spec.dateBasis);
  if (basis) {
    where.push(basis.sql);
    params.push(...basis.params);
  }
  const day = source.dayColumn(spec.dateBasis);
  // A source that only knows months is chosen for month-aligned windows, so months bound it exactly.
  const [column, from, to] = day ? [day, window?.from, window?.to] : [source.monthColumn(spec.dateBasis), window && Math.floor(window.from / 100), window && Math.floor(window.to / 100)];
  if (window) {
    where.push(`${column} BETWEEN ? AND ?`);
    params.push(from!, to!);
  } else {
    where.push(`${column} IS NOT NULL`);
  }
  for (const filter of spec.filters) {
    const column = FILTER_COLUMNS[filter.field];
    if (!('values' in filter)) {
      where.push(`${column} IS ${filter.op === 'exists' ? 'NOT ' : ''}NULL`);
      continue;
    }
    const negate = filter.op === 'notEquals' || filter.op === 'notIn';
    const values = filter.op === 'equals' || filter.op === 'notEquals' ? filter.values.slice(0, 1) : filter.values;
    // A long IN list is bound through json_each rather than thousands of placeholders.
    where.push(`${column} ${negate ? 'NOT IN' : 'IN'} (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(values));
  }

  const selectSql = parts.flatMap((p) => p.expressions);
  const totalRowsColumn = selectSql.length;
  selectSql.push(`${dialect.totalRowsOver()} AS total_rows`);

  let sql = `SELECT ${selectSql.join(', ')} FROM ${source.table} f ${[...joins].join(' ')} WHERE ${where.join(' AND ')}`;
  if (groupBy.length) sql += ` GROUP BY ${groupBy.join(', ')}`;
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
  return { sql, params, parts, totalRowsColumn };
}
