import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserSession } from '../support/browser';
import { ImportPage } from './import-page';
import { goTo, openWorkstationInBrowser, resultPath, ROOT, type WorkstationInBrowser } from './workstation-in-browser';

const FILE = 'coop-statement-2025-03.csv';
const FILE_PATH = join(ROOT, 'test', 'fixtures', 'statements', 'unknown', FILE);

/**
 * The co-op's statement: semicolons, decimal commas, day-first dates, two preamble rows, no
 * currency column (it pays in US dollars). Its earnings added up by hand:
 * 3.456789 + 0.98765 + 5.5 - 0.99 + 1234.5678 = 1243.522239.
 */
const COOP_USD = '1243.52223900';
const COOP_DOLLARS = '$1,243.52';

/**
 * TuneCore's sales report with "Total Earned" renamed "Amount Earned": no format knows it, and
 * beside the renamed column sit "Net Sales" in three currencies and "Release Type". Its earnings
 * added up by hand: 5.0160000000 + 1.339506160650 + 0.698500000000 - 0.698500000000 + 1.441600000001
 * = 7.797106160651 US dollars.
 */
const TUNECORE_FILE = 'tunecore-sales-renamed.csv';
const TUNECORE_USD = '7.797106160651';
const TUNECORE_DOLLARS = '$7.80';

function wizard(page: Page, file = FILE): Locator {
  return page.getByRole('dialog', { name: `Map the columns of ${file}` });
}

