import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, EVENT_CHANNEL } from '../../../src/shared/contract/channel-names';
import type { WorkstationEvent } from '../../../src/shared/contract/events';

/**
 * The Electron binary cannot run here, so this drives the shell's entry module against a
 * recording stand-in for the electron API and a stand-in core. It proves the wiring — which
 * handlers exist, what the sender check refuses, what the window is given, how quitting is
 * ordered — while the real-Electron behaviour is left to test/e2e/electron-app.e2e.test.ts.
 */

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const emitter = () => {
    const listeners = new Map<string, Listener[]>();
    return {
      listeners,
      on(name: string, listener: Listener) {
        listeners.set(name, [...(listeners.get(name) ?? []), listener]);
        return this;
      },
      once(name: string, listener: Listener) {
        return this.on(name, listener);
      },
      emit(name: string, ...args: unknown[]) {
        for (const listener of listeners.get(name) ?? []) listener(...args);
      },
    };
  };
  const appEvents = emitter();
  let markReady!: () => void;
  const ready = new Promise<void>((resolveReady) => {
    markReady = resolveReady;
  });
  const windows: FakeWindow[] = [];
  class FakeWindow {
    readonly events = emitter();
    readonly sent: unknown[][] = [];
    readonly loaded: string[] = [];
    destroyed = false;
    readonly webContents = { send: (...args: unknown[]) => this.sent.push(args) };
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this);
      fake.calls.push(`window ${windows.length - 1} created`);
    }
    once(name: string, listener: Listener) {
      this.events.on(name, listener);
    }
    on(name: string, listener: Listener) {
      this.events.on(name, listener);
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    isDestroyed() {
      return this.destroyed;
    }
    destroy() {
      this.destroyed = true;
      fake.calls.push(`window ${windows.indexOf(this)} destroyed`);
    }
    setMenuBarVisibility() {}
    static getAllWindows() {
      return windows;
    }
  }
  return {
    appEvents,
    markReady,
    windows,
    calls: [] as string[],
    handlers: new Map<string, Listener>(),
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    fetched: [] as string[],
    opened: [] as string[],
    permissionRequest: null as Listener | null,
    permissionCheck: null as Listener | null,
    electron: {
      app: {
        isPackaged: false,
        enableSandbox: () => fake.calls.push('enableSandbox'),
        requestSingleInstanceLock: () => true,
        on: (name: string, listener: Listener) => appEvents.on(name, listener),
        whenReady: () => ready,
        getPath: (name: string) => `/fake/${name}`,
        getVersion: () => '0.0.0-test',
        setAboutPanelOptions: () => undefined,
        quit: () => fake.calls.push('quit'),
        exit: (code: number) => fake.calls.push(`exit ${code}`),
      },
      BrowserWindow: FakeWindow,
      Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: () => fake.calls.push('menu') },
      dialog: { showErrorBox: (title: string) => fake.calls.push(`error box: ${title}`) },
      ipcMain: { handle: (channel: string, handler: Listener) => fake.handlers.set(channel, handler) },
      protocol: {
        registerSchemesAsPrivileged: (schemes: unknown[]) => fake.schemes.push(...schemes),
        handle: (scheme: string, handler: (request: Request) => Promise<Response>) => fake.protocolHandlers.set(scheme, handler),
      },
      net: {
        fetch: (url: string) => {
          fake.fetched.push(url);
          return Promise.resolve(new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } }));
        },
      },
      session: {
        defaultSession: {
          setPermissionRequestHandler: (handler: Listener) => (fake.permissionRequest = handler),
          setPermissionCheckHandler: (handler: Listener) => (fake.permissionCheck = handler),
        },
      },
      shell: {
        openExternal: (url: string) => {
          fake.opened.push(url);
          return Promise.resolve();
        },
      },
    },
  };
});

