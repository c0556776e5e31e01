import { CHANNEL_METHODS, EVENT_CHANNEL } from '../shared/contract/channel-names';
import type { WorkstationApi } from '../shared/contract/workstation-api';
import { stageDroppedStatement, type PathForFile } from './dropped-statement';

/** Sends one request on a channel and resolves with the main process's envelope. */
export type Invoke = (channel: string, input: unknown) => Promise<unknown>;
/** Listens on a channel; the returned function stops listening. */
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

/**
 * Builds `window.workstation` from the contract's channel list, so the preload exposes exactly
 * the contract: one method per channel the page calls, `stageDroppedStatement`, which sends the
 * desktop-only channel from a File (never a path the page gives), and the event subscription;
 * never ipcRenderer itself. The transport and the path lookup are passed in so the shape can be
 * checked without Electron.
 */
export function buildWorkstationApi(invoke: Invoke, subscribe: Subscribe, pathForFile: PathForFile): WorkstationApi {
  const api: Record<string, unknown> = {};
  for (const [channel, method] of Object.entries(CHANNEL_METHODS)) {
    api[method] = (input?: unknown) => invoke(channel, input);
  }
  api.stageDroppedStatement = (file: File) => stageDroppedStatement(invoke, pathForFile, file);
  api.onEvent = (listener: (event: unknown) => void) => subscribe(EVENT_CHANNEL, (payload) => listener(payload));
  return Object.freeze(api) as WorkstationApi;
}
