import type { FilterCondition } from '../../../../shared/query/filter-spec';
import type { DateBasis, FilterField, QuerySpecInput, TimeRange } from '../../../../shared/query/query-spec';
import type { StatementLinesRequestInput } from '../../../../shared/query/statement-lines-contract';
import { isoDay } from '../../format/calendar-text';
import type { FiguresBasis } from '../../../../shared/query/unconverted-lines';
import { effectiveSort, topApplies, type BreakdownChoices } from './breakdown-choices';
import { dimensionLabel, dimensionPlural, metricLabel } from './breakdown-vocabulary';

/** The window the page shares with the Overview, and which date places a sale in it. */
export interface BreakdownScope {
  timeRange: TimeRange;
  dateBasis: DateBasis;
}

/**
 * Rows the table holds at most. Beyond this a person exports rather than scrolls; the table says
 * how many rows there are in all.
 */
export const TABLE_ROW_LIMIT = 50_000;

/** Members a pick list offers, busiest first; its search narrows them. */
const PICK_LIST_LIMIT = 2_000;

/** The person's filters and the drill steps' filters, all of which a row must meet. */
export function activeFilters(choices: BreakdownChoices): FilterCondition[] {
  return [...choices.filters.map((chosen) => chosen.filter), ...choices.drillPath.flatMap((step) => (step.filter ? [step.filter] : []))];
}

/** The innermost period drilled into, else the window the time bar chose. */
function activeTimeRange(choices: BreakdownChoices, scope: BreakdownScope): TimeRange {
  const days = choices.drillPath.findLast((step) => step.days !== null)?.days;
  return days ? { kind: 'absolute', from: days.from, to: days.to } : scope.timeRange;
}

/** What a Breakdown export holds, said in its dialog: the rows on screen, which a top n sums past its n. */
export function breakdownExportHolds(spec: QuerySpecInput): string {
  if (!spec.top) return 'Every row for the time range on screen.';
  const others = spec.top.otherLabel?.replace(/^All /, 'all ') ?? 'all the others';
  return `The rows on screen for this time range: the top ${spec.top.n} and one row adding up ${others}. Choose Rows: Every row to export each of them.`;
}

/** The table and the chart: one row per member (or pair of members). Without a limit it is the export. */
export function breakdownSpec(choices: BreakdownChoices, scope: BreakdownScope, limit?: number): QuerySpecInput {
  return {
    metrics: [choices.metric],
    dimensions: choices.dimensions,
    filters: activeFilters(choices),
    timeRange: activeTimeRange(choices, scope),
    dateBasis: scope.dateBasis,
    ...(choices.comparison ? { comparison: choices.comparison } : {}),
    sort: effectiveSort(choices),
    ...(topApplies(choices) && choices.top ? { top: { n: choices.top, otherLabel: `All other ${dimensionPlural(choices.dimensions[0]!)}` } } : {}),
    ...(limit ? { limit } : {}),
  };
}

/**
 * The whole of what the table breaks down, exact from the engine, with the comparison when one is
 * chosen, and the statement lines each window holds, to tell a window without any from a fall.
 */
export function totalSpec(choices: BreakdownChoices, scope: BreakdownScope): QuerySpecInput {
  return {
    metrics: choices.metric === 'lines' ? ['lines'] : [choices.metric, 'lines'],
    filters: activeFilters(choices),
    timeRange: activeTimeRange(choices, scope),
    dateBasis: scope.dateBasis,
    ...(choices.comparison ? { comparison: choices.comparison } : {}),
  };
}

/** What chooses the statement lines behind the view; the panel adds the order and the page. */
export type LinesBasis = Required<Pick<StatementLinesRequestInput, 'filters' | 'timeRange' | 'dateBasis'>>;

/** The table's own filters, window and date basis, so the lines add up to the total it shows. */
export function linesBasis(choices: BreakdownChoices, scope: BreakdownScope): LinesBasis {
  return { filters: activeFilters(choices), timeRange: activeTimeRange(choices, scope), dateBasis: scope.dateBasis };
}

/** The same lines, for what the figures leave out for want of an FX rate. */
export function figuresBasis(choices: BreakdownChoices, scope: BreakdownScope): FiguresBasis {
  return { filters: activeFilters(choices), timeRange: activeTimeRange(choices, scope), dateBasis: scope.dateBasis };
}

/** The members of a field a filter can pick from, over all time, the most-reported first. */
export function pickListSpec(field: FilterField): QuerySpecInput {
  return {
    metrics: ['lines'],
    dimensions: [field],
    timeRange: { kind: 'preset', preset: 'all' },
    sort: { by: 'lines', direction: 'desc' },
    limit: PICK_LIST_LIMIT,
  };
}

/** "Revenue by platform", "Streams by month and territory". */
export function breakdownTitle(choices: BreakdownChoices): string {
  const [first, second] = choices.dimensions;
  const by = [first, second].filter((dimension) => dimension !== undefined).map((dimension) => dimensionLabel(dimension).toLowerCase());
  return `${metricLabel(choices.metric)} by ${by.join(' and ')}`;
}

/** "breakdown-revenue-by-territory-2026-11-21.csv". */
export function breakdownFileName(choices: BreakdownChoices, today: Date): string {
  const slug = breakdownTitle(choices)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `breakdown-${slug}-${isoDay(today)}.csv`;
}

/** The root of the breadcrumb: "All platforms". */
export function rootCrumbText(choices: BreakdownChoices): string {
  const first = choices.drillPath[0]?.from.dimensions[0] ?? choices.dimensions[0];
  return first ? `All ${dimensionPlural(first)}` : 'Everything';
}
