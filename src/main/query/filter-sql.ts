import { parseAmount } from '../../shared/money/exact-amount';
import {
  FILTER_FIELD_RULES, groupMembers, isCondition, TEXT_FIELDS, type FilterCondition, type FilterNode, type FilterOp,
} from '../../shared/query/filter-spec';
import type { DateBasis } from '../../shared/query/query-spec';
import { isEntityDimension, type EntityDimension, type Metric } from '../../shared/query/spec-vocabulary';
import type { FactSource } from './fact-source';
import { countExpression, ENTITY_KEYS, exactRevenuePair } from './query-vocabulary';
import type { SqlDialect } from './sql-dialect';
import { likeText } from './sql-dialect';

export type SqlParam = string | number | bigint;

export interface SqlFragment {
  sql: string;
  params: SqlParam[];
}

export interface FilterScope {
  basis: DateBasis;
  dialect: SqlDialect;
  source: FactSource;
}

/** Whether an entry keeps lines (WHERE) or groups (HAVING); validation keeps a group to one kind. */
export function filterTarget(node: FilterNode): 'lines' | 'groups' {
  if (isCondition(node)) return FILTER_FIELD_RULES[node.field].appliesTo;
  return filterTarget(groupMembers(node).members[0]!);
}

/** The entries that apply to lines, or to groups, ANDed as the spec's list says; null when none. */
export function filtersSql(entries: readonly FilterNode[], target: 'lines' | 'groups', scope: FilterScope): SqlFragment | null {
  const parts = entries.filter((entry) => filterTarget(entry) === target).map((entry) => nodeSql(entry, scope));
  if (parts.length === 0) return null;
  return { sql: parts.map((p) => p.sql).join(' AND '), params: parts.flatMap((p) => p.params) };
}

function nodeSql(node: FilterNode, scope: FilterScope): SqlFragment {
  if (isCondition(node)) return conditionSql(node, scope);
  const { combine, members } = groupMembers(node);
  const parts = members.map((member) => nodeSql(member, scope));
  return { sql: `(${parts.map((p) => p.sql).join(combine === 'any' ? ' OR ' : ' AND ')})`, params: parts.flatMap((p) => p.params) };
}

type TextField = (typeof TEXT_FIELDS)[number];

/** Where a name lives: the entity's table, its column, and the key the line holds. */
const TEXT_COLUMNS: Record<TextField, { entity: EntityDimension; table: string; id: string; column: string; normalise?: (text: string) => string }> = {
  platformName: { entity: 'platform', table: 'platform', id: 'id', column: 'name' },
  territoryName: { entity: 'territory', table: 'territory', id: 'code', column: 'name' },
  artistName: { entity: 'artist', table: 'artist', id: 'id', column: 'name' },
  releaseTitle: { entity: 'release', table: 'release', id: 'id', column: 'title' },
  recordingTitle: { entity: 'recording', table: 'recording', id: 'id', column: 'title' },
  // Stored upper case without hyphens, as the importer normalises them.
  isrc: { entity: 'recording', table: 'recording', id: 'id', column: 'isrc', normalise: (text) => text.toUpperCase().replace(/[-\s]/g, '') },
  upc: { entity: 'release', table: 'release', id: 'id', column: 'upc', normalise: (text) => text.replace(/[-\s]/g, '') },
};

const NEGATED: Partial<Record<FilterOp, FilterOp>> = { notEquals: 'equals', notIn: 'in', notExists: 'exists' };

function conditionSql(condition: FilterCondition, scope: FilterScope): SqlFragment {
  const { field, op } = condition;
  const values = condition.values ?? [];
  if (isEntityDimension(field)) {
    const key = ENTITY_KEYS[field];
    if (op === 'contains' || op === 'startsWith') return { sql: scope.dialect.likePattern(key.column), params: [likeText(String(values[0]), op)] };
    return compare(key.column, op, values, key.nullable);
  }
  if (field in TEXT_COLUMNS) return textSql(TEXT_COLUMNS[field as TextField], op, values, scope.dialect);
  switch (field) {
    case 'day': {
      const day = scope.source.dayColumn(scope.basis);
      if (!day) throw new Error(`${scope.source.table} keeps months only and cannot filter by day`);
      return compare(day, op, values.map((v) => Number(String(v).replaceAll('-', ''))), false);
    }
    case 'month':
      return compare(scope.source.monthColumn(scope.basis), op, values.map((v) => Number(String(v).replace('-', ''))), false);
    case 'year':
      return compare(scope.dialect.intDiv(scope.source.monthColumn(scope.basis), '100'), op, values, false);
    case 'revenue':
      return revenueSql(op, values.map(String), scope.dialect);
    default:
      return compare(countExpression(field as Exclude<Metric, 'revenue' | 'perStreamRate'>, scope.source), op, values, false);
  }
}

