import { describe, expect, it } from 'vitest';
import { createOrderlyShutdown } from '../../../src/main/electron/orderly-shutdown';

function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

function harness() {
  const closing = deferred();
  const log: string[] = [];
  const shutdown = createOrderlyShutdown({
    closeCore: () => {
      log.push('close');
      return closing.promise;
    },
    quit: () => log.push('quit'),
    onCloseError: () => log.push('close failed'),
  });
  const request = () => {
    let prevented = false;
    shutdown(() => {
      prevented = true;
    });
    return prevented;
  };
  return { closing, log, request };
}

describe('createOrderlyShutdown', () => {
  it('holds quitting until the core has closed, closing it once', async () => {
    const { closing, log, request } = harness();
    expect(request()).toBe(true);
    expect(request()).toBe(true);
    expect(log).toEqual(['close']);

    closing.resolve();
    await closing.promise;
    await Promise.resolve();
    expect(log).toEqual(['close', 'quit']);
    // The quit it triggered goes through.
    expect(request()).toBe(false);
    expect(log).toEqual(['close', 'quit']);
  });

  it('still quits when closing fails, after reporting it', async () => {
    const { closing, log, request } = harness();
    request();
    closing.reject(new Error('disk gone'));
    await closing.promise.catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(log).toEqual(['close', 'close failed', 'quit']);
    expect(request()).toBe(false);
  });
});
