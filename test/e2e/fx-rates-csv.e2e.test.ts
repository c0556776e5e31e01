import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCents, toUnits } from './exact-figures';
import { ImportPage } from './import-page';
import { allTimeRevenueCents } from './overview-figures';
import { converted, expectedRevenue, monthOf, tuneCoreStatement, type Line } from './tunecore-currencies';
import { goTo, openWorkstationInBrowser, resultPath, type WorkstationInBrowser } from './workstation-in-browser';

// ---- A TuneCore sales report written here, in three currencies ----

const LINES: Line[] = [
  ['2024-03-04', 'Spotify', 'US', 'Meridian', 'NLB2K2400001', '4.20', 'USD'],
  ['2024-03-09', 'Spotify', 'NL', 'Meridian', 'NLB2K2400001', '1.234567890123', 'EUR'],
  ['2024-03-15', 'Deezer', 'BE', 'Low Tide', 'NLB2K2400002', '0.75', 'EUR'],
  ['2024-04-02', 'iTunes', 'GB', 'Meridian', 'NLB2K2400001', '0.99', 'GBP'],
  ['2024-04-20', 'Spotify', 'GB', 'Low Tide', 'NLB2K2400002', '0.000000000123', 'GBP'],
  ['2024-04-21', 'Spotify', 'DE', 'Low Tide', 'NLB2K2400002', '3.3', 'EUR'],
];

// ---- Figures worked out here, sharing no code with the app ----

const linesIn = (currency: string, month: string) => LINES.filter((line) => line[6] === currency && monthOf(line) === month).length;

// ---- Page helpers ----

/** The rows of a table as the texts of their first three cells, the header row left out. */
async function bodyRows(table: Locator): Promise<string[][]> {
  await table.waitFor();
  return table
    .getByRole('row')
    .filter({ has: table.page().getByRole('cell') })
    .evaluateAll((rows) => rows.map((row) => [...row.children].slice(0, 3).map((cell) => (cell.textContent ?? '').trim())));
}

