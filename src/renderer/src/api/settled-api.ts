import type { WorkstationApi } from '../../../shared/contract/workstation-api';
import { unavailable } from './envelope-reader';

/**
 * Wraps a transport so a call that throws (a dropped IPC channel, a closed window) still resolves
 * to an envelope: callers handle one shape of failure, never a rejected promise.
 */
export function settledApi(api: WorkstationApi): WorkstationApi {
  const wrapped: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(api)) {
    if (name === 'onEvent' || typeof method !== 'function') continue;
    wrapped[name] = (input?: unknown) =>
      Promise.resolve()
        .then(() => (method as (input?: unknown) => Promise<unknown>)(input))
        .catch(() => unavailable('The workstation stopped answering. Restart it, then try again.'));
  }
  return { ...(wrapped as Omit<WorkstationApi, 'onEvent'>), onEvent: (listener) => api.onEvent(listener) };
}
