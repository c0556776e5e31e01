import type { WorkstationApi } from '../../../shared/contract/workstation-api';
import { takeBridgeToken } from './bridge-token';
import { createBridgeApi } from './bridge-transport';
import { createDisconnectedApi } from './disconnected-api';
import { settledApi } from './settled-api';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in a browser. */
    workstation?: WorkstationApi;
  }
}

const NO_TOKEN =
  'This page was opened without its access key. Open the full address that “npm run web” printed, including its ?token= part.';

/** The one place that knows which transport the page has; everything else sees a WorkstationApi. */
export function connectWorkstation(win: Window): WorkstationApi {
  if (win.workstation) return settledApi(win.workstation);
  const token = takeBridgeToken(win);
  return token ? createBridgeApi(token) : createDisconnectedApi(NO_TOKEN);
}