const core = vi.hoisted(() => {
  const listeners: ((event: unknown) => void)[] = [];
  return {
    opened: [] as unknown[],
    infoCalls: 0,
    closeCalls: 0,
    listeners,
    instance: {
      info: async () => {
        core.infoCalls += 1;
        return { version: '0.1.0', dataDir: '/d', databaseFile: '/d/w.sqlite', baseCurrency: 'EUR', isEmpty: true, dataVersion: 0, importsVersion: 0 };
      },
      onEvent: (listener: (event: unknown) => void) => {
        listeners.push(listener);
        return () => undefined;
      },
      close: async () => {
        core.closeCalls += 1;
      },
    },
  };
});

vi.mock('electron', () => fake.electron);
vi.mock('../../../src/main/core/open-workstation-core', () => ({
  // The stand-in store is one an earlier version wrote: opening it migrates it first.
  openWorkstationCore: async (options: { onStoreUpdate?: (update: unknown) => void }) => {
    core.opened.push(options);
    options.onStoreUpdate?.({ fromVersion: 13, toVersion: 14, lines: 10_000_000 });
    return core.instance;
  },
}));

const shellDir = resolve(import.meta.dirname, '../../../src/main/electron');
const buildDir = resolve(shellDir, '..');
let dataDir: string;
const savedArgv = process.argv;
const savedAppRoot = process.env.TUNEMANTRA_APP_ROOT;

function frameEvent(url: string | null) {
  return { senderFrame: url === null ? null : { url } };
}

async function settle(): Promise<void> {
  for (let turn = 0; turn < 20; turn += 1) await new Promise((resolveTurn) => setImmediate(resolveTurn));
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'tunemantra-shell-'));
  process.argv = ['/usr/bin/electron', 'out/main/index.js', '--db', join(dataDir, 'label.sqlite')];
  await import('../../../src/main/electron/main');
  fake.calls.push('ready');
  fake.markReady();
  await settle();
});

