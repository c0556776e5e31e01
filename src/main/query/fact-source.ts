import type { DateBasis } from '../../shared/query/query-spec';
import { daysIn, windowToIso, type DayWindow } from '../../shared/query/time-window';
import type { SqlFragment } from './filter-sql';
import { isNullableId, READ_MEASURES, readKey, storedColumn, type MergedRollup } from './rollups/merged-rollups';
import { ALWAYS_KEPT, type RollupDefinition } from './rollups/rollup-definitions';
import type { SqlDialect } from './sql-dialect';

/**
 * Where a compiled query reads from: the statement lines themselves, a monthly rollup with the
 * same column names for the keys it kept, or both at once. The compiler asks the source for
 * what differs.
 */
export interface FactSource {
  /** The table read, as messages and plans name it. */
  table: string;
  /** What FROM reads: the table, or a subquery and the values bound in it. */
  from: SqlFragment;
  /** The day column for the date basis, or null when the source only knows months. */
  dayColumn(basis: DateBasis): string | null;
  monthColumn(basis: DateBasis): string;
  /** How many statement lines a group stands for. */
  linesExpression: string;
  /** How many statement lines one row stands for: 1 for a line, its count for a rollup row. */
  linesPerRow: string;
  /** Conditions that keep the rows of the date basis inside the window (null: all data). */
  windowConditions(basis: DateBasis, window: DayWindow | null): SqlFragment[];
  /**
   * What to group by for a key column: the column itself, or one that names the same groups
   * and lets SQLite group rows in the order it reads them rather than sort them first.
   */
  groupingOf?(column: string): string;
}

export const LINE_DAY: Record<DateBasis, string> = { sale: 'sale_start', reporting: 'reporting_day' };
const LINE_MONTH: Record<DateBasis, string> = { sale: 'sale_month', reporting: 'reporting_month' };

/**
 * The longest window whose lines the day index finds faster than a scan reads them all. The store
 * keeps no statistics, so SQLite would walk the index over any range; on the demo label (3⅓ years)
 * the index wins up to about a third of the lines and loses past it, so half a year is the limit.
 */
const INDEXED_WINDOW_DAYS = 183;

export const STATEMENT_LINES: FactSource = {
  table: 'statement_line',
  from: { sql: 'statement_line', params: [] },
  dayColumn: (basis) => `f.${LINE_DAY[basis]}`,
  monthColumn: (basis) => `f.${LINE_MONTH[basis]}`,
  linesExpression: 'COUNT(*)',
  linesPerRow: '1',
  windowConditions: (basis, window) => {
    if (!window) return [{ sql: `f.${LINE_DAY[basis]} IS NOT NULL`, params: [] }];
    // A unary + keeps SQLite off the index for longer windows.
    const day = `${daysIn(window) > INDEXED_WINDOW_DAYS ? '+' : ''}f.${LINE_DAY[basis]}`;
    return [{ sql: `${day} BETWEEN ? AND ?`, params: [window.from, window.to] }];
  },
};

/** A rollup bounds windows by months, so the planner only hands it windows of whole months. */
export function rollupSource(definition: RollupDefinition): FactSource {
  return {
    table: definition.table,
    from: { sql: definition.table, params: [] },
    dayColumn: () => null,
    monthColumn: () => 'f.month',
    linesExpression: 'SUM(f.lines)',
    linesPerRow: 'f.lines',
    windowConditions: (basis, window) => [
      { sql: 'f.basis = ?', params: [basis] },
      ...(window ? [{ sql: 'f.month BETWEEN ? AND ?', params: [Math.floor(window.from / 100), Math.floor(window.to / 100)] }] : []),
    ],
  };
}

/** A window cut where the rollup's months end: the whole months inside it and the days at either edge. */
export interface SplitWindow {
  window: DayWindow;
  /** First and last whole month, yyyymm. */
  months: { from: number; to: number };
  /** The days before the first whole month and after the last one; one or two ranges. */
  edges: DayWindow[];
}

/**
 * A window that does not start or end on a month's edge, read as the rollup's rows of the whole
 * months inside it plus the statement lines of the days at its edges, which the day index finds.
 * A line counts in the rollup month of its day on the basis, so the two parts never overlap. The
 * subquery names its columns as the rollup does, so dimensions, metrics and filters read it
 * unchanged; a line's row counts one line where a rollup row counts its `lines`.
 */
export function rollupWithEdgeDays(definition: RollupDefinition, basis: DateBasis, split: SplitWindow): FactSource {
  const keys = ['import_id', ...definition.keys, ...ALWAYS_KEPT].join(', ');
  const measures = 'quantity, base_hi, base_lo';
  const arms = [
    `SELECT month, ${keys}, lines, ${measures} FROM ${definition.table} WHERE basis = ? AND month BETWEEN ? AND ?`,
    ...split.edges.map(() => `SELECT ${LINE_MONTH[basis]}, ${keys}, 1, ${measures} FROM statement_line WHERE ${LINE_DAY[basis]} BETWEEN ? AND ?`),
  ];
  const params = [basis, split.months.from, split.months.to, ...split.edges.flatMap((edge) => [edge.from, edge.to])];
  return {
    table: `${definition.table} + statement_line`,
    from: { sql: `(${arms.join(' UNION ALL ')})`, params },
    dayColumn: () => null,
    monthColumn: () => 'f.month',
    linesExpression: 'SUM(f.lines)',
    linesPerRow: 'f.lines',
    windowConditions: (asked, window) => {
      // The subquery holds one window on one basis; reading another through it would be wrong, not slow.
      if (asked !== basis || window?.from !== split.window.from || window.to !== split.window.to) {
        throw new Error(`${definition.table} with edge days was planned for ${describe(basis, split.window)}, not ${describe(asked, window)}`);
      }
      return [];
    },
  };
}

