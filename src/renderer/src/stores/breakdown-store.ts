import { create } from 'zustand';
import type { Comparison, Dimension, Metric } from '../../../shared/query/query-spec';
import {
  drillInto,
  INITIAL_CHOICES,
  stepBack,
  withComparison,
  withDimension,
  withFilter,
  withMetric,
  withoutFilter,
  withSortBy,
  withTop,
  type BreakdownChoices,
  type ChosenFilter,
  type DrillTarget,
} from '../pages/breakdown/breakdown-choices';
import type { DayRange } from '../pages/breakdown/time-periods';

interface BreakdownState extends BreakdownChoices {
  setMetric(metric: Metric): void;
  setDimension(index: 0 | 1, dimension: Dimension | null): void;
  sortBy(by: Dimension | Metric): void;
  addFilter(chosen: ChosenFilter): void;
  removeFilter(index: number): void;
  setComparison(comparison: Comparison | null): void;
  setTop(top: number | null): void;
  /** False when the member opens into nothing finer (a day, a fully pinned entity). */
  drill(target: DrillTarget, windowOnScreen: DayRange | null): boolean;
  stepBack(depth: number): void;
}

/** The choices alone, for building specs; select with `useShallow` so an unchanged set keeps its identity. */
export function choicesOf(state: BreakdownChoices): BreakdownChoices {
  const { metric, dimensions, filters, comparison, sort, drillPath, top } = state;
  return { metric, dimensions, filters, comparison, sort, drillPath, top };
}

/**
 * The Breakdown page's choices live here rather than in the page, so leaving for another page and
 * coming back finds the same view, drill-down path included. The time range is the Overview's.
 */
export const useBreakdownStore = create<BreakdownState>()((set, get) => ({
  ...INITIAL_CHOICES,
  setMetric: (metric) => set(withMetric(choicesOf(get()), metric)),
  setDimension: (index, dimension) => set(withDimension(choicesOf(get()), index, dimension)),
  sortBy: (by) => set(withSortBy(choicesOf(get()), by)),
  addFilter: (chosen) => set(withFilter(choicesOf(get()), chosen)),
  removeFilter: (index) => set(withoutFilter(choicesOf(get()), index)),
  setComparison: (comparison) => set(withComparison(choicesOf(get()), comparison)),
  setTop: (top) => set(withTop(choicesOf(get()), top)),
  drill(target, windowOnScreen) {
    const next = drillInto(choicesOf(get()), target, windowOnScreen);
    if (next) set(next);
    return next !== null;
  },
  stepBack: (depth) => set(stepBack(choicesOf(get()), depth)),
}));
