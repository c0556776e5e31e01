import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDelimited } from './exact-figures';
import { exportCsv } from './export-csv';
import { ImportPage } from './import-page';
import { tuneCoreStatement, type Line } from './tunecore-currencies';
import { goTo, openWorkstationInBrowser, resultPath, type WorkstationInBrowser } from './workstation-in-browser';

// ---- A TuneCore statement written here: Ana Sol earns dollars and euros, no rate entered yet ----

const LINES: Line[] = [
  ['2024-05-02', 'Spotify', 'US', 'Harbour', 'NLA1Z2400001', '3.10', 'USD'],
  ['2024-05-03', 'Spotify', 'DE', 'Harbour', 'NLA1Z2400001', '1000.50', 'EUR'],
  ['2024-05-09', 'Deezer', 'FR', 'Tides', 'NLA1Z2400002', '243.02', 'EUR'],
];

const NOTICE = '2 lines in EUR are not in these totals: no FX rate yet for 2024-05 EUR. Add rates on the FX rates page.';

function notice(page: Page): Locator {
  return page.getByRole('status', { name: 'Lines not converted' });
}

describe('dashboards say which lines no FX rate converts yet', () => {
  let workstation: WorkstationInBrowser;
  let page: Page;

  beforeAll(async () => {
    workstation = await openWorkstationInBrowser('unconverted');
    ({ page } = workstation);
    const file = join(workstation.folder, 'tunecore-may.csv');
    writeFileSync(file, tuneCoreStatement(LINES, { posted: '2024-06-10', artist: 'Ana Sol', label: 'Sol Records', songId: '4100002' }));
    await workstation.openFirstRun();
    const imports = new ImportPage(page);
    await imports.open();
    await imports.stage([file]);
    await imports.waitForPreview('tunecore-may.csv', 'Ready');
    const summary = await imports.importReady(1);
    await summary.getByText(`1 file imported, with ${LINES.length} lines.`).waitFor();
  });

  afterAll(async () => {
    await workstation?.close();
  });

  it('the Overview names the lines and months waiting, with a link to the FX rates page', async () => {
    await goTo(page, 'Overview', 'Overview');
    await page.getByRole('radio', { name: 'All time' }).check();
    await expect.poll(() => notice(page).textContent()).toBe(NOTICE);
    expect(await page.getByTestId('kpi-revenue').textContent()).toBe('$3.10');
    await page.screenshot({ path: resultPath('unconverted-overview.png'), fullPage: true });

    // Its export says it too: a spreadsheet reading Tides' 0.00 alone would take it for money never earned.
    const { bytes } = await exportCsv(page, async (dialog) => {
      await dialog.getByRole('radio', { name: 'Top recordings' }).check();
    });
    const [header, ...rows] = parseDelimited(bytes.toString('utf8').replace(/^\uFEFF/, ''), ',');
    const at = (name: string) => header!.indexOf(name);
    expect(at('Lines not converted')).toBeGreaterThan(0);
    expect(rows.filter((row) => row.length > 1).map((row) => [row[at('Recording')], row[at('Revenue (USD)')], row[at('Lines not converted')]])).toEqual([
      ['Harbour', '3.10000000', '1'],
      ['Tides', '0.00000000', '1'],
    ]);
  });

  it('the Breakdown says it too, and marks the row whose revenue leaves the euros out', async () => {
    await goTo(page, 'Breakdown', 'Breakdown');
    await page.getByLabel('Measure').selectOption('revenue');
    await page.getByLabel('Break down by').selectOption('artist');
    await page.getByRole('radio', { name: 'All time' }).check();
    await expect.poll(() => notice(page).textContent()).toBe(NOTICE);
    const row = page.getByRole('grid', { name: 'Revenue by artist' }).getByRole('row').filter({ hasText: 'Ana Sol' });
    await expect.poll(() => row.getByRole('gridcell').last().textContent()).toBe('$3.10 + 2 lines in EUR not converted');
    // The figure's column widens for the mark rather than cut it short.
    const cut = await row.getByRole('gridcell').last().evaluate((cell) => cell.scrollWidth - cell.clientWidth);
    expect(cut).toBeLessThanOrEqual(0);
    await page.screenshot({ path: resultPath('unconverted-breakdown.png'), fullPage: true });

    // Tides earned euros only: its row is not "$0.00", which would read as earning nothing.
    await page.getByLabel('Break down by').selectOption('recording');
    const tides = page.getByRole('grid', { name: 'Revenue by recording' }).getByRole('row').filter({ hasText: 'Tides' });
    await expect.poll(() => tides.getByRole('gridcell').last().textContent()).toBe('no USD figure yet — 1 line in EUR not converted');
    // The chart says it too: its description, and the tooltip over Tides' bar (the lower of two).
    const chart = page.locator('.breakdown-chart');
    await expect
      .poll(() => chart.locator('figcaption').textContent())
      .toBe('Bars of revenue, largest first: Harbour $3.10 + 1 line in EUR not converted; Tides no USD figure yet — 1 line in EUR not converted.');
    const canvas = chart.getByRole('img', { name: 'Revenue by recording chart' });
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.75);
    await expect.poll(() => canvas.textContent()).toContain('Tides');
    expect(await canvas.textContent()).toContain('no USD figure yet — 1 line in EUR not converted');
    await chart.screenshot({ path: resultPath('unconverted-breakdown-tooltip.png') });
    await page.mouse.move(0, 0);
    await page.getByLabel('Break down by').selectOption('artist');

    await notice(page).getByRole('link', { name: 'Add rates on the FX rates page' }).click();
    await page.getByRole('heading', { name: 'FX rates', level: 1 }).waitFor();
  });

  it('once a rate is saved the notice and the mark are gone and the euros count', async () => {
    const form = page.getByRole('region', { name: 'Add or change a rate' });
    await form.getByLabel('Month', { exact: true }).fill('2024-05');
    await form.getByLabel('Currency', { exact: true }).fill('EUR');
    await form.getByLabel('Rate', { exact: true }).fill('1.08');
    await form.getByRole('button', { name: 'Save rate' }).click();
    await page.getByRole('region', { name: 'Rates on file' }).getByRole('cell', { name: '1.08', exact: true }).waitFor();

    await goTo(page, 'Breakdown', 'Breakdown');
    const row = page.getByRole('grid', { name: 'Revenue by artist' }).getByRole('row').filter({ hasText: 'Ana Sol' });
    // 3.10 + (1000.50 + 243.02) × 1.08 = 1,346.1016
    await expect.poll(() => row.getByRole('gridcell').last().textContent()).toBe('$1,346.10');
    expect(await notice(page).count()).toBe(0);

    await goTo(page, 'Overview', 'Overview');
    await expect.poll(() => page.getByTestId('kpi-revenue').textContent()).toBe('$1,346.10');
    expect(await notice(page).count()).toBe(0);
  });
});
