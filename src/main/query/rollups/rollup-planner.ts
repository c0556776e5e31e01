import { conditionsOf, type ConditionField } from '../../../shared/query/filter-spec';
import type { Dimension, QuerySpec, SpecMetric } from '../../../shared/query/query-spec';
import { addDays } from '../../../shared/period/sale-period';
import { firstDayOfMonthIndex, monthIndex, type DayWindow } from '../../../shared/query/time-window';
import { mergedRollupSource, rollupSource, rollupWithEdgeDays, STATEMENT_LINES, type FactSource, type SplitWindow } from '../fact-source';
import { RECORDINGS_BY_MONTH, RECORDINGS_BY_YEAR, TERRITORIES_BY_MONTH } from './merged-rollups';
import { ALWAYS_KEPT, ROLLUPS, type RollupKey } from './rollup-definitions';

/**
 * The key a rollup must keep to answer for a word of the spec: null when every rollup can (months,
 * sale type, currency, the import), 'lines' when only the lines can (days, weeks).
 */
type Need = RollupKey | null | 'lines';

const ENTITY_NEEDS = {
  platform: 'platform_id', territory: 'territory', artist: 'artist_id', release: 'release_id', recording: 'recording_id',
  saleType: null, currency: null, importBatch: null, label: 'lines',
} as const;

const DIMENSION_NEEDS: Record<Dimension, Need> = { ...ENTITY_NEEDS, day: 'lines', week: 'lines', month: null, quarter: null, year: null };

const FILTER_NEEDS: Record<ConditionField, Need> = {
  ...ENTITY_NEEDS,
  platformName: 'platform_id', territoryName: 'territory', artistName: 'artist_id',
  releaseTitle: 'release_id', upc: 'release_id', recordingTitle: 'recording_id', isrc: 'recording_id',
  day: 'lines', month: null, year: null,
  quantity: null, streams: null, downloads: null, revenue: null, lines: null,
  distinctRecordings: 'recording_id', distinctReleases: 'release_id', distinctTerritories: 'territory', distinctPlatforms: 'platform_id',
  unconvertedLines: null,
};

/** Distinct counts need the key they count; sums are kept by every rollup. */
function metricNeed(metric: SpecMetric): Need {
  return metric in FILTER_NEEDS ? FILTER_NEEDS[metric as ConditionField] : null;
}

/**
 * The smallest source that answers a query exactly. Queries whose every grouped, filtered and
 * counted key some rollup keeps read the smallest such rollup: alone when the window is whole
 * months (or everything), with the statement lines of the edge days when it cuts a month, and
 * not at all when no whole month lies inside it. Everything else reads the lines. `window` is
 * null when the query covers all data.
 */
export function planSource(spec: QuerySpec, window: DayWindow | null): FactSource {
  const needed = neededKeys(spec);
  const rollup = needed && ROLLUPS.find((definition) => needed.every((key) => definition.keys.includes(key)));
  if (!rollup) return STATEMENT_LINES;
  const split = window && splitAtMonths(window);
  if (window && !split) return STATEMENT_LINES;
  if (split && split.edges.length > 0) return rollupWithEdgeDays(rollup, spec.dateBasis, split);
  return mergedSource(spec, needed!, window) ?? rollupSource(rollup);
}

/**
 * Recording-only and territory-only questions over whole months read the rollups merged across
 * imports (a tenth of the rows and clustered by month), recordings by year where the question
 * asks nothing finer. Questions about statement files need the per-import rows.
 */
function mergedSource(spec: QuerySpec, needed: readonly RollupKey[], window: DayWindow | null): FactSource | null {
  const fields = [...spec.dimensions, ...conditionsOf(spec.filters).map((condition) => condition.field)];
  if (needed.length !== 1 || fields.includes('importBatch')) return null;
  if (needed[0] === 'territory') return mergedRollupSource(TERRITORIES_BY_MONTH, null, spec.dateBasis, window);
  if (needed[0] !== 'recording_id') return null;
  const finerThanYear = fields.some((field) => field === 'month' || field === 'quarter') || asksUnconverted(spec);
  return mergedRollupSource(RECORDINGS_BY_MONTH, finerThanYear ? null : RECORDINGS_BY_YEAR, spec.dateBasis, window);
}

/**
 * Lines are converted by the rate of their sale month. A monthly row on the sale basis holds lines
 * of one sale month and currency, which one rate converts or none does, so whether its base is
 * NULL says how many of its lines wait for a rate. A row of a reporting month or of a year may
 * hold lines of several sale months, some converted and some not: only the lines can count those.
 */
function asksUnconverted(spec: QuerySpec): boolean {
  return spec.metrics.includes('unconvertedLines') || conditionsOf(spec.filters).some((condition) => condition.field === 'unconvertedLines');
}

/** The keys beyond sale type and currency a rollup must keep to answer; null when only the lines can. */
function neededKeys(spec: QuerySpec): RollupKey[] | null {
  const needs: Need[] = [
    ...spec.dimensions.map((dimension) => DIMENSION_NEEDS[dimension]),
    ...conditionsOf(spec.filters).map((condition) => FILTER_NEEDS[condition.field]),
    ...spec.metrics.map(metricNeed),
    ...(asksUnconverted(spec) && spec.dateBasis === 'reporting' ? ['lines' as const] : []),
  ];
  if (needs.includes('lines')) return null;
  const kept = new Set<string>(ALWAYS_KEPT);
  return [...new Set(needs.filter((need): need is RollupKey => need !== null && need !== 'lines' && !kept.has(need)))];
}

/** The whole months inside a window and the days left over at its edges; null when no whole month fits. */
export function splitAtMonths(window: DayWindow): SplitWindow | null {
  const startsMonth = window.from % 100 === 1;
  const endsMonth = addDays(window.to, 1) % 100 === 1;
  const first = monthIndex(window.from) + (startsMonth ? 0 : 1);
  const last = monthIndex(window.to) - (endsMonth ? 0 : 1);
  if (first > last) return null;
  const edges: DayWindow[] = [];
  if (!startsMonth) edges.push({ from: window.from, to: addDays(firstDayOfMonthIndex(first), -1) });
  if (!endsMonth) edges.push({ from: firstDayOfMonthIndex(last + 1), to: window.to });
  const yyyymm = (index: number) => Math.floor(firstDayOfMonthIndex(index) / 100);
  return { window, months: { from: yyyymm(first), to: yyyymm(last) }, edges };
}
