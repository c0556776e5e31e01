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

/** A window's spec for the lines waiting for a rate, or null when the window holds no day. */
function waitingTimeRange({ window, allTime }: AnalysisWindow): TimeRange | null {
  if (!allTime && window === null) return null;
  return window && !allTime ? { kind: 'absolute', ...windowToIso(window) } : { kind: 'preset', preset: 'all' };
}

/** Each member's lines waiting, by the member's id (null for none), with their currencies. */
function waitingBy(answer: QueryResult, dimension: 'recording' | 'release'): { member: number | null; currency: string | null; lines: number }[] {
  const [member, currency, lines] = [column(answer, `${dimension}_key`), column(answer, 'currency_key'), column(answer, 'unconverted_lines')];
  return answer.rows.map((row) => ({
    member: row[member] === null || row[member] === undefined ? null : Number(row[member]),
    currency: row[currency] === null || row[currency] === undefined ? null : String(row[currency]),
    lines: Number(row[lines] ?? 0),
  }));
}

/**
 * The window's lines waiting for a rate, by recording, counted by the query engine as the pages'
 * notices count them (exactly on either basis). The window is the one the report resolved, so the
 * two can never disagree on which days count.
 */
export function waitingInWindow(db: Database.Database, analysis: AnalysisWindow, dateBasis: DateBasis, today: Date, baseCurrency: string): WaitingInWindow {
  const waiting: WaitingInWindow = { lines: 0, currencies: [], byRecording: new Map() };
  const timeRange = waitingTimeRange(analysis);
  if (timeRange === null) return waiting;
  const answer = runQuery(db, QuerySpec.parse(unconvertedSpec({ timeRange, dateBasis }, ['recording'])), today, baseCurrency);
  const currencies = new Set<string>();
  for (const { member, currency, lines } of waitingBy(answer, 'recording')) {
    waiting.lines += lines;
    if (currency !== null) currencies.add(currency);
    if (member !== null) waiting.byRecording.set(member, (waiting.byRecording.get(member) ?? 0) + lines);
  }
  waiting.currencies = [...currencies].sort();
  return waiting;
}

/** Lines waiting for a rate that one release holds: its own, or its sole recording's lines that name no release. */
export interface WaitingOfRelease {
  /** The release they count for, as ReleaseAttribution tells it; null when it cannot be told. */
  release: number | null;
  currency: string | null;
  lines: number;
}

/**
 * The window's lines waiting for a rate, by the release they count for: lines naming a release by
 * it, release-less lines by their recording's sole release (`releaseOf`), as the revenue split by
 * release age counts converted money. Two answers, because a spec groups by two dimensions and
 * each row must keep its currency.
 */
export function waitingByRelease(
  db: Database.Database,
  analysis: AnalysisWindow,
  dateBasis: DateBasis,
  today: Date,
  baseCurrency: string,
  releaseOf: (releaseId: number | null, recordingId: number | null) => number | null,
): WaitingOfRelease[] {
  const timeRange = waitingTimeRange(analysis);
  if (timeRange === null) return [];
  const ask = (filter: 'exists' | 'notExists', dimension: 'recording' | 'release') =>
    waitingBy(
      runQuery(db, QuerySpec.parse(unconvertedSpec({ timeRange, dateBasis, filters: [{ field: 'release', op: filter }] }, [dimension])), today, baseCurrency),
      dimension,
    );
  return [
    ...ask('exists', 'release').map(({ member, currency, lines }) => ({ release: member, currency, lines })),
    ...ask('notExists', 'recording').map(({ member, currency, lines }) => ({ release: releaseOf(null, member), currency, lines })),
  ];
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