describe('The column-mapping wizard in the browser: map an unknown layout, import it', () => {
  let workstation: WorkstationInBrowser;
  let session: BrowserSession;
  let page: Page;
  let imports: ImportPage;
  let card: Locator;

  beforeAll(async () => {
    workstation = await openWorkstationInBrowser('mapping');
    ({ session, page } = workstation);
    imports = new ImportPage(page);
    card = imports.card(FILE);
  });

  afterAll(async () => {
    await workstation?.close();
  });

  it('offers to map the columns of a file no format recognises', async () => {
    await workstation.openFirstRun();
    await imports.open();
    await imports.stage([FILE_PATH]);
    await imports.waitForPreview(FILE, 'Rejected');
    await card.getByText(/not a statement layout this app recognises/).waitFor();

    // Escape leaves the wizard without a trace; the button opens it again.
    await card.getByRole('button', { name: 'Map columns…' }).click();
    await wizard(page).waitFor();
    await page.keyboard.press('Escape');
    await wizard(page).waitFor({ state: 'detached' });
    await card.getByRole('button', { name: 'Map columns…' }).click();
    await wizard(page).waitFor();
  });

  it('step 1 shows the rows split on semicolons, the header row found below the preamble, picked by click or keyboard', async () => {
    const dialog = wizard(page);
    const rows = dialog.getByRole('table', { name: `First rows of ${FILE}` });
    await rows.waitFor();
    expect(await dialog.getByLabel('Delimiter').inputValue()).toBe(';');
    expect(await dialog.getByLabel('Encoding').inputValue()).toBe('utf-8');
    expect(await rows.getByRole('row').count()).toBe(1 + 8);
    expect(await dialog.getByRole('radio', { name: 'Row 3 holds the column names' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('listitem').filter({ hasText: 'Header row' }).getAttribute('aria-current')).toBe('step');

    await rows.getByRole('cell', { name: 'Edite le' }).click();
    const rowTwo = dialog.getByRole('radio', { name: 'Row 2 holds the column names' });
    expect(await rowTwo.isChecked()).toBe(true);
    await rowTwo.focus();
    await page.keyboard.press('ArrowDown');
    expect(await dialog.getByRole('radio', { name: 'Row 3 holds the column names' }).isChecked()).toBe(true);
    await page.screenshot({ path: resultPath('mapping-wizard-rows.png') });
    await dialog.getByRole('button', { name: 'Next' }).click();
  });

  it('step 2 guesses the French columns, reads decimal commas and day-first dates, and previews the exact total live', async () => {
    const dialog = wizard(page);
    // The French header words are guessed at once; "Ventes" is the units sold, as its cells are whole numbers.
    const guessed = async (field: string) => dialog.getByLabel(field, { exact: true }).inputValue();
    expect(await guessed('Sale period')).toBe('column:Periode');
    expect(await guessed('Platform')).toBe('column:Boutique');
    expect(await guessed('Territory')).toBe('column:Pays');
    expect(await guessed('Artist')).toBe('column:Interprete');
    expect(await guessed('Track title')).toBe('column:Titre');
    expect(await guessed('ISRC')).toBe('column:Code ISRC');
    expect(await guessed('Earned amount')).toBe('column:Montant net');
    expect(await guessed('Quantity')).toBe('column:Ventes');
    // The guessed period column shows 15/03/2025, and its amounts end in a comma and digits.
    expect(await dialog.getByRole('radio', { name: 'Day first' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('group', { name: 'Date order' }).getAttribute('aria-describedby')).not.toBeNull();
    await dialog.getByText('Day first: 15/03/2025 on line 7 has 15 as its first number, and no date here reads only month first.').waitFor();
    expect(await dialog.getByRole('radio', { name: 'Comma: 1.234,56' }).isChecked()).toBe(true);
    // The preview says what is still missing.
    const preview = dialog.getByRole('region', { name: 'Preview' });
    await preview.getByText('Choose the currency column or a fixed value.').waitFor();
    await dialog.getByLabel('Currency', { exact: true }).selectOption({ label: 'Same for every line…' });
    await dialog.getByLabel('Currency code').fill('usd');

    // Month first, the 15th and 31st of March cannot be read: the preview says which lines and why.
    await dialog.getByRole('radio', { name: 'Comma: 1.234,56' }).check();
    await dialog.getByRole('radio', { name: 'Month first (US)' }).check();
    await preview.getByText('Line 7').waitFor();
    await preview.getByText('column "Periode": "15/03/2025" is not a month/day/year date').waitFor();

    await dialog.getByRole('radio', { name: 'Day first' }).check();
    await preview.getByText('5 of 5 lines can be imported.').waitFor();
    expect(await preview.getByTitle(`${COOP_USD} USD`).textContent()).toBe(COOP_DOLLARS);
    const sample = preview.getByRole('table', { name: `First lines of ${FILE}` });
    await sample.getByRole('cell', { name: '2025-03-15' }).waitFor();
    await sample.getByRole('cell', { name: '1234.56780000 USD' }).waitFor();

    await dialog.getByLabel('Sale period', { exact: true }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: resultPath('mapping-wizard.png') });
    await dialog.getByRole('button', { name: 'Next' }).click();
  });

  it('step 3 saves the mapping under a name; the file is then ready, read by it', async () => {
    const dialog = wizard(page);
    await dialog.getByRole('list', { name: 'Columns that recognise the layout' }).getByText('Montant net').waitFor();
    // Offered without the month the file covers: the mapping reads every month's statement.
    expect(await dialog.getByLabel('Mapping name').inputValue()).toBe('coop-statement');
    await dialog.getByLabel('Mapping name').fill('Indie Pressing Co-op');
    await dialog.getByRole('button', { name: 'Save mapping' }).click();
    await wizard(page).waitFor({ state: 'detached' });

    await card.getByRole('status').filter({ hasText: 'Saved the mapping “Indie Pressing Co-op” (version 1)' }).waitFor();
    await card.getByText('Ready', { exact: true }).waitFor();
    await card.getByText('Indie Pressing Co-op · saved mapping Indie Pressing Co-op v1 · UTF-8').waitFor();
    expect(await card.getByTitle(`${COOP_USD} USD`).textContent()).toBe(COOP_DOLLARS);
    expect(await card.getByRole('button', { name: 'Map columns…' }).count()).toBe(0);
  });

  it('imports the file, and the Overview’s all-time revenue is the hand-computed total', async () => {
    const summary = await imports.importReady(1);
    await summary.getByText('1 file imported, with 5 lines.').waitFor();
    await imports.history().getByText('Indie Pressing Co-op · saved mapping Indie Pressing Co-op v1').waitFor();

    await goTo(page, 'Overview', 'Overview');
    await page.getByRole('radio', { name: 'All time' }).check();
    await page.getByRole('region', { name: 'Revenue', exact: true }).getByText('no earlier period to compare').waitFor();
    expect(await page.getByTestId('kpi-revenue').textContent()).toBe(COOP_DOLLARS);
    expect(session.problems).toEqual([]);
  });

  it('guesses a renamed TuneCore report’s columns right at once, and previews its exact earnings', async () => {
    const fixture = readFileSync(join(ROOT, 'test', 'fixtures', 'statements', 'tunecore-sales.csv'), 'utf8');
    const path = join(workstation.folder, TUNECORE_FILE);
    writeFileSync(path, fixture.replace(',Total Earned,', ',Amount Earned,'));
    await imports.open();
    await imports.stage([path]);
    const tunecore = await imports.waitForPreview(TUNECORE_FILE, 'Rejected');
    await tunecore.getByText(/of TuneCore, missing “Total Earned”/).waitFor();
    await tunecore.getByRole('button', { name: 'Map columns…' }).click();
    const dialog = wizard(page, TUNECORE_FILE);
    await dialog.getByRole('radio', { name: 'Row 1 holds the column names' }).waitFor();
    await dialog.getByRole('button', { name: 'Next' }).click();

    const guessed = async (field: string) => dialog.getByLabel(field, { exact: true }).inputValue();
    expect(await guessed('Earned amount')).toBe('column:Amount Earned');
    expect(await guessed('Currency')).toBe('column:Currency');
    expect(await guessed('Track title')).toBe('column:Song Title');
    expect(await guessed('Release title')).toBe('column:Release Title');
    expect(await guessed('Quantity')).toBe('column:# Units Sold');
    // The sales type names the kind of sale; the release type beside it does not.
    expect(await guessed('Sale type')).toBe('column:Sales Type');
    const preview = dialog.getByRole('region', { name: 'Preview' });
    await preview.getByText('5 of 5 lines can be imported.').waitFor();
    expect(await preview.getByTitle(`${TUNECORE_USD} USD`).textContent()).toBe(TUNECORE_DOLLARS);
    expect(await preview.locator('.amount').count()).toBe(1);
    await page.screenshot({ path: resultPath('mapping-wizard-tunecore-renamed.png') });

    await dialog.getByRole('button', { name: 'Next' }).click();
    expect(await dialog.getByLabel('Mapping name').inputValue()).toBe('tunecore-sales-renamed');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(session.problems).toEqual([]);
  });
});
