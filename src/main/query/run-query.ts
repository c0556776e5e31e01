import type Database from 'better-sqlite3';
import type { QueryResult, QuerySpec } from '../../shared/query/query-spec';
import { comparisonWindow, resolveTimeRange, windowToIso, type DayWindow } from '../../shared/query/time-window';
import { logger } from '../diagnostics/logger';
import { compileQuery } from './compile-query';
import { planSource } from './rollups/rollup-planner';
import { resultColumns, shapeRow } from './shape-rows';
import { sqliteDialect } from './sql-dialect';

const SLOW_QUERY_MS = 40;

function dataSpan(db: Database.Database, basis: QuerySpec['dateBasis']): DayWindow | null {
  const sql =
    basis === 'sale'
      ? 'SELECT MIN(sale_start) AS "from", MAX(sale_end) AS "to" FROM statement_line'
      : 'SELECT MIN(reporting_day) AS "from", MAX(reporting_day) AS "to" FROM statement_line';
  const row = db.prepare<[], { from: number | null; to: number | null }>(sql).get();
  return row?.from != null && row.to != null ? { from: row.from, to: row.to } : null;
}

function execute(db: Database.Database, spec: QuerySpec, window: DayWindow | null, coversAll: boolean) {
  const compiled = compileQuery(spec, coversAll ? null : window, sqliteDialect, planSource(spec, coversAll ? null : window));
  const started = performance.now();
  const statement = db.prepare(compiled.sql).raw(true).safeIntegers(true);
  const raw = statement.all(...compiled.params) as unknown[][];
  const elapsed = performance.now() - started;
  if (elapsed > SLOW_QUERY_MS) {
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${compiled.sql}`).all(...compiled.params) as { detail: string }[];
    logger.warn(`slow query (${elapsed.toFixed(1)} ms): ${compiled.sql} | plan: ${plan.map((p) => p.detail).join('; ')}`);
  }
  const totalRows = raw.length ? Number(raw[0]![compiled.totalRowsColumn]) : 0;
  return { compiled, rows: raw.map((r) => shapeRow(r, compiled.parts)), totalRows };
}

/** Runs a spec on a (read-only) connection: resolves the time window, the comparison, and shapes cells. */
export function runQuery(db: Database.Database, spec: QuerySpec, today: Date, baseCurrency: string): QueryResult {
  const started = performance.now();
  const window = resolveTimeRange(spec.timeRange, today, dataSpan(db, spec.dateBasis));
  // An empty store has no span: "all time" then reads everything there is, which is nothing.
  const isAllTime = spec.timeRange.kind === 'preset' && spec.timeRange.preset === 'all';
  const main = execute(db, spec, window, isAllTime);
  const result: QueryResult = {
    columns: resultColumns(main.compiled.parts, baseCurrency),
    rows: main.rows,
    range: window ? windowToIso(window) : null,
    totalRows: main.totalRows,
    baseCurrency,
    elapsedMs: 0,
  };
  if (spec.comparison && window && !isAllTime && spec.dimensions.length === 0) {
    const previous = comparisonWindow(window, spec.comparison);
    result.comparison = { range: windowToIso(previous), rows: execute(db, spec, previous, false).rows };
  }
  result.elapsedMs = Math.round((performance.now() - started) * 100) / 100;
  return result;
}
