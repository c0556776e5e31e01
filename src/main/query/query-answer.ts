import type Database from 'better-sqlite3';
import { isGaugeSpec, type Cell, type QuerySpec } from '../../shared/query/query-spec';
import type { DayWindow } from '../../shared/query/time-window';
import { logger } from '../diagnostics/logger';
import { compileGaugeQuery } from './compile-gauge-query';
import { compileQuery, type CompiledQuery, type SqlFragment } from './compile-query';
import type { FactSource } from './fact-source';
import type { SelectPart } from './query-vocabulary';
import { planSource } from './rollups/rollup-planner';
import { shapeRow } from './shape-rows';
import { sqliteDialect } from './sql-dialect';

const SLOW_QUERY_MS = 40;

/** Rows as the contract shapes them, the parts that describe their cells, and the groups before any limit. */
export interface Answer {
  parts: SelectPart[];
  rows: Cell[][];
  totalRows: number;
}

export function runCompiled(db: Database.Database, compiled: CompiledQuery): Answer {
  const started = performance.now();
  const raw = db.prepare(compiled.sql).raw(true).safeIntegers(true).all(...compiled.params) as unknown[][];
  const elapsed = performance.now() - started;
  if (elapsed > SLOW_QUERY_MS) {
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${compiled.sql}`).all(...compiled.params) as { detail: string }[];
    logger.warn(`slow query (${elapsed.toFixed(1)} ms): ${compiled.sql} | plan: ${plan.map((p) => p.detail).join('; ')}`);
  }
  const totalRows = raw.length ? Number(raw[0]![compiled.totalRowsColumn]) : 0;
  return { parts: compiled.parts, rows: raw.map((r) => shapeRow(r, compiled.parts)), totalRows };
}

/**
 * Answers a spec over a window (null: all data). `source` and `conditions` come from a caller
 * that narrows the lines itself (an "Others" row) and so must read where its conditions' keys are.
 */
export function answerSpec(
  db: Database.Database,
  spec: QuerySpec,
  window: DayWindow | null,
  narrowing: { source: FactSource; conditions: readonly SqlFragment[] } | null = null,
): Answer {
  if (isGaugeSpec(spec)) return runCompiled(db, compileGaugeQuery(spec, window, sqliteDialect));
  const source = narrowing?.source ?? planSource(spec, window);
  return runCompiled(db, compileQuery(spec, window, sqliteDialect, source, narrowing?.conditions ?? []));
}
