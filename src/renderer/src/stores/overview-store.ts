import { create } from 'zustand';
import type { DateBasis, TimePreset, TimeRange } from '../../../shared/query/query-spec';

type OverviewPreset = Extract<TimePreset, 'last30d' | 'last90d' | 'last12m' | 'ytd' | 'all'>;
export type RangeChoice = OverviewPreset | 'custom';

/** Where "the last 12 months" ends: the month of the latest statement, or today. */
export type CountBackFrom = 'latestData' | 'today';

interface OverviewState {
  choice: RangeChoice;
  customFrom: string;
  customTo: string;
  countBackFrom: CountBackFrom;
  dateBasis: DateBasis;
  choose(choice: RangeChoice, seed?: { from: string; to: string } | null): void;
  setCustomFrom(day: string): void;
  setCustomTo(day: string): void;
  setCountBackFrom(countBackFrom: CountBackFrom): void;
  setDateBasis(basis: DateBasis): void;
}

/**
 * The time window the Overview, Breakdown and Catalogue health share: one choice, made on any of
 * them, holds on the others. It counts back from the latest statement by default because
 * statements arrive months late: counted from today, a label's "last 12 months" is mostly empty.
 */
export const useOverviewStore = create<OverviewState>()((set, get) => ({
  choice: 'last12m',
  customFrom: '',
  customTo: '',
  countBackFrom: 'latestData',
  dateBasis: 'sale',
  choose(choice, seed) {
    // Custom starts from the window on screen, so the user adjusts it rather than typing two dates.
    if (choice === 'custom' && seed && !get().customFrom && !get().customTo) {
      set({ choice, customFrom: seed.from, customTo: seed.to });
    } else {
      set({ choice });
    }
  },
  setCustomFrom: (customFrom) => set({ customFrom }),
  setCustomTo: (customTo) => set({ customTo }),
  setCountBackFrom: (countBackFrom) => set({ countBackFrom }),
  setDateBasis: (dateBasis) => set({ dateBasis }),
}));

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Only windows counted back ("the last 12 months") have an end to choose. */
export function countsBack(choice: RangeChoice): boolean {
  return choice !== 'all' && choice !== 'custom';
}

/** A preset counted back from the latest data rather than from today. */
export function countedBack(range: TimeRange, from: CountBackFrom): TimeRange {
  if (from === 'today' || range.kind !== 'preset') return range;
  const anchor = 'latestData' as const;
  switch (range.preset) {
    case 'last7d':
      return { kind: 'relative', last: 7, unit: 'day', anchor };
    case 'last30d':
      return { kind: 'relative', last: 30, unit: 'day', anchor };
    case 'last90d':
      return { kind: 'relative', last: 90, unit: 'day', anchor };
    case 'last12m':
      return { kind: 'relative', last: 12, unit: 'month', anchor };
    case 'ytd':
      // The year of the latest statement, up to its month.
      return { kind: 'relative', last: 1, unit: 'year', anchor };
    case 'all':
      return range;
  }
}

/** The range the panels ask for, or why there is none yet. */
export function selectedTimeRange(state: Pick<OverviewState, 'choice' | 'customFrom' | 'customTo' | 'countBackFrom'>): TimeRange | { problem: string } {
  if (state.choice !== 'custom') return countedBack({ kind: 'preset', preset: state.choice }, state.countBackFrom);
  if (!ISO_DAY.test(state.customFrom) || !ISO_DAY.test(state.customTo)) return { problem: 'Choose a start date and an end date.' };
  if (state.customFrom > state.customTo) return { problem: 'The end date is before the start date.' };
  return { kind: 'absolute', from: state.customFrom, to: state.customTo };
}
