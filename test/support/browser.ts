import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium: these machines cannot download Playwright's own browser builds. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions and console errors seen on any page of the session, in order. */
  problems: string[];
  close(): Promise<void>;
}

// One Chromium per test process, shared by its files (the e2e project does not isolate them):
// launching it took a second or two per file. Each session still gets a context of its own, which
// shares no cookie, storage or cache with any other. The browser closes once it has been idle for a
// while, so a lone file's process can end.
const IDLE_CLOSE_MS = 5_000;
let launched: Promise<Browser> | undefined;
let openSessions = 0;
let idleClose: NodeJS.Timeout | undefined;

function sharedBrowser(): Promise<Browser> {
  clearTimeout(idleClose);
  if (!launched) {
    const launching = chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    launched = launching;
    launching.then(
      (browser) => browser.on('disconnected', () => { if (launched === launching) launched = undefined; }),
      () => { if (launched === launching) launched = undefined; },
    );
  }
  return launched;
}

function sessionEnded(): void {
  openSessions--;
  if (openSessions > 0) return;
  idleClose = setTimeout(() => {
    const closing = launched;
    launched = undefined;
    void closing?.then((browser) => browser.close());
  }, IDLE_CLOSE_MS);
  idleClose.unref();
}

/**
 * A fresh browser context per session, so no cookie, storage or cache leaks between tests, with
 * every page error and console error recorded for the test to assert on.
 */
export async function openBrowser(options: { colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } } = {}): Promise<BrowserSession> {
  const browser = await sharedBrowser();
  openSessions++;
  let context: BrowserContext;
  try {
    context = await browser.newContext({
      acceptDownloads: true,
      colorScheme: options.colorScheme ?? 'light',
      viewport: options.viewport ?? { width: 1360, height: 900 },
    });
  } catch (error) {
    sessionEnded();
    throw error;
  }
  const problems: string[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
  };
  context.on('page', watch);
  const page = await context.newPage();
  let closed = false;
  return {
    context,
    page,
    problems,
    async close() {
      if (closed) return;
      closed = true;
      await context.close();
      sessionEnded();
    },
  };
}
