import { create } from 'zustand';
import type { DateBasis, TimePreset, TimeRange } from '../../../shared/query/query-spec';

type OverviewPreset = Extract<TimePreset, 'last30d' | 'last90d' | 'last12m' | 'ytd' | 'all'>;
export type RangeChoice = OverviewPreset | 'custom';

interface OverviewState {
  choice: RangeChoice;
  customFrom: string;
  customTo: string;
  dateBasis: DateBasis;
  choose(choice: RangeChoice, seed?: { from: string; to: string } | null): void;
  setCustomFrom(day: string): void;
  setCustomTo(day: string): void;
  setDateBasis(basis: DateBasis): void;
}

export const useOverviewStore = create<OverviewState>()((set, get) => ({
  choice: 'last12m',
  customFrom: '',
  customTo: '',
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
  setDateBasis: (dateBasis) => set({ dateBasis }),
}));

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The range the panels ask for, or why there is none yet. */
export function selectedTimeRange(state: Pick<OverviewState, 'choice' | 'customFrom' | 'customTo'>): TimeRange | { problem: string } {
  if (state.choice !== 'custom') return { kind: 'preset', preset: state.choice };
  if (!ISO_DAY.test(state.customFrom) || !ISO_DAY.test(state.customTo)) return { problem: 'Choose a start date and an end date.' };
  if (state.customFrom > state.customTo) return { problem: 'The end date is before the start date.' };
  return { kind: 'absolute', from: state.customFrom, to: state.customTo };
}
