import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipBytes } from '../fixtures/make-containers';
import { DISTROKID_13_HEADER } from '../support/temp-store';
import { ImportPage, openOnImportPage } from './import-page';
import { resultPath, type WorkstationInBrowser } from './workstation-in-browser';

const WINDOW = { width: 1024, height: 768 };
const ZIP = 'distrokid-export-2026-h1-lanternfish-records.zip';
const MONTHS = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];
/** Enough lines that each statement of the zip is read in several steps, the run panel seen at each. */
const LINES = 20_000;
const FOLDER = 'lanternfish-records/';
const ownName = (month: string) => `${month}-streaming-and-downloads.tsv`;
const member = (month: string) => `${FOLDER}${ownName(month)}`;

/** "2026-03" to the 5th of the month after next, when DistroKid reports it. */
function reportedOn(saleMonth: string): string {
  const [year, month] = saleMonth.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month + 1, 5)).toISOString().slice(0, 10);
}

/** A month of DistroKid streams over 400 recordings, a tenth of a cent each. */
function monthStatement(saleMonth: string): string {
  const stores = ['Spotify', 'Deezer', 'TIDAL', 'Apple Music'];
  const rows = [DISTROKID_13_HEADER];
  for (let i = 0; i < LINES; i++) {
    const track = i % 400;
    rows.push([reportedOn(saleMonth), saleMonth, stores[i % 4], 'The Lena Vos Quartet', `Harbour Lights ${track}`, `QZABC26${String(track).padStart(5, '0')}`, '', '1', '100', 'Song', 'NL', '0', '0.001'].join('\t'));
  }
  return rows.join('\n') + '\n';
}

/** What the run panel showed, each time it changed: the bar's value (null while it shows activity), its two lines of words, its height. */
interface PanelSeen {
  value: number | null;
  message: string;
  detail: string;
  height: number;
  /** Something in it wider than the panel. */
  overflows: boolean;
}

