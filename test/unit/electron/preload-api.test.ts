import { describe, expect, it } from 'vitest';
import { buildWorkstationApi } from '../../../src/preload/workstation-bridge';
import { CHANNEL_METHODS, EVENT_CHANNEL } from '../../../src/shared/contract/channel-names';

function fakeTransport() {
  const invoked: { channel: string; input: unknown }[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  return {
    invoked,
    listeners,
    invoke: (channel: string, input: unknown) => {
      invoked.push({ channel, input });
      return Promise.resolve({ ok: true, value: channel });
    },
    subscribe: (channel: string, listener: (payload: unknown) => void) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return () => set.delete(listener);
    },
  };
}

describe('buildWorkstationApi', () => {
  it('exposes exactly one method per contract channel plus onEvent', () => {
    const transport = fakeTransport();
    const api = buildWorkstationApi(transport.invoke, transport.subscribe);
    expect(Object.keys(api).sort()).toEqual([...Object.values(CHANNEL_METHODS), 'onEvent'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('sends each method on its own channel with the caller input', async () => {
    const transport = fakeTransport();
    const api = buildWorkstationApi(transport.invoke, transport.subscribe) as unknown as Record<string, (input?: unknown) => Promise<unknown>>;
    for (const [channel, method] of Object.entries(CHANNEL_METHODS)) {
      await expect(api[method]?.({ probe: channel })).resolves.toEqual({ ok: true, value: channel });
    }
    expect(transport.invoked).toEqual(Object.keys(CHANNEL_METHODS).map((channel) => ({ channel, input: { probe: channel } })));
  });

  it('passes an omitted input through as undefined, leaving defaults to the main side', async () => {
    const transport = fakeTransport();
    const api = buildWorkstationApi(transport.invoke, transport.subscribe);
    await api.appInfo();
    expect(transport.invoked).toEqual([{ channel: 'app:info', input: undefined }]);
  });

  it('delivers events from the event channel until unsubscribed', () => {
    const transport = fakeTransport();
    const api = buildWorkstationApi(transport.invoke, transport.subscribe);
    const received: unknown[] = [];
    const unsubscribe = api.onEvent((event) => received.push(event));
    const emit = (payload: unknown) => transport.listeners.get(EVENT_CHANNEL)?.forEach((listener) => listener(payload));

    emit({ type: 'data:changed', dataVersion: 3, importsVersion: 1 });
    unsubscribe();
    emit({ type: 'data:changed', dataVersion: 4, importsVersion: 1 });

    expect(received).toEqual([{ type: 'data:changed', dataVersion: 3, importsVersion: 1 }]);
    expect([...transport.listeners.keys()]).toEqual([EVENT_CHANNEL]);
  });

  it('cannot be altered by the page', () => {
    const transport = fakeTransport();
    const api = buildWorkstationApi(transport.invoke, transport.subscribe);
    expect(Object.isFrozen(api)).toBe(true);
  });
});
