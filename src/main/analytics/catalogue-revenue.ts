import type Database from 'better-sqlite3';
import { joinAmount } from '../../shared/money/exact-amount';
import type { DateBasis } from '../../shared/query/query-spec';
import { isWholeMonths, type AnalysisWindow } from './analysis-window';

/** Base-currency revenue of one recording × release group, in 1e-16 units. */
export interface CatalogueRevenue {
  recordingId: number | null;
  releaseId: number | null;
  revenue: bigint;
}

/** The first sale month (yyyymm) of a recording × release pair as the lines name it. */
export interface FirstSale {
  recordingId: number | null;
  releaseId: number | null;
  month: number;
}

const idOf = (value: number | bigint | null) => (value === null ? null : Number(value));

/**
 * When each recording × release pair first sold, from the catalogue rollup merged across imports
 * (0 stands for no id there). Sale months whatever the basis a report asks for: first sales are
 * about when things sold.
 */
export function firstSales(db: Database.Database): FirstSale[] {
  return db
    .prepare<[], { recording_id: number | null; release_id: number | null; first: number }>(
      `SELECT NULLIF(recording_id, 0) AS recording_id, NULLIF(release_id, 0) AS release_id, MIN(month) AS first
       FROM rollup_catalogue_month WHERE basis = 'sale' GROUP BY basis, recording_id, release_id`,
    )
    .all()
    .map((r) => ({ recordingId: r.recording_id, releaseId: r.release_id, month: r.first }));
}

/**
 * A split sum's sign, exactly and without overflow: hi counts 1e-8 units and lo the rest, so
 * hi·10⁸ + lo > 0 is read as (hi + lo div 10⁸) above zero, or zero with lo's remainder above zero.
 */
const EARNED = '(SUM(m.base_hi) + SUM(m.base_lo) / 100000000 > 0 OR (SUM(m.base_hi) + SUM(m.base_lo) / 100000000 = 0 AND SUM(m.base_lo) % 100000000 > 0))';

/**
 * Each recording's last sale month up to `throughYyyymm` in which its net revenue was above zero
 * (a month of returns only does not count). Lines without an FX rate have no base amount and earn
 * nothing here (the merged rollup keeps their sum as 0). Each recording walks its months back
 * from `throughYyyymm` in the rollup's (recording, month) index and stops at the first that
 * earned, which is most often the first one read.
 */
export function lastEarningMonths(db: Database.Database, throughYyyymm: number): Map<number, number> {
  const rows = db
    .prepare<[number], { recording_id: number; last: number | null }>(
      `SELECT r.id AS recording_id, (
         SELECT m.month FROM rollup_catalogue_month m WHERE m.basis = 'sale' AND m.recording_id = r.id AND m.month <= ?
         GROUP BY m.month HAVING ${EARNED} ORDER BY m.month DESC LIMIT 1
       ) AS last FROM recording r`,
    )
    .all(throughYyyymm);
  return new Map(rows.filter((r) => r.last !== null).map((r) => [r.recording_id, r.last!]));
}

/**
 * Revenue per recording × release inside a window: from the merged catalogue rollup when whole months
 * bound the window (or it is all time), else from the lines, by the basis's day column.
 */
export function catalogueWindowRevenue(db: Database.Database, { window, allTime }: AnalysisWindow, basis: DateBasis): CatalogueRevenue[] {
  if (!allTime && window === null) return [];
  let sql: string;
  let params: (string | number)[];
  if (allTime || (window && isWholeMonths(window))) {
    sql = `SELECT NULLIF(recording_id, 0) AS recording_id, NULLIF(release_id, 0) AS release_id, SUM(base_hi) AS hi, SUM(base_lo) AS lo
           FROM rollup_catalogue_month WHERE basis = ?${allTime ? '' : ' AND month BETWEEN ? AND ?'} GROUP BY recording_id, release_id`;
    params = allTime ? [basis] : [basis, Math.floor(window!.from / 100), Math.floor(window!.to / 100)];
  } else {
    const day = basis === 'sale' ? 'sale_start' : 'reporting_day';
    sql = `SELECT recording_id, release_id, SUM(base_hi) AS hi, SUM(base_lo) AS lo FROM statement_line
           WHERE ${day} BETWEEN ? AND ? GROUP BY recording_id, release_id`;
    params = [window!.from, window!.to];
  }
  const rows = db.prepare(sql).safeIntegers(true).all(...params) as { recording_id: bigint | null; release_id: bigint | null; hi: bigint | null; lo: bigint | null }[];
  return rows.map((r) => ({ recordingId: idOf(r.recording_id), releaseId: idOf(r.release_id), revenue: joinAmount(r.hi ?? 0n, r.lo ?? 0n) }));
}
