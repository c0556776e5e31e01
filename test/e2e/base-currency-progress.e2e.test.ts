import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDistroKidBenchFile } from '../bench/distrokid-bench-file';
import { ImportPage, openOnImportPage } from './import-page';
import { goTo, resultPath, type WorkstationInBrowser } from './workstation-in-browser';

/** Enough dollar lines that summing the one import's rollups takes a second or more: its four passes are each seen on the bar. */
const LINES = 300_000;
const STATEMENT = 'distrokid-2021-2025.csv';

/** What the dialog's progress showed, each time it changed: the bar's value (null while it shows activity) and the line under it. */
interface ProgressSeen {
  value: number | null;
  detail: string;
}

/** Records in the page every change of the base-currency dialog's progress, from the click that starts it to the dialog's close. */
async function watchDialogProgress(page: Page): Promise<void> {
  await page.locator('body').evaluate((body) => {
    const view = body.ownerDocument.defaultView as unknown as Record<string, unknown> & { MutationObserver: new (seen: () => void) => { observe(target: unknown, options: object): void } };
    const seen: ProgressSeen[] = [];
    view.progressSeen = seen;
    new view.MutationObserver(() => {
      const progress = body.querySelector('dialog[open] .job-progress');
      const bar = progress?.querySelector('progress');
      if (!progress || !bar) return;
      const shown: ProgressSeen = {
        value: bar.hasAttribute('value') ? Number(bar.getAttribute('value')) : null,
        detail: progress.querySelector('.job-progress-labels--muted > span:first-child')?.textContent ?? '',
      };
      const last = seen.at(-1);
      if (!last || last.value !== shown.value || last.detail !== shown.detail) seen.push(shown);
    }).observe(body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

const progressSeen = (page: Page) => page.evaluate(() => (globalThis as unknown as { progressSeen: ProgressSeen[] }).progressSeen);

describe(`changing the base currency of ${LINES.toLocaleString('en-US')} lines`, () => {
  let workstation: WorkstationInBrowser;
  let page: Page;

  beforeAll(async () => {
    let imports: ImportPage;
    ({ workstation, page, imports } = await openOnImportPage('base-currency-progress'));
    const path = join(workstation.folder, STATEMENT);
    await writeDistroKidBenchFile(path, LINES, ['US', 'GB', 'DE', 'FR', 'JP']);
    await imports.stage([path]);
    await imports.waitForPreview(STATEMENT, 'Ready');
    await (await imports.importReady(1)).getByText(`1 file imported, with ${LINES.toLocaleString('en-US')} lines.`).waitFor({ timeout: 120_000 });
    await goTo(page, 'FX rates', 'FX rates');
  });

  afterAll(async () => {
    await workstation?.close();
  });

  async function askToCountIn(currency: string) {
    await page.getByRole('button', { name: 'Change…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change the base currency' });
    await dialog.getByLabel('New base currency').fill(currency);
    await watchDialogProgress(page);
    await dialog.getByRole('button', { name: `Count in ${currency}` }).click();
    return dialog;
  }

  it('shows the lines converted and the import summed again in the dialog, then what the change did on the page', async () => {
    const dialog = await askToCountIn('EUR');
    await dialog.getByRole('progressbar', { name: 'Counting in EUR' }).waitFor();
    await dialog.locator('.job-progress-labels--muted').getByText('Summing imports', { exact: true }).waitFor();
    await page.screenshot({ path: resultPath('base-currency-progress.png') });
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Totals are now' }).textContent(), { timeout: 60_000 })
      .toBe(`Totals are now counted in EUR. ${LINES.toLocaleString('en-US')} lines in other currencies wait for a rate in EUR.`);
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.locator('.base-currency strong').textContent()).toBe('EUR');

    const seen = await progressSeen(page);
    // Lines first, counted against every line of the store, then the one import, its bar moving a pass at a time.
    const converting = seen.filter((s) => s.detail.startsWith('Converting lines · '));
    expect(converting.length).toBeGreaterThan(0);
    expect(converting.every((s) => new RegExp(`^Converting lines · [\\d,]+ of ${LINES.toLocaleString('en-US')}$`).test(s.detail))).toBe(true);
    const summing = seen.filter((s) => s.detail === 'Summing imports');
    expect(summing.some((s) => s.value !== null && s.value > 0 && s.value < 100)).toBe(true);
    expect(seen.findIndex((s) => s.detail === 'Summing imports')).toBeGreaterThan(seen.findIndex((s) => s.detail.startsWith('Converting lines')));
    const values = seen.filter((s) => s.detail === 'Summing imports').map((s) => s.value ?? 0);
    expect(values.filter((value, i) => i > 0 && value < values[i - 1]!)).toEqual([]);
  });

  it('is stopped by Escape while it runs: the dialog closes once it has stopped, and nothing changed', async () => {
    const dialog = await askToCountIn('USD');
    await dialog.getByRole('progressbar', { name: 'Counting in USD' }).waitFor();
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'was stopped' }).textContent(), { timeout: 60_000 })
      .toBe('Changing the base currency was stopped: nothing was changed, totals are still counted in EUR.');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.locator('.base-currency strong').textContent()).toBe('EUR');
    // The focus is back on the button that opened the dialog.
    expect(await page.getByRole('button', { name: 'Change…' }).evaluate((button) => button === button.ownerDocument.activeElement)).toBe(true);
    expect(workstation.session.problems).toEqual([]);
  });
});
