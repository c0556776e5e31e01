import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserSession } from '../support/browser';
import { toCents, toUnits } from './exact-figures';
import { ImportPage } from './import-page';
import { allTimeRevenueCents } from './overview-figures';
import { expectedRevenue, monthOf, tuneCoreStatement, type Line } from './tunecore-currencies';
import { goTo, openWorkstationInBrowser, resultPath, type WorkstationInBrowser } from './workstation-in-browser';

// ---- A TuneCore sales report written here: what the label earned, in the currency each line names ----

const LINES: Line[] = [
  ['2024-05-01', 'Spotify', 'US', 'Harbour', 'NLA1Z2400001', '3.10', 'USD'],
  ['2024-05-02', 'Spotify', 'DE', 'Harbour', 'NLA1Z2400001', '1.234567890123', 'EUR'],
  ['2024-05-03', 'Deezer', 'FR', 'Tides', 'NLA1Z2400002', '0.5', 'EUR'],
  ['2024-06-01', 'Spotify', 'DE', 'Tides', 'NLA1Z2400002', '2.000000000001', 'EUR'],
  ['2024-06-08', 'iTunes', 'GB', 'Harbour', 'NLA1Z2400001', '0.55', 'GBP'],
];

// ---- Figures worked out here, sharing no code with the app ----

function linesIn(currency: string, month?: string): Line[] {
  return LINES.filter((line) => line[6] === currency && (month === undefined || monthOf(line) === month));
}

// ---- Page helpers ----

async function openFxRates(page: Page): Promise<void> {
  await goTo(page, 'FX rates', 'FX rates');
}

function missingPanel(page: Page): Locator {
  return page.getByRole('region', { name: 'Rates needed' });
}

function editor(page: Page): Locator {
  return page.getByRole('region', { name: 'Add or change a rate' });
}

function ratesOnFile(page: Page): Locator {
  return page.getByRole('region', { name: 'Rates on file' });
}

/** The rows of a table as the texts of their cells, the header row left out. */
async function bodyRows(table: Locator): Promise<string[][]> {
  await table.waitFor();
  return table
    .getByRole('row')
    .filter({ has: table.page().getByRole('cell') })
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').trim())));
}

/** Month, currency and lines waiting, per row of "Rates needed". */
async function missingRows(page: Page): Promise<string[][]> {
  const rows = await bodyRows(missingPanel(page).getByRole('table', { name: 'Months and currencies without a rate' }));
  return rows.map((cells) => cells.slice(0, 3));
}

/** Month, currency and rate, per row of "Rates on file". */
async function rateRows(page: Page): Promise<string[][]> {
  const rows = await bodyRows(ratesOnFile(page).getByRole('table', { name: 'FX rates' }));
  return rows.map((cells) => cells.slice(0, 3));
}

async function fillEditor(page: Page, month: string, currency: string, rate: string): Promise<void> {
  const form = editor(page);
  await form.getByLabel('Month', { exact: true }).fill(month);
  await form.getByLabel('Currency', { exact: true }).fill(currency);
  await form.getByLabel('Rate', { exact: true }).fill(rate);
  await form.getByRole('button', { name: 'Save rate' }).click();
}

/** Nothing was saved: no rate on file, no saved or failed notice, and the same months still wait. */
async function expectNothingSaved(page: Page, missing: string[][]): Promise<void> {
  await ratesOnFile(page).getByText('No rates yet.', { exact: false }).waitFor();
  expect(await page.getByRole('status').count()).toBe(0);
  expect(await page.getByRole('alert').count()).toBe(0);
  expect(await missingRows(page)).toEqual(missing);
}

