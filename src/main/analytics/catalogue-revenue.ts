import type Database from 'better-sqlite3';
import { joinAmount } from '../../shared/money/exact-amount';
import type { DateBasis } from '../../shared/query/query-spec';
import type { DayWindow } from '../../shared/query/time-window';
import { LINE_DAY, monthRange, periodArms, type PeriodArm } from '../query/fact-source';
import type { SqlFragment } from '../query/filter-sql';
import { CATALOGUE_BY_MONTH, CATALOGUE_BY_YEAR } from '../query/rollups/merged-rollups';
import { splitAtMonths } from '../query/rollups/rollup-planner';
import type { AnalysisWindow } from './analysis-window';

/** Base-currency revenue of one recording × release group, in 1e-16 units. */
export interface CatalogueRevenue {
  recordingId: number | null;
  releaseId: number | null;
  revenue: bigint;
}

const idOf = (value: bigint | number): number | null => (value === 0n || value === 0 ? null : Number(value));

/** Rows of one part of a window; `onePeriod`: a rollup's rows of one month or year, one per group already. */
type RevenueArm = SqlFragment & { onePeriod: boolean };

/** Recording, release and base amount rows of each part of a window, ids absent as 0. */
function revenueArms(window: DayWindow | null, basis: DateBasis): RevenueArm[] {
  const merged = (table: string, range: PeriodArm['range']): RevenueArm => {
    const months = monthRange(range);
    return {
      sql: `SELECT recording_id, release_id, base_hi, base_lo FROM ${table} WHERE basis = ?${months.sql}`,
      params: [basis, ...months.params],
      onePeriod: range !== null && range.from === range.to,
    };
  };
  const lines = (days: DayWindow): RevenueArm => ({
    sql: `SELECT COALESCE(recording_id, 0) AS recording_id, COALESCE(release_id, 0) AS release_id, COALESCE(base_hi, 0) AS base_hi,
            COALESCE(base_lo, 0) AS base_lo FROM statement_line
          WHERE ${LINE_DAY[basis]} BETWEEN ? AND ?`,
    params: [days.from, days.to],
    onePeriod: false,
  });
  if (window === null) return [merged(CATALOGUE_BY_YEAR.table, null)];
  const split = splitAtMonths(window);
  if (!split) return [lines(window)];
  const arms = periodArms(true, split.months).map((arm) => merged(arm.grain === 'year' ? CATALOGUE_BY_YEAR.table : CATALOGUE_BY_MONTH.table, arm.range));
  return [...arms, ...split.edges.map(lines)];
}

/** Integers below 2^53 in magnitude come through JSON as numbers exactly. */
const EXACT_IN_JSON = 2 ** 53;

/**
 * Revenue per recording × release inside a window (or all time): whole years from the yearly
 * catalogue rollup, the months around them from the monthly one, and the days of a cut month at
 * either edge from the lines, which the day index of the basis finds. The groups cross from
 * SQLite as four JSON arrays rather than thousands of rows, each row costing more to hand over
 * than to sum; sums too large for that exactly come as 64-bit integers instead.
 */
export function catalogueWindowRevenue(db: Database.Database, { window, allTime }: AnalysisWindow, basis: DateBasis): CatalogueRevenue[] {
  if (!allTime && window === null) return [];
  const arms = revenueArms(allTime ? null : window, basis);
  const params = arms.flatMap((arm) => arm.params);
  // A single month or year of a rollup holds each group once: grouping it again would only cost time.
  const groups =
    arms.length === 1 && arms[0]!.onePeriod
      ? `SELECT recording_id, release_id, base_hi AS hi, base_lo AS lo FROM (${arms[0]!.sql})`
      : `SELECT recording_id, release_id, SUM(base_hi) AS hi, SUM(base_lo) AS lo FROM (${arms.map((arm) => arm.sql).join(' UNION ALL ')})
    GROUP BY recording_id, release_id`;
  const columns = db
    .prepare(
      `SELECT json_group_array(recording_id), json_group_array(release_id), json_group_array(hi), json_group_array(lo),
         COALESCE(MAX(ABS(hi)) < ${EXACT_IN_JSON} AND MAX(ABS(lo)) < ${EXACT_IN_JSON}, 1) FROM (${groups})`,
    )
    .raw(true)
    .get(...params) as [string, string, string, string, number];
  if (columns[4] === 1) {
    const [recordings, releases, his, los] = columns.slice(0, 4).map((json) => JSON.parse(json as string) as number[]) as [number[], number[], number[], number[]];
    return recordings.map((recording, i) => ({ recordingId: idOf(recording), releaseId: idOf(releases[i]!), revenue: joinAmount(BigInt(his[i]!), BigInt(los[i]!)) }));
  }
  const rows = db.prepare(groups).raw(true).safeIntegers(true).all(...params) as [bigint, bigint, bigint, bigint][];
  return rows.map(([recording, release, hi, lo]) => ({ recordingId: idOf(recording), releaseId: idOf(release), revenue: joinAmount(hi, lo) }));
}
