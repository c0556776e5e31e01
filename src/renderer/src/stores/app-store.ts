import { create } from 'zustand';
import type { AppInfo } from '../../../shared/contract/channels';
import type { WorkstationErrorShape } from '../../../shared/contract/envelope';
import type { WorkstationApi } from '../../../shared/contract/workstation-api';

interface AppState {
  info: AppInfo | null;
  infoError: WorkstationErrorShape | null;
  /** Bumped whenever the store changes, so every panel asks again. */
  dataVersion: number;
  /** Bumped when which imports there are, or what one holds, changes: staged files are checked again then. */
  importsVersion: number;
  /** Bumped when the review queue changes while the figures do not (a keep): what shows the queue asks again. */
  reviewVersion: number;
  refreshInfo(api: WorkstationApi): Promise<void>;
  /** The connection came back: the workstation may have been started again, with everything changed. */
  reconnected(api: WorkstationApi): Promise<void>;
  noteDataChanged(versions: { dataVersion: number; importsVersion: number }): void;
  noteReviewChanged(reviewVersion: number): void;
}

export const useAppStore = create<AppState>()((set) => ({
  info: null,
  infoError: null,
  dataVersion: 0,
  importsVersion: 0,
  reviewVersion: 0,
  async refreshInfo(api) {
    const answer = await api.appInfo();
    if (answer.ok) set({ info: answer.value, infoError: null, dataVersion: answer.value.dataVersion, importsVersion: answer.value.importsVersion });
    else set({ infoError: answer.error });
  },
  async reconnected(api) {
    const answer = await api.appInfo();
    if (!answer.ok) return set({ infoError: answer.error });
    // A workstation started again counts its versions from 0: a version below any it gives is new
    // to every view, so each asks again, and still is when the workstation next says its own.
    set((state) => ({
      info: answer.value,
      infoError: null,
      dataVersion: Math.min(state.dataVersion, 0) - 1,
      importsVersion: Math.min(state.importsVersion, 0) - 1,
      reviewVersion: Math.min(state.reviewVersion, 0) - 1,
    }));
  },
  noteDataChanged({ dataVersion, importsVersion }) {
    set({ dataVersion, importsVersion });
  },
  noteReviewChanged(reviewVersion) {
    set({ reviewVersion });
  },
}));
