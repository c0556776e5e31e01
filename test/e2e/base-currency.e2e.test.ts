import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCents, toUnits } from './exact-figures';
import { ImportPage } from './import-page';
import { converted, tuneCoreStatement, type Line } from './tunecore-currencies';
import { goTo, openWorkstationInBrowser, resultPath, type WorkstationInBrowser } from './workstation-in-browser';

// ---- A label in Lyon: euros mostly, some dollars ----

const LINES: Line[] = [
  ['2025-03-02', 'Spotify', 'FR', 'Marées', 'FRBRM2500001', '48.08875', 'EUR'],
  ['2025-03-09', 'Deezer', 'BE', 'Marées', 'FRBRM2500001', '10.229325', 'EUR'],
  ['2025-03-15', 'Spotify', 'US', 'Écume', 'FRBRM2500002', '3.841234567890', 'USD'],
  ['2025-04-20', 'Spotify', 'DE', 'Écume', 'FRBRM2500002', '19.93826074', 'EUR'],
];
const EUROS = LINES.filter((line) => line[6] === 'EUR').reduce((sum, line) => sum + toUnits(line[5]), 0n);

/** "€78.26" → 7826n. */
function euroCents(text: string): bigint {
  const match = /^€([\d,]+)\.(\d{2})$/.exec(text.trim());
  if (!match) throw new Error(`not a euro amount: "${text}"`);
  return BigInt(match[1]!.replaceAll(',', '') + match[2]);
}

describe('a label in the euro zone counts in euros', () => {
  let workstation: WorkstationInBrowser;
  let page: Page;

  async function overviewRevenue(): Promise<string> {
    await goTo(page, 'Overview', 'Overview');
    await page.getByRole('radio', { name: 'All time' }).check();
    return (await page.getByTestId('kpi-revenue').textContent()) ?? '';
  }

  beforeAll(async () => {
    workstation = await openWorkstationInBrowser('base-currency');
    ({ page } = workstation);
    const file = join(workstation.folder, 'tunecore-spring.csv');
    writeFileSync(file, tuneCoreStatement(LINES, { posted: '2025-05-15', artist: 'Lina Brume', label: 'Brume Records', songId: '4100001' }));
    await workstation.openFirstRun();
    const imports = new ImportPage(page);
    await imports.open();
    await imports.stage([file]);
    await imports.waitForPreview('tunecore-spring.csv', 'Ready');
    await (await imports.importReady(1)).getByText(`1 file imported, with ${LINES.length} lines.`).waitFor();
  });

  afterAll(async () => {
    await workstation?.close();
  });

  it('changes the base currency on the FX rates page, warning that the rates on file go', async () => {
    await goTo(page, 'FX rates', 'FX rates');
    const form = page.getByRole('region', { name: 'Add or change a rate' });
    await form.getByLabel('Month', { exact: true }).fill('2025-03');
    await form.getByLabel('Currency', { exact: true }).fill('EUR');
    await form.getByLabel('Rate', { exact: true }).fill('1.0816');
    await form.getByRole('button', { name: 'Save rate' }).click();
    await page.getByRole('region', { name: 'Rates on file' }).getByRole('cell', { name: '1.0816', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Change…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change the base currency' });
    await dialog.getByLabel('New base currency').fill('eur');
    await expect
      .poll(() => dialog.getByText(/^Every total/).textContent())
      .toBe(
        'Every total, chart and export will be counted in EUR instead of USD. The rate on file says what a unit was worth in USD, so it is set aside, and comes back if you change back to USD. Lines in other currencies, USD among them, wait for rates in the new currency (those set aside when it was last the base come back), listed on this page.',
      );
    await page.screenshot({ path: resultPath('base-currency-dialog.png') });
    await dialog.getByRole('button', { name: 'Count in EUR' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Totals are now' }).textContent())
      .toBe('Totals are now counted in EUR. 1 rate in the old base currency was set aside; it comes back if you change back. 1 line in other currencies waits for a rate in EUR.');
    // The page reads the rates again after the notice: the base it shows follows a moment later.
    await expect.poll(() => page.locator('.base-currency strong').textContent()).toBe('EUR');
    await page.getByRole('cell', { name: 'USD', exact: true }).waitFor();
    expect(await page.getByRole('region', { name: 'Rates on file' }).getByText('No rates yet.').count()).toBe(1);
  });

  it('the Overview counts in euros, the dollars waiting for a rate', async () => {
    await expect.poll(async () => euroCents(await overviewRevenue())).toBe(toCents(EUROS));
    await expect
      .poll(() => page.getByRole('status', { name: 'Lines not converted' }).textContent())
      .toBe('1 line in USD is not in these totals: no FX rate yet for 2025-03 USD. Add rates on the FX rates page.');
    await page.screenshot({ path: resultPath('base-currency-overview.png'), fullPage: true });
  });

  it('takes the dollar rate from a CSV saved with semicolons and a decimal comma', async () => {
    await goTo(page, 'FX rates', 'FX rates');
    const path = join(workstation.folder, 'taux.csv');
    writeFileSync(path, 'month;currency;rate\r\n2025-03;USD;0,924556213018\r\n');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import rates CSV…' }).click()]);
    await chooser.setFiles(path);
    await page.getByText('taux.csv: Saved 1 rate. 1 line now counts toward EUR totals.').waitFor();

    const revenue = EUROS + converted('3.841234567890', '0.924556213018');
    await expect.poll(async () => euroCents(await overviewRevenue())).toBe(toCents(revenue));
    expect(await page.getByRole('status', { name: 'Lines not converted' }).count()).toBe(0);
  });
});