afterAll(() => {
  process.argv = savedArgv;
  if (savedAppRoot === undefined) delete process.env.TUNEMANTRA_APP_ROOT;
  else process.env.TUNEMANTRA_APP_ROOT = savedAppRoot;
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the Electron shell, wired against stand-ins', () => {
  it('sandboxes every renderer and registers the app scheme before the app is ready', () => {
    expect(fake.calls.indexOf('enableSandbox')).toBeLessThan(fake.calls.indexOf('ready'));
    expect(fake.schemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
  });

  it('opens the core on the --db file and points the store at the app root', () => {
    expect(core.opened).toEqual([
      { location: expect.objectContaining({ databaseFile: join(dataDir, 'label.sqlite'), dataDir }), onStoreUpdate: expect.any(Function) },
    ]);
    expect(process.env.TUNEMANTRA_APP_ROOT).toBe(resolve(buildDir, '..'));
  });

  it('handles exactly the contract channels', () => {
    expect([...fake.handlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('answers the app origin through the core', async () => {
    const answer = await fake.handlers.get('app:info')?.(frameEvent('app://workstation/index.html'), undefined);
    expect(answer).toMatchObject({ ok: true, value: { shell: 'electron', baseCurrency: 'EUR' } });
  });

  it('refuses senders from any other origin, or none, without reaching the core', async () => {
    const before = core.infoCalls;
    for (const url of ['https://evil.example/', 'app://other/index.html', 'file:///index.html', null]) {
      const answer = await fake.handlers.get('app:info')?.(frameEvent(url), undefined);
      expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(core.infoCalls).toBe(before);
  });

  it('validates input after the sender check', async () => {
    const answer = await fake.handlers.get('jobs:get')?.(frameEvent('app://workstation/'), { jobId: 42 });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('says why a first start takes long while an older store is migrated, and closes the notice once the workstation window exists', () => {
    const [notice] = fake.windows;
    expect(notice?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false });
    expect(notice?.options.webPreferences).not.toHaveProperty('preload');
    const page = decodeURIComponent(notice!.loaded[0]!.replace(/^data:text\/html;charset=utf-8,/, ''));
    expect(page).toContain('Updating the data file (10,000,000 statement lines)');
    expect(fake.calls.filter((call) => call.startsWith('window '))).toEqual(['window 0 created', 'window 1 created', 'window 0 destroyed']);
  });

  it('opens one secure window on the app scheme with the built preload', () => {
    const open = fake.windows.filter((w) => !w.destroyed);
    expect(open).toHaveLength(1);
    const [window] = open;
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      preload: join(buildDir, 'preload', 'index.cjs'),
    });
    expect(window?.loaded).toEqual(['app://workstation/index.html']);
  });

  it('forwards core events to the window on the event channel', () => {
    const event: WorkstationEvent = { type: 'data:changed', dataVersion: 7, importsVersion: 2 };
    for (const listener of core.listeners) listener(event);
    expect(fake.windows.find((w) => !w.destroyed)?.sent).toEqual([[EVENT_CHANNEL, event]]);
  });

  it('serves renderer files with the content security policy, and nothing outside them', async () => {
    const serve = fake.protocolHandlers.get('app');
    const page = await serve?.(new Request('app://workstation/index.html'));
    expect(page?.status).toBe(200);
    expect(page?.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
    expect(fake.fetched).toEqual([`file://${join(buildDir, 'renderer', 'index.html')}`]);

    // URL parsing already folds literal and %2e dot segments; these survive it and must be refused.
    for (const url of ['app://workstation/..%5c..%5cpackage.json', 'app://workstation/assets%2f..%2f..%2f..%2fpackage.json']) {
      const escape = await serve?.(new Request(url));
      expect(escape?.status).toBe(404);
      expect(escape?.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
    }
    const post = await serve?.(new Request('app://workstation/index.html', { method: 'POST', body: 'x' }));
    expect(post?.status).toBe(405);
    expect(fake.fetched).toHaveLength(1);
  });

  it('denies every permission', () => {
    const granted: boolean[] = [];
    fake.permissionRequest?.({}, 'media', (grant: boolean) => granted.push(grant));
    expect(granted).toEqual([false]);
    expect(fake.permissionCheck?.({}, 'clipboard-read', 'app://workstation', {})).toBe(false);
  });

  it('keeps any web contents on the app origin and sends only http(s) links to the browser', () => {
    let openHandler: Listener = () => undefined;
    const contentsEvents = new Map<string, Listener>();
    const contents = {
      setWindowOpenHandler: (handler: Listener) => (openHandler = handler),
      on: (name: string, listener: Listener) => contentsEvents.set(name, listener),
    };
    fake.appEvents.emit('web-contents-created', {}, contents);

    expect(openHandler({ url: 'https://tunemantra.example/help' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(fake.opened).toEqual(['https://tunemantra.example/help']);

    const navigate = (url: string) => {
      const event = { url, prevented: false, preventDefault: () => (event.prevented = true) };
      contentsEvents.get('will-navigate')?.(event);
      return event.prevented;
    };
    expect(navigate('app://workstation/index.html')).toBe(false);
    expect(navigate('https://evil.example/')).toBe(true);

    const webview = { prevented: false, preventDefault: () => (webview.prevented = true) };
    contentsEvents.get('will-attach-webview')?.(webview);
    expect(webview.prevented).toBe(true);
  });

  it('closes the core once before letting the app quit', async () => {
    const quitRequest = () => {
      const event = { prevented: false, preventDefault: () => (event.prevented = true) };
      fake.appEvents.emit('before-quit', event);
      return event.prevented;
    };
    const quitsBefore = fake.calls.filter((call) => call === 'quit').length;
    expect(quitRequest()).toBe(true);
    expect(quitRequest()).toBe(true);
    await settle();
    expect(core.closeCalls).toBe(1);
    expect(fake.calls.filter((call) => call === 'quit').length).toBe(quitsBefore + 1);
    expect(quitRequest()).toBe(false);
    expect(core.closeCalls).toBe(1);
  });
});
