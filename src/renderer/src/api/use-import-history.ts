import type { WorkstationApi } from '../../../shared/contract/workstation-api';
import { useSharedChannelAnswer } from './use-shared-channel-answer';

const askHistory = (api: WorkstationApi) => api.importHistory();

/** The import history as it stands, one answer for every panel of the page that shows it. */
export function useImportHistory() {
  return useSharedChannelAnswer(askHistory);
}
