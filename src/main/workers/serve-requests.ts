import { parentPort, workerData } from 'node:worker_threads';
import { WorkstationError, type WorkstationErrorShape } from '../../shared/contract/envelope';
import { logger } from '../diagnostics/logger';
import { isDiskFull } from '../store/disk-full';
import { isStoreBusy, storeBusySentence } from '../store/store-busy';
import type { FromWorker, StoreWorkerData, ToWorker, WorkerProgress } from './worker-protocol';

export interface RequestContext {
  isCancelled(): boolean;
  progress(progress: WorkerProgress): void;
}

/** A reply whose buffers move to the owner's thread instead of being copied (large results). */
export class TransferredReply {
  constructor(
    readonly value: unknown,
    readonly transfer: ArrayBuffer[],
  ) {}
}

function toShape(error: unknown): WorkstationErrorShape {
  if (error instanceof WorkstationError) return error.toShape();
  if (isDiskFull(error)) return { code: 'unavailable', message: 'The disk ran out of space while the store was being written; free some space and try again.' };
  // An undo, a merge or a setting that met another window's import after the busy timeout.
  if (isStoreBusy(error)) {
    const file = (workerData as Partial<StoreWorkerData> | null)?.databaseFile ?? 'the data file';
    return { code: 'busy', message: storeBusySentence(file, 'try again once it has finished') };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message };
}

/**
 * Runs a step no caller waits for. What it throws still ends the thread, but is logged here
 * first: past the thread's edge SQLite's errors arrive stripped to their code.
 */
function inTheLog(step: string, run: () => void): void {
  try {
    run();
  } catch (error) {
    logger.error(`${step} failed`, error);
    throw error;
  }
}

/**
 * The worker side of the protocol: requests are handled one at a time in arrival order (the
 * writer must never interleave two imports' transactions), cancellation flags the request it
 * names, and `close` lets the owner shut the connection down in order. `afterReply` runs once a
 * request has been answered, before the next one starts: upkeep the answer need not wait for.
 */
export function serveRequests<R>(
  handle: (request: R, context: RequestContext) => Promise<unknown> | unknown,
  close: () => void,
  afterReply?: () => void,
): void {
  const port = parentPort;
  if (!port) throw new Error('this module runs only inside a worker thread');
  const post = (message: FromWorker) => port.postMessage(message);
  const cancelled = new Set<number>();
  let queue = Promise.resolve();
  port.on('message', (message: ToWorker<R>) => {
    if (message.kind === 'cancel') {
      cancelled.add(message.id);
      return;
    }
    if (message.kind === 'close') {
      queue = queue.then(() => {
        inTheLog('closing the connection', close);
        port.close();
      });
      return;
    }
    const { id, request } = message;
    queue = queue.then(async () => {
      const context: RequestContext = {
        isCancelled: () => cancelled.has(id),
        progress: (progress) => post({ kind: 'progress', id, progress }),
      };
      try {
        const value = await handle(request, context);
        if (value instanceof TransferredReply) port.postMessage({ kind: 'reply', id, ok: true, value: value.value } satisfies FromWorker, value.transfer);
        else post({ kind: 'reply', id, ok: true, value });
      } catch (error) {
        post({ kind: 'reply', id, ok: false, error: toShape(error) });
      } finally {
        cancelled.delete(id);
      }
      if (afterReply) inTheLog('upkeep after a request', afterReply);
    });
  });
  post({ kind: 'ready' });
}