/**
 * A rollup merged across imports over whole months (null: all of them), read with the column
 * names of the lines. With a yearly grain at hand, the whole years inside the window are read
 * from it and only the months either side from the monthly one; the planner offers a year only
 * to queries that ask nothing finer than a year.
 */
export function mergedRollupSource(byMonth: MergedRollup, byYear: MergedRollup | null, basis: DateBasis, window: DayWindow | null): FactSource {
  const arms = periodArms(byYear !== null, window && { from: Math.floor(window.from / 100), to: Math.floor(window.to / 100) });
  const sql = arms.map((arm) => {
    const merged = arm.grain === 'year' ? byYear! : byMonth;
    const select = `SELECT basis, month, ${merged.keys.map(readKey).join(', ')}, ${READ_MEASURES} FROM ${merged.table} WHERE basis = ?`;
    return `${select}${monthRange(arm.range).sql}`;
  });
  const params = arms.flatMap((arm) => [basis, ...monthRange(arm.range).params]);
  // NULLIF hides the stored order of an id from SQLite; its stored value names the same groups.
  const groupedIds = new Map(byMonth.keys.filter(isNullableId).map((key) => [`f.${key}`, `f.${storedColumn(key)}`]));
  return {
    table: byYear ? `${byMonth.table} + ${byYear.table}` : byMonth.table,
    from: { sql: `(${sql.join(' UNION ALL ')})`, params },
    dayColumn: () => null,
    monthColumn: () => 'f.month',
    linesExpression: 'SUM(f.lines)',
    linesPerRow: 'f.lines',
    windowConditions: (asked, askedWindow) => {
      if (asked !== basis || askedWindow?.from !== window?.from || askedWindow?.to !== window?.to) {
        throw new Error(`${byMonth.table} was planned for ${describe(basis, window)}, not ${describe(asked, askedWindow)}`);
      }
      return [];
    },
    groupingOf: (column) => groupedIds.get(column) ?? column,
  };
}

/**
 * A period arm's bounds on the month column. One period is asked as an equality, which keeps the
 * rows in key order after it (a single year's recordings come in id order), so grouping needs no sort.
 */
export function monthRange(range: PeriodArm['range']): SqlFragment {
  if (!range) return { sql: '', params: [] };
  return range.from === range.to ? { sql: ' AND month = ?', params: [range.from] } : { sql: ' AND month BETWEEN ? AND ?', params: [range.from, range.to] };
}

export interface PeriodArm {
  grain: 'month' | 'year';
  /** First and last month (yyyymm; a year's row sits at its first month); null for every row. */
  range: { from: number; to: number } | null;
}

/** Whole years by year where years may be read, the months around them by month. */
export function periodArms(years: boolean, months: { from: number; to: number } | null): PeriodArm[] {
  if (!months) return [{ grain: years ? 'year' : 'month', range: null }];
  const firstYear = Math.floor(months.from / 100) + (months.from % 100 === 1 ? 0 : 1);
  const lastYear = Math.floor(months.to / 100) - (months.to % 100 === 12 ? 0 : 1);
  if (!years || firstYear > lastYear) return [{ grain: 'month', range: months }];
  const arms: PeriodArm[] = [{ grain: 'year', range: { from: firstYear * 100 + 1, to: lastYear * 100 + 1 } }];
  if (months.from < firstYear * 100 + 1) arms.push({ grain: 'month', range: { from: months.from, to: (firstYear - 1) * 100 + 12 } });
  if (months.to > lastYear * 100 + 12) arms.push({ grain: 'month', range: { from: (lastYear + 1) * 100 + 1, to: months.to } });
  return arms;
}

function describe(basis: DateBasis, window: DayWindow | null): string {
  if (!window) return `all data on the ${basis} basis`;
  const { from, to } = windowToIso(window);
  return `${from}…${to} on the ${basis} basis`;
}

/** Audience readings: one date, the reading's, whatever the basis; the table is the day series the gauge compiler builds. */
export function gaugeDays(table: string, dialect: SqlDialect): FactSource {
  return {
    table,
    from: { sql: table, params: [] },
    dayColumn: () => 'f.day',
    monthColumn: () => dialect.intDiv('f.day', '100'),
    linesExpression: 'COUNT(*)',
    linesPerRow: '1',
    windowConditions: (_basis, window) => [window ? { sql: 'f.day BETWEEN ? AND ?', params: [window.from, window.to] } : { sql: 'f.day IS NOT NULL', params: [] }],
  };
}