describe('FX rates page in the browser: months waiting for a rate, entering rates, converted totals', () => {
  let workstation: WorkstationInBrowser;
  let folder: string;
  let session: BrowserSession;
  let page: Page;
  let imports: ImportPage;
  const rates: Record<string, string> = {};

  const MAY_EUR = '1.083712345678';
  const JUNE_EUR = '1.0712';
  const JUNE_GBP = '1.27';
  const MAY_EUR_CHANGED = '1.1';

  /** Every foreign-currency month and currency with its line count, latest month first, as the page should list it. */
  const ALL_MISSING = [
    ['Jun 2024', 'EUR', String(linesIn('EUR', '2024-06').length)],
    ['Jun 2024', 'GBP', String(linesIn('GBP', '2024-06').length)],
    ['May 2024', 'EUR', String(linesIn('EUR', '2024-05').length)],
  ];

  beforeAll(async () => {
    workstation = await openWorkstationInBrowser('fx-rates');
    ({ folder, session, page } = workstation);
    imports = new ImportPage(page);
    writeFileSync(join(folder, 'tunecore-2024.csv'), tuneCoreStatement(LINES, { posted: '2024-07-15', artist: 'Lena Vos', label: 'Vos Records', songId: '4100001' }));
  });

  afterAll(async () => {
    await workstation?.close();
  });

  it('shows the base currency, no rates and nothing waiting in an empty store', async () => {
    await workstation.openFirstRun();
    await openFxRates(page);
    const nav = page.getByRole('navigation', { name: 'Pages' });
    expect(await nav.getByRole('link', { name: 'FX rates' }).getAttribute('aria-current')).toBe('page');
    await page.getByText('Base currency USD').waitFor();
    await page.getByText('No line is waiting for a rate: every imported amount counts toward USD totals.').waitFor();
    await ratesOnFile(page).getByText('No rates yet.', { exact: false }).waitFor();
    expect(await missingPanel(page).count()).toBe(0);
  });

  it('imports a TuneCore statement in three currencies; the Overview counts only the USD lines', async () => {
    await imports.open();
    await imports.stage([join(folder, 'tunecore-2024.csv')]);
    await imports.waitForPreview('tunecore-2024.csv', 'Ready');
    const summary = await imports.importReady(1);
    await summary.getByText(`1 file imported, with ${LINES.length} lines.`).waitFor();

    const usdOnly = expectedRevenue(LINES, {});
    expect(usdOnly).toBe(toUnits('3.10'));
    await expect.poll(() => allTimeRevenueCents(page)).toBe(toCents(usdOnly));
  });

  it('lists each month and currency that waits for a rate, with its line count', async () => {
    await openFxRates(page);
    const panel = missingPanel(page);
    await panel.waitFor();
    const waiting = LINES.filter((line) => line[6] !== 'USD').length;
    await panel.getByText(`${waiting} lines in other currencies are left out of USD totals until these months have a rate.`).waitFor();
    expect(await missingRows(page)).toEqual(ALL_MISSING);
    expect(await page.getByText('No line is waiting for a rate', { exact: false }).count()).toBe(0);
    await page.screenshot({ path: resultPath('fx-rates-missing.png'), fullPage: true });
  });

  it('refuses a rate that is not a positive number in the editor, says why, and saves nothing', async () => {
    const form = editor(page);
    const rate = form.getByLabel('Rate', { exact: true });

    for (const [typed, problem] of [
      ['abc', 'A rate is a positive number with at most 12 decimals, as in 1.0850.'],
      ['-1.08', 'A rate is a positive number with at most 12 decimals, as in 1.0850.'],
      ['0', 'A rate of zero would make these lines worth nothing.'],
      ['1,0850', 'Use a dot for decimals, as in 1.0850.'],
    ] as const) {
      await fillEditor(page, '2024-05', 'EUR', typed);
      await form.getByText(problem, { exact: true }).waitFor();
      expect(await rate.getAttribute('aria-invalid')).toBe('true');
      // The problem is tied to the field for screen readers.
      const describedBy = await rate.getAttribute('aria-describedby');
      expect(describedBy).toBeTruthy();
      expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe(problem);
      // Month and currency were fine.
      expect(await form.getByLabel('Month', { exact: true }).getAttribute('aria-invalid')).toBe('false');
      expect(await form.getByLabel('Currency', { exact: true }).getAttribute('aria-invalid')).toBe('false');
      await expectNothingSaved(page, ALL_MISSING);
    }
    await page.screenshot({ path: resultPath('fx-rates-bad-rate.png'), fullPage: true });
  });

  it('refuses a bad rate typed into the waiting month’s row as well, and saves nothing', async () => {
    const panel = missingPanel(page);
    const gbp = panel.getByRole('textbox', { name: 'Rate for GBP in Jun 2024' });
    await gbp.fill('abc');
    await panel.getByRole('button', { name: 'Save rate' }).click();
    await panel.getByText('A rate is a positive number with at most 12 decimals, as in 1.0850.', { exact: true }).waitFor();
    expect(await gbp.getAttribute('aria-invalid')).toBe('true');
    await expectNothingSaved(page, ALL_MISSING);
    await gbp.fill('');
  });

  it('saves a rate for May through the editor: May no longer waits, and the Overview adds its lines converted exactly', async () => {
    const form = editor(page);
    await fillEditor(page, '2024-05', 'eur', MAY_EUR);
    rates['2024-05 EUR'] = MAY_EUR;
    const mayLines = linesIn('EUR', '2024-05').length;
    await page.getByRole('status').filter({ hasText: `Saved 1 rate. ${mayLines} lines now count toward USD totals.` }).waitFor();
    expect(await form.getByLabel('Rate', { exact: true }).getAttribute('aria-invalid')).toBe('false');
    expect(await form.getByText(/A rate is/).count()).toBe(0);

    await expect.poll(() => missingRows(page)).toEqual(ALL_MISSING.filter(([month]) => month !== 'May 2024'));
    await missingPanel(page).getByText('2 lines in other currencies are left out of USD totals until these months have a rate.').waitFor();
    // The lower-case code was stored as EUR, with every digit given.
    expect(await rateRows(page)).toEqual([['May 2024', 'EUR', MAY_EUR]]);
    // Ready for the next rate: the month stays, the rest is cleared.
    expect(await form.getByLabel('Month', { exact: true }).inputValue()).toBe('2024-05');
    expect(await form.getByLabel('Currency', { exact: true }).inputValue()).toBe('');
    expect(await form.getByLabel('Rate', { exact: true }).inputValue()).toBe('');

    const expected = expectedRevenue(LINES, rates);
    expect(expected).toBeGreaterThan(toUnits('3.10'));
    await expect.poll(() => allTimeRevenueCents(page)).toBe(toCents(expected));
  });

  it('saves both June rates from the waiting rows at once, and then nothing waits', async () => {
    await openFxRates(page);
    const panel = missingPanel(page);
    await panel.getByRole('textbox', { name: 'Rate for EUR in Jun 2024' }).fill(JUNE_EUR);
    await panel.getByRole('textbox', { name: 'Rate for GBP in Jun 2024' }).fill(` ${JUNE_GBP} `);
    await panel.getByRole('button', { name: 'Save 2 rates' }).click();
    rates['2024-06 EUR'] = JUNE_EUR;
    rates['2024-06 GBP'] = JUNE_GBP;
    const juneLines = linesIn('EUR', '2024-06').length + linesIn('GBP', '2024-06').length;
    await page.getByRole('status').filter({ hasText: `Saved 2 rates. ${juneLines} lines now count toward USD totals.` }).waitFor();
    await page.getByText('No line is waiting for a rate: every imported amount counts toward USD totals.').waitFor();
    expect(await missingPanel(page).count()).toBe(0);
    expect(await rateRows(page)).toEqual([
      ['Jun 2024', 'EUR', JUNE_EUR],
      ['Jun 2024', 'GBP', JUNE_GBP],
      ['May 2024', 'EUR', MAY_EUR],
    ]);

    await expect.poll(() => allTimeRevenueCents(page)).toBe(toCents(expectedRevenue(LINES, rates)));
  });

  it('changes May’s rate from its row: the lines are converted again at the new rate', async () => {
    await openFxRates(page);
    await ratesOnFile(page).getByRole('button', { name: 'Edit the EUR rate for May 2024' }).click();
    const form = editor(page);
    const rate = form.getByLabel('Rate', { exact: true });
    expect(await form.getByLabel('Month', { exact: true }).inputValue()).toBe('2024-05');
    expect(await form.getByLabel('Currency', { exact: true }).inputValue()).toBe('EUR');
    expect(await rate.inputValue()).toBe(MAY_EUR);
    await expect.poll(() => rate.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);

    await rate.fill(MAY_EUR_CHANGED);
    await form.getByRole('button', { name: 'Save rate' }).click();
    rates['2024-05 EUR'] = MAY_EUR_CHANGED;
    await page.getByRole('status').filter({ hasText: `Saved 1 rate. ${linesIn('EUR', '2024-05').length} lines now count toward USD totals.` }).waitFor();
    await expect.poll(() => rateRows(page)).toEqual([
      ['Jun 2024', 'EUR', JUNE_EUR],
      ['Jun 2024', 'GBP', JUNE_GBP],
      ['May 2024', 'EUR', MAY_EUR_CHANGED],
    ]);

    const expected = expectedRevenue(LINES, rates);
    expect(toCents(expected)).not.toBe(toCents(expectedRevenue(LINES, { ...rates, '2024-05 EUR': MAY_EUR })));
    await expect.poll(() => allTimeRevenueCents(page)).toBe(toCents(expected));
  });

  it('ran without a page error, and leaves a screenshot of the FX rates page', async () => {
    await openFxRates(page);
    await ratesOnFile(page).getByRole('table', { name: 'FX rates' }).waitFor();
    await page.screenshot({ path: resultPath('fx-rates.png'), fullPage: true });
    expect(session.problems).toEqual([]);
  });
});
