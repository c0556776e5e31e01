import type Database from 'better-sqlite3';
import type { ReleaseComparison, ReleaseComparisonRequest } from '../../shared/analytics/release-comparison-contract';
import { releaseCurve, releaseMarks, type PeriodFigures } from '../../shared/analytics/release-curves';
import { formatAmount, joinAmount } from '../../shared/money/exact-amount';
import { addDays, formatDayNumber } from '../../shared/period/sale-period';
import { catalogueFacts, type CatalogueFacts } from './catalogue-facts';
import type { ReleaseAttribution } from './release-attribution';

const MARKS = [7, 30, 90] as const;

interface PeriodRow {
  release_id: bigint | null;
  recording_id: bigint | null;
  sale_start: bigint;
  sale_end: bigint;
  streams: bigint;
  hi: bigint | null;
  lo: bigint | null;
  waiting: bigint;
  waiting_currencies: string | null;
}

interface ReleaseDays {
  releaseDay: number;
  /** Keyed by "start-end": a period's lines from different recordings add up; `waiting`, its lines no FX rate converts yet. */
  periods: Map<string, { start: number; end: number; revenue: bigint; streams: bigint; waiting: number }>;
  /** The currencies of its lines waiting for a rate. */
  waitingCurrencies: Set<string>;
}

/**
 * Each chosen release's sales per statement period. Days matter here (a first week inside a
 * monthly statement) and the rollups keep only months, so this reads the lines, grouped, of the
 * chosen releases alone: lines naming one, and release-less lines of a recording only it holds.
 */
function salesByRelease(db: Database.Database, attribution: ReleaseAttribution, releases: ReadonlySet<number>): Map<number, ReleaseDays> {
  const releaseIds = JSON.stringify([...releases]);
  const recordingIds = JSON.stringify(attribution.recordingsOf(releases));
  // statement_line has no index by release or recording, but no line of these sold before their
  // first sale month: the sale-day index then reads only the lines since, not the whole store.
  const firstMonth = db
    .prepare<[string, string], number | null>(
      `SELECT MIN(month) FROM catalogue_first_sale
       WHERE release_id IN (SELECT value FROM json_each(?)) OR (release_id = 0 AND recording_id IN (SELECT value FROM json_each(?)))`,
    )
    .pluck()
    .get(releaseIds, recordingIds);
  if (firstMonth === null || firstMonth === undefined) return new Map();
  const rows = db
    .prepare(
      `SELECT release_id, recording_id, sale_start, sale_end,
         SUM(CASE WHEN sale_type = 'stream' THEN quantity ELSE 0 END) AS streams, SUM(base_hi) AS hi, SUM(base_lo) AS lo,
         SUM(base_hi IS NULL) AS waiting, group_concat(DISTINCT CASE WHEN base_hi IS NULL THEN currency END) AS waiting_currencies
       FROM statement_line
       WHERE sale_start >= ? AND (release_id IN (SELECT value FROM json_each(?))
          OR (release_id IS NULL AND recording_id IN (SELECT value FROM json_each(?))))
       GROUP BY release_id, recording_id, sale_start, sale_end`,
    )
    .safeIntegers(true)
    .all(firstMonth * 100 + 1, releaseIds, recordingIds) as PeriodRow[];
  const sales = new Map<number, ReleaseDays>();
  for (const row of rows) {
    const release = attribution.releaseOf(row.release_id === null ? null : Number(row.release_id), row.recording_id === null ? null : Number(row.recording_id));
    if (release === null) continue;
    const start = Number(row.sale_start);
    const end = Number(row.sale_end);
    const days = sales.get(release) ?? { releaseDay: start, periods: new Map(), waitingCurrencies: new Set<string>() };
    days.releaseDay = Math.min(days.releaseDay, start);
    const key = `${start}-${end}`;
    const period = days.periods.get(key) ?? { start, end, revenue: 0n, streams: 0n, waiting: 0 };
    period.revenue += joinAmount(row.hi ?? 0n, row.lo ?? 0n);
    period.streams += row.streams;
    period.waiting += Number(row.waiting);
    for (const currency of row.waiting_currencies?.split(',') ?? []) days.waitingCurrencies.add(currency);
    days.periods.set(key, period);
    sales.set(release, days);
  }
  return sales;
}

