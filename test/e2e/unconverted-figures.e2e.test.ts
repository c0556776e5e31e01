import { basename } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDollarAndEuroStatements } from './dollar-and-euro-statements';
import { ImportPage } from './import-page';
import { goTo, openWorkstationInBrowser, resultPath, type WorkstationInBrowser } from './workstation-in-browser';

const NOTHING_YET = 'no USD figure yet — 1 line in EUR not converted';

/** Each mark comes from its own query after the store-wide check: on a busy machine, later than a second. */
const PATIENCE = { timeout: 15_000 };

/** The cell of a row that says what its revenue leaves out, read whole. */
async function waitingCellText(row: Locator): Promise<string> {
  const cell = row.getByRole('cell').filter({ hasText: 'not converted' });
  return (await cell.count()) === 1 ? ((await cell.textContent()) ?? '') : '';
}

describe('money waiting for an FX rate is never shown as $0.00 outside the Breakdown', () => {
  let workstation: WorkstationInBrowser;
  let page: Page;

  beforeAll(async () => {
    workstation = await openWorkstationInBrowser('unconverted-figures');
    ({ page } = workstation);
    const files = writeDollarAndEuroStatements(workstation.folder);
    await workstation.openFirstRun();
    const imports = new ImportPage(page);
    await imports.open();
    await imports.stage(files);
    for (const path of files) await imports.waitForPreview(basename(path), 'Ready');
    const summary = await imports.importReady(2);
    await summary.getByText('2 files imported, with 4 lines.').waitFor();
  });

  afterAll(async () => {
    await workstation?.close();
  });

  it('the Overview’s top recordings, platforms and months say what waits instead of $0.00', async () => {
    await goTo(page, 'Overview', 'Overview');
    await page.getByRole('radio', { name: 'All time' }).check();
    const recordings = page.getByRole('table', { name: 'Top recordings by revenue' });
    const row = (title: string) => recordings.getByRole('row').filter({ hasText: title });
    await expect.poll(() => waitingCellText(row('Écume')), PATIENCE).toBe(NOTHING_YET);
    // The note sits under the figure rather than being cut short at the column's width.
    const cut = await row('Écume').getByRole('cell').filter({ hasText: 'not converted' }).evaluate((cell) => cell.scrollWidth - cell.clientWidth);
    expect(cut).toBeLessThanOrEqual(0);
    expect(await waitingCellText(row('Harbour'))).toBe('$3.10 + 1 line in EUR not converted');
    // Tides earned in dollars only: its figure stands alone.
    expect(await waitingCellText(row('Tides'))).toBe('');
    expect(await row('Tides').getByRole('cell', { name: '$1.00', exact: true }).count()).toBe(1);

    const platforms = page.getByRole('list', { name: 'Platforms waiting for an FX rate' });
    await expect.poll(() => platforms.getByRole('listitem').allTextContents(), PATIENCE).toEqual([
      'Spotify: $3.10 + 1 line in EUR not converted',
      `iTunes: ${NOTHING_YET}`,
    ]);
    // The bar with nothing converted says so in the chart itself, beside the axis.
    const platformChart = page.getByRole('img', { name: 'Revenue by platform' });
    await expect.poll(() => platformChart.getByText('no USD figure yet').count(), PATIENCE).toBe(1);
    const months = page.getByRole('list', { name: 'Months waiting for an FX rate' });
    await expect.poll(() => months.getByRole('listitem').allTextContents(), PATIENCE).toEqual(['May 2024: no USD figure yet — 2 lines in EUR not converted']);
    expect(await page.getByTestId('kpi-revenue').textContent()).toBe('$4.10');
    const revenueCard = page.getByRole('region', { name: 'Revenue', exact: true });
    await expect.poll(() => revenueCard.getByText('+ 2 lines in EUR not converted').count(), PATIENCE).toBe(1);
    await page.screenshot({ path: resultPath('unconverted-figures-overview.png'), fullPage: true });
  });

  it('Catalogue health counts the euro-only recording apart from those that earned nothing', async () => {
    await goTo(page, 'Catalogue health', 'Catalogue health');
    const earning = page.getByTestId('health-earning');
    await expect.poll(() => earning.textContent(), PATIENCE).toContain('1 more has sales waiting for an FX rate, so what it earned is not known yet');
    expect(await earning.locator('.health-figure-value').textContent()).toBe('2 of 3');
    expect(await page.getByTestId('health-longevity').textContent()).toContain('over 1 recording; 2 more, whose sales wait for an FX rate, are left out');
    expect(await page.getByTestId('health-revenue').textContent()).toContain('in USD, over the range + 2 lines in EUR not converted');
    // Both euro lines are on releases first sold in 2024: new releases leave them out, and so does the long tail's share.
    expect(await page.getByTestId('health-newReleases').textContent()).toContain('younger than 18 months + 2 lines in EUR not converted');
    expect(await page.getByTestId('health-backCatalogue').textContent()).not.toContain('not converted');
    expect(await page.getByTestId('health-longTail').textContent()).toContain('; 2 lines in EUR not converted are left out');

    const marks = page.getByRole('table', { name: /Latest releases at day/ });
    const ecume = marks.getByRole('row').filter({ hasText: 'Écume' });
    await expect.poll(() => waitingCellText(ecume), PATIENCE).toBe(NOTHING_YET);
    // Its curve is a gap rather than a line along zero, and the list under the chart says why.
    const curves = page.getByRole('list', { name: 'Releases waiting for an FX rate' });
    expect(await curves.getByRole('listitem').allTextContents()).toEqual([`Écume: ${NOTHING_YET}`]);
    await page.screenshot({ path: resultPath('unconverted-figures-health.png'), fullPage: true });
  });
});