/**
 * `column op values`, every value bound. Lines without the field (no recording, say) are "not
 * equal" to any value, so the negations keep them.
 */
function compare(column: string, op: FilterOp, values: SqlParam[], nullable: boolean): SqlFragment {
  if (op === 'notEquals' || op === 'notIn') {
    const positive = compare(column, NEGATED[op]!, values, nullable);
    return { sql: nullable ? `(${column} IS NULL OR NOT (${positive.sql}))` : `NOT (${positive.sql})`, params: positive.params };
  }
  switch (op) {
    case 'equals':
      return { sql: `${column} = ?`, params: [values[0]!] };
    case 'in':
      // A long list travels as one JSON parameter through json_each rather than thousands of placeholders.
      return { sql: `${column} IN (SELECT value FROM json_each(?))`, params: [JSON.stringify(values)] };
    case 'greaterThan':
      return { sql: `${column} > ?`, params: [values[0]!] };
    case 'lessThan':
      return { sql: `${column} < ?`, params: [values[0]!] };
    case 'between':
      return { sql: `${column} BETWEEN ? AND ?`, params: [values[0]!, values[1]!] };
    case 'exists':
      return { sql: `${column} IS NOT NULL`, params: [] };
    case 'notExists':
      return { sql: `${column} IS NULL`, params: [] };
    default:
      throw new Error(`${op} does not compare a column with values`);
  }
}

/** Names are matched in the entity's own table, then the lines are kept by its key. */
function textSql(target: (typeof TEXT_COLUMNS)[TextField], op: FilterOp, values: SqlParam[], dialect: SqlDialect): SqlFragment {
  const key = ENTITY_KEYS[target.entity];
  const negation = NEGATED[op];
  const positiveOp = negation ?? op;
  const texts = values.map((v) => (target.normalise ? target.normalise(String(v)) : String(v)));
  const column = `x.${target.column}`;
  const match =
    positiveOp === 'contains' || positiveOp === 'startsWith'
      ? { sql: dialect.likePattern(column), params: [likeText(texts[0]!, positiveOp)] }
      : compare(column, positiveOp, texts, false);
  const members = `${key.column} IN (SELECT x.${target.id} FROM ${target.table} x WHERE ${match.sql})`;
  if (!negation) return { sql: members, params: match.params };
  return { sql: key.nullable ? `(${key.column} IS NULL OR NOT (${members}))` : `NOT (${members})`, params: match.params };
}

const E8 = 100_000_000n;

/** A decimal as the (q, r) pair of `exactRevenuePair`: floor division keeps r in [0, 1e8). */
function revenuePairOf(decimal: string): [bigint, bigint] {
  const units = parseAmount(decimal);
  let q = units / E8;
  if (units < 0n && q * E8 !== units) q -= 1n;
  return [q, units - q * E8];
}

function revenueSql(op: FilterOp, values: string[], dialect: SqlDialect): SqlFragment {
  const [q, r] = exactRevenuePair(dialect);
  const pair = `(${q}, ${r})`;
  const [first, second] = values.map(revenuePairOf);
  const against = (sqlOp: string, value: [bigint, bigint]): SqlFragment => ({ sql: `${pair} ${sqlOp} (?, ?)`, params: value });
  switch (op) {
    case 'equals':
      return against('=', first!);
    case 'notEquals':
      return against('<>', first!);
    case 'greaterThan':
      return against('>', first!);
    case 'lessThan':
      return against('<', first!);
    case 'between': {
      const low = against('>=', first!);
      const high = against('<=', second!);
      return { sql: `(${low.sql} AND ${high.sql})`, params: [...low.params, ...high.params] };
    }
    default:
      throw new Error(`revenue does not take ${op}`);
  }
}