/**
 * Of a release's lines waiting for a rate, those counted by its figures through each of `days`
 * (a period across the day counts whole, as part of its money does); none past the statements' reach.
 */
function waitingThrough(release: ReleaseDays, days: readonly number[], reach: number): number[] {
  return days.map((day) => {
    const through = addDays(release.releaseDay, day - 1);
    if (through > reach) return 0;
    return [...release.periods.values()].reduce((sum, period) => (period.start <= through ? sum + period.waiting : sum), 0);
  });
}

/**
 * The releases to read: the ones asked for, or the latest by first sale month from the catalogue
 * facts. Releases sharing the month of the last one taken are read too, since only their days
 * tell which of them came later.
 */
function candidateReleases(facts: CatalogueFacts, request: ReleaseComparisonRequest): Set<number> {
  if (request.releaseIds) return new Set(request.releaseIds);
  const newestFirst = [...facts.releaseFirst].sort(([, a], [, b]) => b - a);
  const boundary = newestFirst[request.latest - 1]?.[1] ?? -Infinity;
  return new Set(newestFirst.filter(([, month]) => month >= boundary).map(([release]) => release));
}

interface ReleaseName {
  title: string;
  upc: string | null;
  artist: string | null;
}

function releaseNames(db: Database.Database, ids: number[]): Map<number, ReleaseName> {
  const rows = db
    .prepare<[string], { id: number; title: string; upc: string | null; artist: string | null }>(
      `SELECT r.id, r.title, r.upc, a.name AS artist FROM release r LEFT JOIN artist a ON a.id = r.artist_id
       WHERE r.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids));
  return new Map(rows.map((r) => [r.id, { title: r.title === '' && r.upc ? `UPC ${r.upc}` : r.title, upc: r.upc, artist: r.artist }]));
}

/**
 * Releases side by side from their own day 1: cumulative revenue and streams at 7, 30 and 90
 * days and along a curve. Day 1 is the first sale day the statements name, the store keeping no
 * release dates; a mark the statements do not reach yet is incomplete, never zero.
 */
export function releaseComparison(db: Database.Database, request: ReleaseComparisonRequest, baseCurrency: string): ReleaseComparison {
  const reach = db.prepare<[], { through: number | null }>('SELECT MAX(sale_to) AS through FROM import_batch').get()?.through ?? null;
  const facts = catalogueFacts(db);
  const sales = salesByRelease(db, facts.attribution, candidateReleases(facts, request));
  const chosen = request.releaseIds
    ? request.releaseIds.filter((id) => sales.has(id))
    : [...sales].sort(([a, x], [b, y]) => y.releaseDay - x.releaseDay || b - a).slice(0, request.latest).map(([id]) => id);
  const names = releaseNames(db, chosen);
  return {
    baseCurrency,
    dataThrough: reach === null ? null : formatDayNumber(reach),
    releaseDay: 'firstSaleDay',
    marks: [...MARKS],
    releases: chosen.map((id) => {
      const release = sales.get(id)!;
      const periods: PeriodFigures[] = [...release.periods.values()].map((p) => ({
        start: p.start, end: p.end, revenue: formatAmount(p.revenue), streams: Number(p.streams),
      }));
      const figures = { releaseDay: release.releaseDay, periods };
      const name = names.get(id)!;
      const marks = reach === null ? [] : releaseMarks(figures, reach, MARKS);
      const curve = reach === null ? [] : releaseCurve(figures, reach, request.curveStepDays, request.curveDays);
      return {
        releaseId: id,
        title: name.title,
        artist: name.artist,
        upc: name.upc,
        releaseDay: formatDayNumber(release.releaseDay),
        revenue: formatAmount([...release.periods.values()].reduce((sum, p) => sum + p.revenue, 0n)),
        streams: Number([...release.periods.values()].reduce((sum, p) => sum + p.streams, 0n)),
        marks,
        curve,
        unconverted: {
          lines: [...release.periods.values()].reduce((sum, p) => sum + p.waiting, 0),
          currencies: [...release.waitingCurrencies].sort(),
          byMark: reach === null ? [] : waitingThrough(release, marks.map((mark) => mark.days), reach),
          byCurvePoint: reach === null ? [] : waitingThrough(release, curve.map((point) => point.days), reach),
        },
      };
    }),
  };
}