describe('FX rates page in the browser: rates imported from a CSV file', () => {
  let workstation: WorkstationInBrowser;
  let page: Page;
  const missing = () => page.getByRole('region', { name: 'Rates needed' });
  const missingRows = () => bodyRows(missing().getByRole('table', { name: 'Months and currencies without a rate' }));
  const rateRows = () => bodyRows(page.getByRole('region', { name: 'Rates on file' }).getByRole('table', { name: 'FX rates' }));

  /** Writes a rates file into the scratch folder and picks it with "Import rates CSV…". */
  async function uploadRates(name: string, text: string): Promise<void> {
    const path = join(workstation.folder, name);
    writeFileSync(path, text);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import rates CSV…' }).click()]);
    expect(chooser.isMultiple()).toBe(false);
    await chooser.setFiles(path);
  }

  beforeAll(async () => {
    workstation = await openWorkstationInBrowser('fx-rates-csv');
    ({ page } = workstation);
    await workstation.openFirstRun();
    const imports = new ImportPage(page);
    await imports.open();
    writeFileSync(join(workstation.folder, 'tunecore-spring.csv'), tuneCoreStatement(LINES, { posted: '2024-05-15', artist: 'Mira Kade', label: 'Kade Music', songId: '5200001' }));
    await imports.stage([join(workstation.folder, 'tunecore-spring.csv')]);
    await imports.waitForPreview('tunecore-spring.csv', 'Ready');
    await (await imports.importReady(1)).getByText(`1 file imported, with ${LINES.length} lines.`).waitFor();
  });

  afterAll(async () => {
    await workstation?.close();
  });

  const rates: Record<string, string> = {};
  const MARCH_EUR = '1.087654321098';
  const APRIL_GBP = '1.2645';
  const APRIL_EUR = '1.0733';

  it('lists the months waiting for a rate before any is on file', async () => {
    expect(await allTimeRevenueCents(page)).toBe(toCents(toUnits('4.20')));
    await goTo(page, 'FX rates', 'FX rates');
    await missing().waitFor();
    expect(await missingRows()).toEqual([
      ['Apr 2024', 'EUR', String(linesIn('EUR', '2024-04'))],
      ['Apr 2024', 'GBP', String(linesIn('GBP', '2024-04'))],
      ['Mar 2024', 'EUR', String(linesIn('EUR', '2024-03'))],
    ]);
    await page.getByRole('region', { name: 'Rates on file' }).getByText('No rates yet.', { exact: false }).waitFor();
  });

  it('imports a month,currency,rate file: its rates are listed, their months stop waiting, and the Overview converts them exactly', async () => {
    await uploadRates('rates-march-april.csv', `month,currency,rate\r\n2024-03,EUR,${MARCH_EUR}\r\n2024-04,gbp,${APRIL_GBP}\r\n`);
    rates['2024-03 EUR'] = MARCH_EUR;
    rates['2024-04 GBP'] = APRIL_GBP;
    const convertedLines = linesIn('EUR', '2024-03') + linesIn('GBP', '2024-04');
    await page.getByRole('status').filter({ hasText: `rates-march-april.csv: Saved 2 rates. ${convertedLines} lines now count toward USD totals.` }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);

    await expect.poll(() => rateRows()).toEqual([
      ['Apr 2024', 'GBP', APRIL_GBP],
      ['Mar 2024', 'EUR', MARCH_EUR],
    ]);
    await expect.poll(() => missingRows()).toEqual([['Apr 2024', 'EUR', String(linesIn('EUR', '2024-04'))]]);

    const expected = expectedRevenue(LINES, rates);
    // 4.20 + (1.234567890123 + 0.75) × 1.087654321098 + (0.99 + 0.000000000123) × 1.2645
    expect(expected).toBe(toUnits('4.20') + converted('1.234567890123', MARCH_EUR) + converted('0.75', MARCH_EUR) + converted('0.99', APRIL_GBP) + converted('0.000000000123', APRIL_GBP));
    expect(await allTimeRevenueCents(page)).toBe(toCents(expected));
  });

  it('refuses a file with a bad line, naming the line, and saves none of its rates', async () => {
    await goTo(page, 'FX rates', 'FX rates');
    // Line 2 is fine; line 3 writes its rate with a decimal comma.
    await uploadRates('rates-april-comma.csv', `month,currency,rate\n2024-04,EUR,${APRIL_EUR}\n2024-04,EUR,1,0733\n`);
    const alert = page.getByRole('alert');
    await alert.filter({ hasText: 'rates-april-comma.csv was not imported: The rates file cannot be read: line 3: ' }).waitFor();
    expect(await alert.textContent()).toBe(
      'rates-april-comma.csv was not imported: The rates file cannot be read: line 3: 4 cells where 3 are expected (month,currency,rate); write decimals with a dot, as in 1.0842.',
    );
    expect(await page.getByRole('status').count()).toBe(0);
    // Nothing of it was saved: April's euros still wait, the rates on file are as they were.
    expect(await missingRows()).toEqual([['Apr 2024', 'EUR', String(linesIn('EUR', '2024-04'))]]);
    expect(await rateRows()).toEqual([
      ['Apr 2024', 'GBP', APRIL_GBP],
      ['Mar 2024', 'EUR', MARCH_EUR],
    ]);
    expect(await allTimeRevenueCents(page)).toBe(toCents(expectedRevenue(LINES, rates)));
  });

  it('imports the corrected file: nothing waits any more, and every line counts', async () => {
    await goTo(page, 'FX rates', 'FX rates');
    await uploadRates('rates-april.csv', `month,currency,rate\n2024-04,EUR,${APRIL_EUR}\n`);
    rates['2024-04 EUR'] = APRIL_EUR;
    await page.getByRole('status').filter({ hasText: `rates-april.csv: Saved 1 rate. ${linesIn('EUR', '2024-04')} line now counts toward USD totals.` }).waitFor();
    await page.getByText('No line is waiting for a rate: every imported amount counts toward USD totals.').waitFor();
    expect(await missing().count()).toBe(0);
    expect(await rateRows()).toEqual([
      ['Apr 2024', 'EUR', APRIL_EUR],
      ['Apr 2024', 'GBP', APRIL_GBP],
      ['Mar 2024', 'EUR', MARCH_EUR],
    ]);
    await page.screenshot({ path: resultPath('fx-rates-csv.png'), fullPage: true });
    expect(await allTimeRevenueCents(page)).toBe(toCents(expectedRevenue(LINES, rates)));
    expect(workstation.session.problems).toEqual([]);
  });
});
