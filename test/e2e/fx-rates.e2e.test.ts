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
      ['1,085', '1,085 could be 1.085 or 1085: type it with a dot for decimals and no comma for thousands.'],
      ['1,170.5', 'Type the rate with no comma for thousands, as in 1170.5.'],
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
    await gbp.fill('1,270');
    await panel.getByText('1,270 could be 1.270 or 1270: type it with a dot for decimals and no comma for thousands.', { exact: true }).waitFor();
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

  it('saves both June rates from the waiting rows at once, one typed with a decimal comma, and then nothing waits', async () => {
    await openFxRates(page);
    const panel = missingPanel(page);
    await panel.getByRole('textbox', { name: 'Rate for EUR in Jun 2024' }).fill(JUNE_EUR);
    await panel.getByRole('textbox', { name: 'Rate for GBP in Jun 2024' }).fill(` ${JUNE_GBP.replace('.', ',')} `);
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

  it('changes May’s rate in its row: the lines are converted again at the new rate', async () => {
    await openFxRates(page);
    await ratesOnFile(page).getByRole('button', { name: 'Edit the EUR rate for May 2024' }).click();
    const rate = ratesOnFile(page).getByRole('textbox', { name: 'EUR rate for May 2024' });
    expect(await rate.inputValue()).toBe(MAY_EUR);
    await expect.poll(() => rate.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);

    await rate.fill(MAY_EUR_CHANGED);
    await ratesOnFile(page).getByRole('button', { name: 'Save the EUR rate for May 2024' }).click();
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

  /** Types a rate into its row of "Rates on file" and saves it. */
  async function changeInRow(month: string, currency: string, rate: string): Promise<void> {
    await ratesOnFile(page).getByRole('button', { name: `Edit the ${currency} rate for ${month}` }).click();
    await ratesOnFile(page).getByRole('textbox', { name: `${currency} rate for ${month}` }).fill(rate);
    await ratesOnFile(page).getByRole('button', { name: `Save the ${currency} rate for ${month}` }).click();
  }

  it('takes May’s rate spelled 1.10 as the 1.1 on file: nothing is converted again, and the rate keeps its spelling', async () => {
    await openFxRates(page);
    await changeInRow('May 2024', 'EUR', '1.10');
    await page.getByRole('status').filter({ hasText: 'Saved 1 rate. No lines were waiting for them.' }).waitFor();
    await expect.poll(() => rateRows(page).then((rows) => rows[2])).toEqual(['May 2024', 'EUR', MAY_EUR_CHANGED]);
  });

  it('says a rate far too large leaves June’s pound line out of USD totals, which drop it, until the rate is corrected', async () => {
    await openFxRates(page);
    await changeInRow('Jun 2024', 'GBP', '1000000000000000');
    await page.getByRole('status').filter({ hasText: 'Saved 1 rate. 1 line is too large to convert at its new rate and stays out of USD totals.' }).waitFor();
    await expect.poll(() => missingRows(page)).toEqual([['Jun 2024', 'GBP', String(linesIn('GBP', '2024-06').length)]]);
    const withoutJuneGbp = expectedRevenue(LINES, Object.fromEntries(Object.entries(rates).filter(([key]) => key !== '2024-06 GBP')));
    expect(withoutJuneGbp).toBeLessThan(expectedRevenue(LINES, rates));
    await expect.poll(() => allTimeRevenueCents(page)).toBe(toCents(withoutJuneGbp));

    await openFxRates(page);
    await changeInRow('Jun 2024', 'GBP', JUNE_GBP);
    await page.getByRole('status').filter({ hasText: 'Saved 1 rate. 1 line now counts toward USD totals.' }).waitFor();
    await page.getByText('No line is waiting for a rate: every imported amount counts toward USD totals.').waitFor();
    await expect.poll(() => allTimeRevenueCents(page)).toBe(toCents(expectedRevenue(LINES, rates)));
  });

  // ---- A few hundred rates: three years of ten currencies, none for a month with lines ----

  const CURRENCIES = ['AUD', 'CAD', 'CHF', 'DKK', 'EUR', 'GBP', 'JPY', 'NOK', 'SEK', 'ZAR'];
  const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  /** Month, currency and rate as the table shows them, latest month first, then by currency. */
  const MANY: string[][] = [2023, 2022, 2021].flatMap((year) =>
    [12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1].flatMap((month) =>
      CURRENCIES.map((currency, index) => [`${MONTH_NAMES[month - 1]} ${year}`, currency, `${index + 1}.${year}${String(month).padStart(2, '0')}`]),
    ),
  );
  const monthOfLabel = (label: string) => `${label.slice(4)}-${String(MONTH_NAMES.indexOf(label.slice(0, 3)) + 1).padStart(2, '0')}`;
  /** The rates on file before, then the many: every one of them in the table's order. */
  const everyRate = () => [
    ['Jun 2024', 'EUR', JUNE_EUR],
    ['Jun 2024', 'GBP', JUNE_GBP],
    ['May 2024', 'EUR', MAY_EUR_CHANGED],
    ...MANY,
  ];

  const currencyChoice = () => ratesOnFile(page).getByLabel('Currency', { exact: true });
  const yearChoice = () => ratesOnFile(page).getByLabel('Year', { exact: true });
  const scrollTop = () => page.locator('html').evaluate((html) => html.ownerDocument.defaultView!.scrollY);

  it('lists a few hundred rates a page at a time, latest month first', async () => {
    await openFxRates(page);
    const path = join(folder, 'rates-2021-2023.csv');
    writeFileSync(path, ['month,currency,rate', ...MANY.map(([month, currency, rate]) => `${monthOfLabel(month!)},${currency},${rate}`)].join('\n') + '\n');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import rates CSV…' }).click()]);
    await chooser.setFiles(path);
    await page.getByRole('status').filter({ hasText: `rates-2021-2023.csv: Saved ${MANY.length} rates. No lines were waiting for them.` }).waitFor();

    const panel = ratesOnFile(page);
    await panel.getByText(`Rates 1–50 of ${MANY.length + 3}`).waitFor();
    expect(await rateRows(page)).toEqual(everyRate().slice(0, 50));
    await panel.getByText('Page 1 of 8').waitFor();
    expect(await panel.getByRole('button', { name: 'Previous page' }).isDisabled()).toBe(true);

    await panel.getByRole('button', { name: 'Next page' }).click();
    await panel.getByText(`Rates 51–100 of ${MANY.length + 3}`).waitFor();
    expect(await rateRows(page)).toEqual(everyRate().slice(50, 100));
    await panel.getByRole('button', { name: 'Previous page' }).click();
    await panel.getByText('Page 1 of 8').waitFor();
    expect(await rateRows(page)).toEqual(everyRate().slice(0, 50));
  });

  it('narrows the rates to one currency, one year, or both', async () => {
    const panel = ratesOnFile(page);
    await currencyChoice().selectOption('CHF');
    await panel.getByText('36 rates', { exact: true }).waitFor();
    expect(await panel.getByRole('navigation', { name: 'Pages of rates' }).count()).toBe(0);
    await yearChoice().selectOption('2022');
    await panel.getByText('12 rates', { exact: true }).waitFor();
    expect(await rateRows(page)).toEqual(MANY.filter(([month, currency]) => currency === 'CHF' && month!.endsWith('2022')));

    await currencyChoice().selectOption('EUR');
    await yearChoice().selectOption('2024');
    await expect.poll(() => rateRows(page)).toEqual([
      ['Jun 2024', 'EUR', JUNE_EUR],
      ['May 2024', 'EUR', MAY_EUR_CHANGED],
    ]);

    await currencyChoice().selectOption('');
    await yearChoice().selectOption('2023');
    await panel.getByText('Rates 1–50 of 120').waitFor();
    expect(await rateRows(page)).toEqual(MANY.slice(0, 50));
    await yearChoice().selectOption('');
    await panel.getByText(`Rates 1–50 of ${MANY.length + 3}`).waitFor();
  });

  it('changes a rate far down the page in its row, and the page stays where it was', async () => {
    const panel = ratesOnFile(page);
    const [month, currency, before] = everyRate()[44]!;
    const edit = panel.getByRole('button', { name: `Edit the ${currency} rate for ${month}` });
    await edit.scrollIntoViewIfNeeded();
    const scrolled = await scrollTop();
    const rowTop = (await edit.boundingBox())!.y;
    expect(scrolled).toBeGreaterThan(1000);

    await edit.click();
    const field = panel.getByRole('textbox', { name: `${currency} rate for ${month}` });
    expect(await field.inputValue()).toBe(before);
    await expect.poll(() => field.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    expect(Math.abs((await field.boundingBox())!.y - rowTop)).toBeLessThan(20);

    // A comma that could group thousands is refused in the row, saying why, and nothing is saved.
    await field.fill('1,500');
    await field.press('Enter');
    await panel.getByText('1,500 could be 1.500 or 1500: type it with a dot for decimals and no comma for thousands.', { exact: true }).waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');

    // A decimal comma is taken, and the rate saved with a dot.
    await field.fill('9,87654321');
    await field.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Saved 1 rate. No lines were waiting for them.' }).waitFor();
    await expect.poll(() => rateRows(page).then((rows) => rows[44])).toEqual([month, currency, '9.87654321']);
    MANY.find((row) => row[0] === month && row[1] === currency)![2] = '9.87654321';
    expect(await field.count()).toBe(0);
    // The place in the list is kept: the window did not move, the row is where it was, and the focus is back on its Edit.
    expect(Math.abs((await scrollTop()) - scrolled)).toBeLessThanOrEqual(1);
    expect(Math.abs((await edit.boundingBox())!.y - rowTop)).toBeLessThanOrEqual(1);
    await expect.poll(() => edit.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    await panel.getByRole('row').filter({ has: page.getByRole('button', { name: `Edit the ${currency} rate for ${month}` }) }).getByText('Saved', { exact: true }).waitFor();
    await page.screenshot({ path: resultPath('fx-rates-edited-in-place.png') });

    // Escape leaves the next one as it was.
    const [nextMonth, nextCurrency, nextRate] = everyRate()[45]!;
    await panel.getByRole('button', { name: `Edit the ${nextCurrency} rate for ${nextMonth}` }).click();
    const nextField = panel.getByRole('textbox', { name: `${nextCurrency} rate for ${nextMonth}` });
    await nextField.fill('2');
    await nextField.press('Escape');
    await expect.poll(() => nextField.count()).toBe(0);
    expect((await rateRows(page))[45]).toEqual([nextMonth, nextCurrency, nextRate]);
    expect(Math.abs((await scrollTop()) - scrolled)).toBeLessThanOrEqual(1);
  });

  it('opens again on the first 50 rates, every currency and year', async () => {
    await imports.open();
    await openFxRates(page);
    await ratesOnFile(page).getByText(`Rates 1–50 of ${MANY.length + 3}`).waitFor();
    expect(await rateRows(page)).toEqual(everyRate().slice(0, 50));
  });

  it('ran without a page error, and leaves a screenshot of the FX rates page', async () => {
    await openFxRates(page);
    await ratesOnFile(page).getByRole('table', { name: 'FX rates' }).waitFor();
    await page.screenshot({ path: resultPath('fx-rates.png'), fullPage: true });
    expect(session.problems).toEqual([]);
  });
});
