import { describe, expect, it } from 'vitest';
import { buildWorkstationApi } from '../../../src/preload/workstation-bridge';
import { CHANNEL_METHODS, EVENT_CHANNEL } from '../../../src/shared/contract/channel-names';

/** `paths` stands for the files on disk behind the Files the page holds, as Electron's webUtils knows them. */
function fakeTransport(paths = new Map<File, string>()) {
  const invoked: { channel: string; input: unknown }[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  return {
    invoked,
    listeners,
    pathForFile: (file: File) => paths.get(file) ?? '',
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
  it('exposes exactly one method per page channel, the dropped-file method and onEvent', () => {
    const transport = fakeTransport();
    const api = buildWorkstationApi(transport.invoke, transport.subscribe, transport.pathForFile);
    expect(Object.keys(api).sort()).toEqual([...Object.values(CHANNEL_METHODS), 'stageDroppedStatement', 'onEvent'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('sends each method on its own channel with the caller input', async () => {
    const transport = fakeTransport();
    const api = buildWorkstationApi(transport.invoke, transport.subscribe, transport.pathForFile) as unknown as Record<string, (input?: unknown) => Promise<unknown>>;
    for (const [channel, method] of Object.entries(CHANNEL_METHODS)) {
      await expect(api[method]?.({ probe: channel })).resolves.toEqual({ ok: true, value: channel });
    }
    expect(transport.invoked).toEqual(Object.keys(CHANNEL_METHODS).map((channel) => ({ channel, input: { probe: channel } })));
  });

  it('passes an omitted input through as undefined, leaving defaults to the main side', async () => {
    const transport = fakeTransport();
    const api = buildWorkstationApi(transport.invoke, transport.subscribe, transport.pathForFile);
    await api.appInfo();
    expect(transport.invoked).toEqual([{ channel: 'app:info', input: undefined }]);
  });

  it('stages a dropped file on disk by its path, sending none of its bytes', async () => {
    const statement = new File(['Reporting Date\tSale Month\n'.repeat(1000)], 'march.tsv');
    const transport = fakeTransport(new Map([[statement, '/home/label/statements/march.tsv']]));
    const api = buildWorkstationApi(transport.invoke, transport.subscribe, transport.pathForFile);

    await expect(api.stageDroppedStatement?.(statement)).resolves.toEqual({ ok: true, value: 'import:stageDropped' });
    expect(transport.invoked).toEqual([{ channel: 'import:stageDropped', input: { path: '/home/label/statements/march.tsv' } }]);
  });

  it('sends a dropped file no disk file backs whole, as import:stage', async () => {
    const fromAnotherApp = new File(['Reporting Date\tSale Month\n'], 'clipping.tsv');
    const transport = fakeTransport();
    const api = buildWorkstationApi(transport.invoke, transport.subscribe, transport.pathForFile);

    await expect(api.stageDroppedStatement?.(fromAnotherApp)).resolves.toEqual({ ok: true, value: 'import:stage' });
    expect(transport.invoked).toEqual([
      { channel: 'import:stage', input: { fileName: 'clipping.tsv', contentBase64: Buffer.from('Reporting Date\tSale Month\n').toString('base64') } },
    ]);
  });

  it('says so when a dropped file with no path cannot be read, sending nothing', async () => {
    const unreadable = new File(['x'], 'gone.csv');
    unreadable.arrayBuffer = () => Promise.reject(new Error('NotReadableError'));
    const transport = fakeTransport();
    const api = buildWorkstationApi(transport.invoke, transport.subscribe, transport.pathForFile);

    await expect(api.stageDroppedStatement?.(unreadable)).resolves.toEqual({
      ok: false,
      error: { code: 'unavailable', message: 'gone.csv could not be read from this computer. Check that it is still there and not open elsewhere.' },
    });
    expect(transport.invoked).toEqual([]);
  });

  it('gives the page no method that sends a path it names', async () => {
    const transport = fakeTransport();
    const api = buildWorkstationApi(transport.invoke, transport.subscribe, transport.pathForFile) as unknown as Record<string, (input?: unknown) => Promise<unknown>>;
    for (const [name, method] of Object.entries(api)) {
      if (name === 'onEvent') continue;
      // A thrown or refused call is as good as a sent one that carries no path: only what is sent counts.
      await Promise.resolve()
        .then(() => method({ path: '/etc/passwd' }))
        .catch(() => undefined);
    }
    expect(transport.invoked.filter(({ channel }) => channel === 'import:stageDropped')).toEqual([]);
    expect(Object.keys(CHANNEL_METHODS)).not.toContain('import:stageDropped');
  });

  it('delivers events from the event channel until unsubscribed', () => {
    const transport = fakeTransport();
    const api = buildWorkstationApi(transport.invoke, transport.subscribe, transport.pathForFile);
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
    const api = buildWorkstationApi(transport.invoke, transport.subscribe, transport.pathForFile);
    expect(Object.isFrozen(api)).toBe(true);
  });
});
