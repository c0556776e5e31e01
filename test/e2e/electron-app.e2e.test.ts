import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_METHODS } from '../../src/shared/contract/channel-names';
import type { WorkstationApi } from '../../src/shared/contract/workstation-api';
import { electronBinaryPath } from '../support/electron-binary';
import { DISTROKID_13_HEADER, distroKidLine } from '../support/temp-store';

const root = resolve(import.meta.dirname, '..', '..');
const electronBinary = electronBinaryPath(root);
const DROPPED_STATEMENT = join(root, 'test', 'fixtures', 'statements', 'distrokid-legacy.tsv');

if (!electronBinary) {
  console.warn(
    'SKIPPED: test/e2e/electron-app.e2e.test.ts — the Electron binary is not installed on this machine ' +
      '(node_modules/electron has no downloaded dist/), so the desktop shell test is skipped. ' +
      'Run `npm install` with access to Electron\'s downloads to enable it; the UI itself is covered by the browser-bridge e2e tests.',
  );
}

/** What the page sees as window.workstation, reached without DOM typings. */
type PageGlobals = { workstation: WorkstationApi };

function runOrThrow(args: string[]): void {
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`\`node ${args.join(' ')}\` failed with exit code ${run.status}`);
}

describe.skipIf(!electronBinary)('desktop shell (Electron)', () => {
  let dataDir: string;
  let app: ElectronApplication;
  let page: Page;
  const pageErrors: Error[] = [];

  beforeAll(async () => {
    runOrThrow([join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build']);
    runOrThrow([join(root, 'scripts', 'electron-sqlite.mjs')]);
    dataDir = mkdtempSync(join(tmpdir(), 'tunemantra-electron-e2e-'));
    // Neither a dev-server URL nor run-as-node mode may leak in from the shell running the tests.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(
        (entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'ELECTRON_RENDERER_URL' && entry[0] !== 'ELECTRON_RUN_AS_NODE',
      ),
    );
    app = await _electron.launch({
      executablePath: electronBinary ?? undefined,
      args: [
        // Chromium refuses to start as root with its sandbox on, as in some CI containers.
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        // Its own profile, so a workstation already open on this machine neither holds the
        // single-instance lock against the test nor shares its browser storage.
        `--user-data-dir=${join(dataDir, 'profile')}`,
        'out/main/index.js',
        '--db',
        join(dataDir, 'workstation.sqlite'),
      ],
      cwd: root,
      env,
    });
    page = await app.firstWindow();
    page.on('pageerror', (error) => pageErrors.push(error));
    await page.waitForLoadState('domcontentloaded');
  });

  afterAll(async () => {
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens the workstation window from the app scheme', async () => {
    expect(page.url()).toMatch(/^app:\/\/workstation\//);
    expect(await page.title()).toMatch(/TuneMantra/);
  });

  it('exposes exactly the contract on window.workstation and nothing of Node', async () => {
    const surface = await page.evaluate(() => {
      const globals = globalThis as unknown as PageGlobals & { require?: unknown; process?: unknown };
      return { methods: Object.keys(globals.workstation).sort(), require: typeof globals.require, process: typeof globals.process };
    });
    expect(surface.methods).toEqual([...Object.values(CHANNEL_METHODS), 'stageDroppedStatement', 'onEvent'].sort());
    expect(surface.require).toBe('undefined');
    expect(surface.process).toBe('undefined');
  });

  it('answers queries once demo data is loaded, and the UI shows the result', async () => {
    const outcome = await page.evaluate(async () => {
      const { workstation } = globalThis as unknown as PageGlobals;
      const events: string[] = [];
      const unsubscribe = workstation.onEvent((event) => events.push(event.type));
      const started = await workstation.loadDemo();
      if (!started.ok) return { error: started.error.message };
      for (;;) {
        const job = await workstation.getJob({ jobId: started.value.jobId });
        if (!job.ok) return { error: job.error.message };
        if (job.value.status !== 'running') break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const result = await workstation.runQuery({ metrics: ['streams'], dimensions: ['platform'] });
      unsubscribe();
      return result.ok ? { rows: result.value.rows.length, events } : { error: result.error.message };
    });
    expect(outcome).toMatchObject({ rows: expect.any(Number) });
    expect((outcome as { rows: number }).rows).toBeGreaterThan(0);
    expect((outcome as { events: string[] }).events).toContain('job:finished');

    // The page refreshes on data:changed and renders what the core returned.
    const firstTable = page.getByRole('table').first();
    await expect.poll(async () => firstTable.getByRole('row').count(), { timeout: 60_000 }).toBeGreaterThan(1);
    expect(pageErrors).toEqual([]);
  });

  it('stages a file dropped from disk where it lies, and sends only a file no disk file backs whole', async () => {
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Import' }).click();
    await page.getByRole('heading', { name: 'Import statements', level: 1 }).waitFor();
    const zone = page.locator('section.drop-zone');
    /** The uploads the core keeps in the data folder, each in a folder of its own; a file staged by its path is not among them. */
    const stagedCopies = () => {
      const staging = join(dataDir, 'staging');
      return existsSync(staging) ? readdirSync(staging).flatMap((upload) => readdirSync(join(staging, upload))) : [];
    };
    const cardReady = (fileName: string) =>
      page.getByRole('article', { name: fileName }).getByText(/^(Ready|Answer needed)$/).waitFor();
    /** Drops the page's File held by `transfer` on the zone, as a drag from the desktop would. */
    const drop = (transfer: Awaited<ReturnType<typeof page.evaluateHandle>>) =>
      zone.evaluate((element, dataTransfer) => {
        const { DragEvent: Drag } = globalThis as unknown as { DragEvent: new (type: string, init: object) => Parameters<typeof element.dispatchEvent>[0] };
        element.dispatchEvent(new Drag('drop', { bubbles: true, cancelable: true, composed: true, dataTransfer }));
      }, transfer);

    // A File backed by the fixture on disk: Playwright hands the path to a file input of the test's own.
    await page.evaluate(() => {
      const { document: doc } = globalThis as unknown as { document: { createElement(tag: string): { type: string; id: string; hidden: boolean }; body: { append(node: unknown): void } } };
      const input = doc.createElement('input');
      Object.assign(input, { type: 'file', id: 'e2e-dropped-from-disk', hidden: true });
      doc.body.append(input);
    });
    await page.locator('#e2e-dropped-from-disk').setInputFiles(DROPPED_STATEMENT);
    const fromDisk = await page.evaluateHandle(() => {
      const globals = globalThis as unknown as {
        document: { getElementById(id: string): { files: ArrayLike<File> } };
        DataTransfer: new () => { items: { add(file: File): unknown } };
      };
      const transfer = new globals.DataTransfer();
      transfer.items.add(globals.document.getElementById('e2e-dropped-from-disk').files[0]!);
      return transfer;
    });
    await drop(fromDisk);
    await cardReady('distrokid-legacy.tsv');
    // Staged by its path: nothing of it was copied into the data folder.
    expect(stagedCopies()).toEqual([]);

    // A File made in the page's memory (as one dragged out of another app) has no path: it goes whole, and is kept as a copy.
    const inMemory = `${DISTROKID_13_HEADER}\n${distroKidLine({ saleMonth: '2019-01', store: 'Spotify', title: 'Night Ferry', isrc: 'QZK6J1900001', qty: 4, earnings: '0.02' })}\n`;
    const fromAnotherApp = await page.evaluateHandle((content) => {
      const { DataTransfer: Transfer } = globalThis as unknown as { DataTransfer: new () => { items: { add(file: File): unknown } } };
      const transfer = new Transfer();
      transfer.items.add(new File([content], 'from-another-app.tsv', { type: 'text/tab-separated-values' }));
      return transfer;
    }, inMemory);
    await drop(fromAnotherApp);
    await cardReady('from-another-app.tsv');
    expect(stagedCopies()).toEqual(['from-another-app.tsv']);
    expect(pageErrors).toEqual([]);
  });
});
