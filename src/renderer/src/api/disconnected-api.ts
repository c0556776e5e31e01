import { CHANNEL_METHODS } from '../../../shared/contract/channel-names';
import type { WorkstationApi } from '../../../shared/contract/workstation-api';
import { unavailable } from './envelope-reader';

/** What the page talks to when it was opened without a way in: every call explains how to get one. */
export function createDisconnectedApi(message: string): WorkstationApi {
  const methods = Object.fromEntries(Object.values(CHANNEL_METHODS).map((method) => [method, async () => unavailable(message)]));
  return { ...(methods as Omit<WorkstationApi, 'onEvent' | 'stageDroppedStatement'>), onEvent: () => () => {} };
}
