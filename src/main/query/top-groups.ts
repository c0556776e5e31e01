import type Database from 'better-sqlite3';
import type { Cell, QuerySpec } from '../../shared/query/query-spec';
import type { EntityDimension } from '../../shared/query/spec-vocabulary';
import type { DayWindow } from '../../shared/query/time-window';
import { compileQuery, linesWhere, whereClause, type SqlFragment } from './compile-query';
import { filtersSql, filterTarget, type FilterScope } from './filter-sql';
import { answerSpec, runCompiled, type Answer } from './query-answer';
import { ENTITY_KEYS, keyColumnName, type SelectPart } from './query-vocabulary';
import { planSource } from './rollups/rollup-planner';
import { sqliteDialect } from './sql-dialect';

/** Stands for "no recording" (or release, artist) in key lists: ids are positive. */
const NO_ID = -1;

const DEFAULT_OTHER_LABEL = 'Others';

export interface TopAnswer extends Answer {
  others: { row: number | null; groups: number } | null;
  /** The top groups' keys, which the "Others" row leaves out. */
  topKeys: Cell[];
}

/**
 * The first n groups by the sort, then one "Others" row whose figures are computed by SQL over
 * the lines of every other group, so distinct counts and rates are right, not sums of sums. The
 * ranked list (groups, then Others) is what limit and offset page through; totalRows counts the
 * groups there were in all.
 */
export function answerTop(db: Database.Database, spec: QuerySpec, window: DayWindow | null): TopAnswer {
  const top = spec.top!;
  const ranked = runCompiled(db, compileQuery({ ...spec, limit: top.n, offset: 0 }, window, sqliteDialect, planSource(spec, window)));
  const keyIndex = ranked.parts.findIndex((part) => part.name === keyColumnName(spec.dimensions[0] as EntityDimension));
  const topKeys = ranked.rows.map((row) => row[keyIndex] ?? null);
  const rows = [...ranked.rows];
  const otherGroups = ranked.totalRows - ranked.rows.length;
  if (otherGroups > 0) rows.push(othersRow(ranked.parts, spec, othersTotals(db, spec, topKeys, window, window)));
  const end = spec.limit === undefined ? rows.length : spec.offset + spec.limit;
  const othersAt = otherGroups > 0 ? rows.length - 1 : null;
  return {
    parts: ranked.parts,
    rows: rows.slice(spec.offset, end),
    totalRows: ranked.totalRows,
    others: othersAt === null ? null : { row: othersAt >= spec.offset && othersAt < end ? othersAt - spec.offset : null, groups: otherGroups },
    topKeys,
  };
}

/**
 * The metric cells of the "Others" row over `window`. Which groups it holds is decided in
 * `groupsWindow` (the query's own window, also when a comparison asks about an earlier one).
 */
export function othersTotals(db: Database.Database, spec: QuerySpec, topKeys: readonly Cell[], groupsWindow: DayWindow | null, window: DayWindow | null): Cell[] {
  const source = planSource(spec, window);
  const scope: FilterScope = { basis: spec.dateBasis, dialect: sqliteDialect, source };
  const rest: QuerySpec = {
    ...spec,
    dimensions: [],
    filters: spec.filters.filter((entry) => filterTarget(entry) === 'lines'),
    sort: undefined,
    top: undefined,
    limit: undefined,
    offset: 0,
  };
  return answerSpec(db, rest, window, { source, conditions: othersConditions(spec, topKeys, groupsWindow, scope) }).rows[0] ?? [];
}

/**
 * Lines of groups outside the top keys, and, when groups are filtered by their totals, of groups
 * that pass in `groupsWindow`, read from the source planned for that window.
 */
function othersConditions(spec: QuerySpec, topKeys: readonly Cell[], groupsWindow: DayWindow | null, scope: FilterScope): SqlFragment[] {
  const key = ENTITY_KEYS[spec.dimensions[0] as EntityDimension];
  const column = key.nullable ? `COALESCE(${key.column}, ${NO_ID})` : key.column;
  const conditions: SqlFragment[] = [
    { sql: `${column} NOT IN (SELECT value FROM json_each(?))`, params: [JSON.stringify(topKeys.map((k) => k ?? NO_ID))] },
  ];
  const groupsScope: FilterScope = { ...scope, source: planSource(spec, groupsWindow) };
  const having = filtersSql(spec.filters, 'groups', groupsScope);
  if (having) {
    const { from } = groupsScope.source;
    const where = linesWhere(spec, groupsWindow, groupsScope);
    conditions.push({
      sql: `${column} IN (SELECT ${column} FROM ${from.sql} f${whereClause(where)} GROUP BY ${key.column} HAVING ${having.sql})`,
      params: [...from.params, ...where.params, ...having.params],
    });
  }
  return conditions;
}

/** The label in the dimension's first column, its other columns (and key) empty, then the totals. */
function othersRow(parts: readonly SelectPart[], spec: QuerySpec, totals: readonly Cell[]): Cell[] {
  const dimensionParts = parts.length - spec.metrics.length;
  return [...parts.slice(0, dimensionParts).map((_, i) => (i === 0 ? (spec.top?.otherLabel ?? DEFAULT_OTHER_LABEL) : null)), ...totals];
}
