import type Database from 'better-sqlite3';
import { QuerySpec, type DateBasis, type QueryResult, type TimeRange } from '../../shared/query/query-spec';
import { ANY_UNCONVERTED_SPEC, anyUnconverted, unconvertedSpec } from '../../shared/query/unconverted-lines';
import { windowToIso } from '../../shared/query/time-window';
import { runQuery } from '../query/run-query';
import type { AnalysisWindow } from './analysis-window';

/** The lines of a window no FX rate converts yet: left out of every base-currency figure. */
export interface WaitingInWindow {
  lines: number;
  currencies: string[];
  /** Lines waiting, by recording id. */
  byRecording: Map<number, number>;
}

/** Whether any line of the store waits for a rate: the rollups answer it in a few milliseconds. */
export function anyLineWaits(db: Database.Database, today: Date, baseCurrency: string): boolean {
  return anyUnconverted(runQuery(db, QuerySpec.parse(ANY_UNCONVERTED_SPEC), today, baseCurrency));
}

function column(result: QueryResult, name: string): number {
  return result.columns.findIndex((c) => c.name === name);
}

/**
 * The window's lines waiting for a rate, by recording, counted by the query engine as the pages'
 * notices count them (exactly on either basis). The window is the one the report resolved, so the
 * two can never disagree on which days count.
 */
export function waitingInWindow(db: Database.Database, { window, allTime }: AnalysisWindow, dateBasis: DateBasis, today: Date, baseCurrency: string): WaitingInWindow {
  const waiting: WaitingInWindow = { lines: 0, currencies: [], byRecording: new Map() };
  if (!allTime && window === null) return waiting;
  const timeRange: TimeRange = window && !allTime ? { kind: 'absolute', ...windowToIso(window) } : { kind: 'preset', preset: 'all' };
  const answer = runQuery(db, QuerySpec.parse(unconvertedSpec({ timeRange, dateBasis }, ['recording'])), today, baseCurrency);
  const [recording, currency, lines] = [column(answer, 'recording_key'), column(answer, 'currency_key'), column(answer, 'unconverted_lines')];
  const currencies = new Set<string>();
  for (const row of answer.rows) {
    const count = Number(row[lines] ?? 0);
    waiting.lines += count;
    if (row[currency] !== null && row[currency] !== undefined) currencies.add(String(row[currency]));
    const id = row[recording];
    if (id !== null && id !== undefined) waiting.byRecording.set(Number(id), (waiting.byRecording.get(Number(id)) ?? 0) + count);
  }
  waiting.currencies = [...currencies].sort();
  return waiting;
}

/**
 * Each recording's last sale month, up to `through` (yyyymm), holding lines no rate converts yet.
 * A merged cell of one month and currency is converted whole or not at all (one rate a month), so
 * `priced = 0` finds exactly those months.
 */
export function lastWaitingMonths(db: Database.Database, through: number): Map<number, number> {
  const rows = db
    .prepare(
      `SELECT recording_id, MAX(month) FROM rollup_recording_month
       WHERE basis = 'sale' AND month <= ? AND priced = 0 AND recording_id <> 0 GROUP BY recording_id`,
    )
    .raw(true)
    .all(through) as [number, number][];
  return new Map(rows);
}