/** Records in the page every change of the run panel, from before the import starts to the summary. */
async function watchRunPanel(page: Page): Promise<void> {
  await page.locator('body').evaluate((body) => {
    const view = body.ownerDocument.defaultView as unknown as Record<string, unknown> & { MutationObserver: new (seen: () => void) => { observe(target: unknown, options: object): void } };
    const seen: PanelSeen[] = [];
    view.runPanelSeen = seen;
    new view.MutationObserver(() => {
      const panel = body.querySelector('.import-run');
      const bar = panel?.querySelector('progress');
      if (!panel || !bar) return;
      const [message, detail] = [...panel.querySelectorAll('.job-progress-labels > span:first-child')].map((span) => span.textContent ?? '');
      const shown: PanelSeen = {
        value: bar.hasAttribute('value') ? Number(bar.getAttribute('value')) : null,
        message: message ?? '',
        detail: detail ?? '',
        height: Math.round(panel.getBoundingClientRect().height),
        overflows: panel.scrollWidth > panel.clientWidth,
      };
      const last = seen.at(-1);
      if (!last || (Object.keys(shown) as (keyof PanelSeen)[]).some((key) => last[key] !== shown[key])) seen.push(shown);
    }).observe(body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

const runPanelSeen = (page: Page) => page.evaluate(() => (globalThis as unknown as { runPanelSeen: PanelSeen[] }).runPanelSeen);

describe('a zip of six monthly statements imported in the browser, in a 1024 × 768 window', () => {
  let workstation: WorkstationInBrowser;
  let page: Page;
  let imports: ImportPage;

  beforeAll(async () => {
    ({ workstation, page, imports } = await openOnImportPage('import-zip-progress'));
    await page.setViewportSize(WINDOW);
  });
  afterAll(async () => {
    await workstation?.close();
  });

  it('names the statement in hand with its place in the zip while it imports, its bar never stepping back, in a panel that keeps its height', async () => {
    const path = join(workstation.folder, ZIP);
    writeFileSync(path, zipBytes(MONTHS.map((month) => ({ name: member(month), data: monthStatement(month) }))));
    await imports.stage([path]);
    await imports.waitForPreview(ZIP, 'Ready');

    await watchRunPanel(page);
    await page.getByRole('button', { name: 'Import 1 file' }).click();
    const running = page.getByRole('region', { name: 'Importing' });
    await running.getByText(new RegExp(` \\([2-5] of 6\\) in ${ZIP.replaceAll('.', '\\.')}: [\\d,]+ lines$`)).waitFor();
    await page.screenshot({ path: resultPath('zip-progress-reading.png') });
    await page.getByRole('region', { name: 'Import finished' }).waitFor({ timeout: 60_000 });

    const seen = await runPanelSeen(page);
    const values = seen.flatMap((s) => (s.value === null ? [] : [s.value]));
    expect(values.length).toBeGreaterThanOrEqual(MONTHS.length);
    expect(values.filter((value, i) => i > 0 && value < values[i - 1]!)).toEqual([]);
    // Each statement named while it was read, in turn, with its place in the zip.
    const named = seen.flatMap((s) => /^(.*) \((\d) of 6\) in /.exec(s.message)?.slice(1, 3).join(' ') ?? []);
    expect([...new Set(named)]).toEqual(MONTHS.map((month, i) => `${member(month)} ${i + 1}`));
    // Under it no second count of the one file picked, and a statement finishing is named by its path in the zip.
    const details = new Set(['Starting…', 'Importing', ...MONTHS.map((month) => `Finishing ${member(month)}…`)]);
    expect(seen.filter((s) => !details.has(s.detail))).toEqual([]);
    expect(seen.some((s) => s.detail.startsWith('Finishing '))).toBe(true);
    // From the first statement named to the last finished, nothing wraps onto a line more or runs out of the panel.
    const fromFirstNamed = seen.slice(seen.findIndex((s) => s.message.includes(' (1 of 6) in ')));
    expect([...new Set(fromFirstNamed.map((s) => s.height))]).toHaveLength(1);
    expect(seen.filter((s) => s.overflows)).toEqual([]);
  });

  it('sums the zip up as six statements from one file, each row and history row read by the statement’s own name', async () => {
    const summary = page.getByRole('region', { name: 'Import finished' });
    await summary.getByText(`6 statements imported from 1 file, with ${(6 * LINES).toLocaleString('en-US')} lines.`, { exact: true }).waitFor();
    const rows = summary.getByRole('list', { name: 'Files' }).getByRole('listitem');
    expect(await rows.count()).toBe(6);
    for (const month of MONTHS) await rows.filter({ hasText: `${ZIP} › ${member(month)}` }).getByText('Imported', { exact: true }).waitFor();
    expect(await summary.locator('.statement-name-own').allTextContents()).toEqual(MONTHS.map(ownName));
    expect(await summary.locator('.statement-name-within').allTextContents()).toEqual(MONTHS.map(() => `${ZIP} › ${FOLDER}`));
    await page.screenshot({ path: resultPath('zip-progress-summary.png'), fullPage: true });

    // The history, newest first; every name whole in its text, for search and the tests of other pages alike.
    const files = imports.history().locator('tbody th.history-file');
    expect(await files.allTextContents()).toEqual(MONTHS.map((month) => `${ZIP} › ${member(month)}`).reverse());
    // Where each came from on one line cut to the column, the statement's own name below it, nothing out of the panel.
    const within = await imports.history().locator('.statement-name-within').evaluateAll((lines) => lines.map((line) => [line.getBoundingClientRect().height, line.scrollWidth > line.clientWidth]));
    expect(within).toEqual(MONTHS.map(() => [within[0]![0], true]));
    expect(within[0]![0]).toBeLessThan(20);
    const history = page.getByRole('region', { name: /Import history/ });
    expect(await history.evaluate((panel) => panel.scrollWidth <= panel.clientWidth)).toBe(true);
    await imports.history().screenshot({ path: resultPath('zip-progress-history.png') });
    expect(workstation.session.problems).toEqual([]);
  });
});
