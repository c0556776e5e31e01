import { once } from 'node:events';
import { createWriteStream, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISTROKID_13_HEADER, distroKidLine } from '../support/temp-store';
import { ImportPage, openOnImportPage } from './import-page';
import { goTo, resultPath, type WorkstationInBrowser } from './workstation-in-browser';

const FILE_NAME = 'distrokid-2024-03.tsv';
/** A statement uploaded at this pace takes about five seconds: long enough to use the page meanwhile. */
const UPLOAD_BYTES_PER_SECOND = 8 * 2 ** 20;

/** A DistroKid statement of about `megabytes` MB, written a block of lines at a time. */
async function writeStatement(path: string, megabytes: number): Promise<void> {
  const out = createWriteStream(path);
  out.write(`${DISTROKID_13_HEADER}\n`);
  let written = 0;
  for (let block = 0; written < megabytes * 1_000_000; block++) {
    const lines = Array.from({ length: 5_000 }, (_, i) => {
      const n = block * 5_000 + i;
      return `${distroKidLine({ saleMonth: '2024-03', store: n % 3 ? 'Spotify' : 'Apple Music', title: `Song ${n % 800}`, isrc: `QZUPL24${String(n % 800).padStart(5, '0')}`, qty: 1 + (n % 9), earnings: '0.0041' })}\n`;
    }).join('');
    written += Buffer.byteLength(lines);
    if (!out.write(lines)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** The page's longest stall from now on: a timer that should tick every 50 ms notes how late it came. */
async function watchStalls(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const watch = globalThis as unknown as { longestStall: number };
    watch.longestStall = 0;
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      watch.longestStall = Math.max(watch.longestStall, now - last - 50);
      last = now;
    }, 50);
  });
  return () => page.evaluate(() => (globalThis as unknown as { longestStall: number }).longestStall);
}

describe('A large statement uploads while the page stays in use', () => {
  let workstation: WorkstationInBrowser;
  let page: Page;
  let imports: ImportPage;
  let network: CDPSession;
  let statement: string;

  beforeAll(async () => {
    ({ workstation, page, imports } = await openOnImportPage('statement-upload'));
    statement = join(workstation.folder, FILE_NAME);
    await writeStatement(statement, 40);
    network = await workstation.session.context.newCDPSession(page);
    await network.send('Network.enable');
    await network.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: UPLOAD_BYTES_PER_SECOND });
  });

  afterAll(async () => {
    await workstation?.close();
  });

  it('shows how much of the file has been sent, answers a click on another page within a second meanwhile, then checks the file', async () => {
    const longestStall = await watchStalls(page);
    await imports.stage([statement]);
    const card = imports.card(FILE_NAME);
    await card.getByText('Uploading…', { exact: true }).waitFor();
    const sent = card.getByText(/^\d+% of 40\.\d MB sent$/);
    await sent.waitFor();
    const percentSent = async () => Number(/^(\d+)%/.exec((await sent.textContent()) ?? '')?.[1]);
    const early = await percentSent();
    await page.screenshot({ path: resultPath('statement-upload-progress.png') });

    const clicked = Date.now();
    await goTo(page, 'FX rates', 'FX rates');
    expect(Date.now() - clicked).toBeLessThan(1_000);
    await goTo(page, 'Import', 'Import statements');
    // Away and back, the upload went on.
    await expect.poll(percentSent).toBeGreaterThan(early);
    expect(await longestStall()).toBeLessThan(500);

    // Checking 40 MB is a dry run of the whole import: on a busy machine, longer than a locator waits.
    await card.getByText('Ready', { exact: true }).waitFor({ timeout: 150_000 });
    await card.getByText(/^DistroKid.* · 40\.\d MB$/).waitFor();
    expect(workstation.session.problems).toEqual([]);
  });

  it('keeps nothing of an upload stopped half way by removing its card', async () => {
    const staging = join(workstation.location.dataDir, 'staging');
    const stagedBefore = existsSync(staging) ? readdirSync(staging) : [];
    await imports.stage([statement]);
    const cards = page.getByRole('article', { name: FILE_NAME });
    await cards.last().getByText(/^\d+% of 40\.\d MB sent$/).waitFor();
    await cards.last().getByRole('button', { name: `Remove ${FILE_NAME}` }).click();
    await expect.poll(() => readdirSync(staging), { timeout: 10_000 }).toEqual(stagedBefore);
    expect(await cards.count()).toBe(1);
  });
});
