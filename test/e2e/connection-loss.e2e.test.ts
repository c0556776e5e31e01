import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebBridge, type WebBridge } from '../../src/main/bridge/web-bridge';
import { resolveDataLocation, type DataLocation } from '../../src/main/core/data-location';
import { openWorkstationCore } from '../../src/main/core/open-workstation-core';
import { openBrowser, type BrowserSession } from '../support/browser';
import { DISTROKID_13_HEADER, distroKidLine } from '../support/temp-store';
import { ImportPage } from './import-page';
import { goTo, resultPath, ROOT } from './workstation-in-browser';

const TOKEN = 'connection-loss-e2e-token-000000';
const BANNER = 'The workstation is not answering: it may have stopped. Start it again (npm run web) and reload this page.';

let folder: string;
let location: DataLocation;
let bridge: WebBridge | null = null;
let port = 0;
let session: BrowserSession;
let holder: ChildProcess | null = null;

function statement(name: string, month: string): string {
  const path = join(folder, name);
  const line = distroKidLine({ saleMonth: month, store: 'Spotify', title: 'Harbour Lights', isrc: 'USCON2400001', qty: 3, earnings: '1.25' });
  writeFileSync(path, `${DISTROKID_13_HEADER}\n${line}\n`);
  return path;
}

/** Another TuneMantra process in the middle of writing: it holds a write transaction until told to stop. */
async function holdWriteLock(): Promise<ChildProcess> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(${JSON.stringify(location.databaseFile)});
    db.exec('BEGIN IMMEDIATE');
    process.stdout.write('holding\\n');
    process.stdin.on('end', () => { db.exec('ROLLBACK'); db.close(); process.exit(0); });
    process.stdin.resume();`;
  const child = spawn(process.execPath, ['-e', script], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  await once(child.stdout!, 'data');
  return child;
}

async function startBridge(): Promise<WebBridge> {
  // The same key as before: the page left open may reach the bridge started again.
  const started = await startWebBridge({ location, port, token: TOKEN, readers: 1 });
  port = Number(new URL(started.origin).port);
  return started;
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'tunemantra-connection-e2e-'));
  location = resolveDataLocation(join(folder, 'data', 'workstation.sqlite'));
  const core = await openWorkstationCore({ location, readers: 1 });
  await core.importFiles([statement('january.tsv', '2024-01')], { mode: 'lenient' });
  await core.close();
  bridge = await startBridge();
  session = await openBrowser({ viewport: { width: 1280, height: 800 } });
});

afterAll(async () => {
  holder?.stdin?.end();
  await session?.close();
  await bridge?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('the browser page when the workstation stops', () => {
  it('an import waits, saying so, while another window writes to the store', async () => {
    const { page } = session;
    await page.goto(bridge!.url);
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    const importPage = new ImportPage(page);
    await importPage.open();
    await importPage.stage([statement('february.tsv', '2024-02')]);
    await importPage.waitForPreview('february.tsv', 'Ready');
    holder = await holdWriteLock();
    await page.getByRole('button', { name: 'Import 1 file' }).click();
    const running = page.getByRole('region', { name: 'Importing' });
    await running.getByText('Waiting for another TuneMantra window or command that is writing to this data file…').waitFor();
    // It counts the time waited instead of guessing a time left from a run that does not move.
    await running.getByText(/^Waiting [1-9]\d* s$/).waitFor();
    expect(await running.getByText(/left$/).count()).toBe(0);
    await page.screenshot({ path: resultPath('connection-waiting-1280.png') });
  });

  it('shows a banner and ends the import as interrupted once the workstation stops', async () => {
    const { page } = session;
    await bridge!.close();
    bridge = null;
    await page.getByRole('alert').filter({ hasText: BANNER }).waitFor();
    const summary = page.getByRole('region', { name: 'Import failed' });
    await summary.getByText(/stopped answering during the import/).waitFor();
    await page.screenshot({ path: resultPath('connection-lost-1280.png') });
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.screenshot({ path: resultPath('connection-lost-1024.png') });
    // A workstation that does not answer is no empty store: the Overview says it cannot be reached.
    await goTo(page, 'Overview', 'The workstation cannot be reached');
    expect(await page.getByRole('button', { name: 'Load demo data' }).count()).toBe(0);
    await page.screenshot({ path: resultPath('connection-lost-overview-1024.png') });
  });

  it('takes the banner away and asks again once the workstation is back on its port', async () => {
    const { page } = session;
    holder!.stdin!.end();
    await once(holder!, 'exit');
    holder = null;
    bridge = await startBridge();
    await page.getByRole('alert').filter({ hasText: BANNER }).waitFor({ state: 'detached', timeout: 30_000 });
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: resultPath('connection-back-1280.png') });
    expect(session.problems.filter((p) => !p.includes('Failed to load resource') && !p.includes('EventSource'))).toEqual([]);
  });
});
