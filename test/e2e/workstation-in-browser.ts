import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startWebBridge, type WebBridge } from '../../src/main/bridge/web-bridge';
import { resolveDataLocation, type DataLocation } from '../../src/main/core/data-location';
import { openBrowser, type BrowserSession } from '../support/browser';

export const ROOT = resolve(import.meta.dirname, '..', '..');
const RESULTS = join(ROOT, 'test-results');

/** `npm test` builds first; a lone run of an e2e file builds only when there is nothing to serve. */
function ensureRendererBuilt(): void {
  if (existsSync(join(ROOT, 'out', 'renderer', 'index.html'))) return;
  const build = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('electron-vite build failed');
}

/** Where a screenshot or other keepsake of the run goes, under test-results/. */
export function resultPath(fileName: string): string {
  mkdirSync(RESULTS, { recursive: true });
  return join(RESULTS, fileName);
}

/** The built UI served by the loopback bridge over its own empty store, and a fresh Chromium to drive it. */
export interface WorkstationInBrowser {
  /** A scratch folder for the test's own files; the store lives in its data/ folder. */
  folder: string;
  location: DataLocation;
  bridge: WebBridge;
  session: BrowserSession;
  page: Page;
  /** Opens the app and waits for the welcome an empty store shows. */
  openFirstRun(): Promise<void>;
  close(): Promise<void>;
}

export async function openWorkstationInBrowser(name: string): Promise<WorkstationInBrowser> {
  ensureRendererBuilt();
  const folder = mkdtempSync(join(tmpdir(), `tunemantra-${name}-e2e-`));
  const location = resolveDataLocation(join(folder, 'data', 'workstation.sqlite'));
  let started: WebBridge | undefined;
  try {
    const bridge = await startWebBridge({ location, port: 0 });
    started = bridge;
    const session = await openBrowser();
    const { page } = session;
    return {
      folder,
      location,
      bridge,
      session,
      page,
      async openFirstRun() {
        await page.goto(bridge.url);
        await page.getByRole('heading', { name: /See what your catalogue earns/ }).waitFor();
      },
      async close() {
        await session.close();
        await bridge.close();
        rmSync(folder, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await started?.close();
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}

/** Follows a link in the header and waits for the page it opens. */
export async function goTo(page: Page, link: string, heading: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: link }).click();
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
}
