import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused, focusWithin, hasFocus, type Focused } from '../support/keyboard-focus';
import { ImportPage, openOnImportPage } from './import-page';
import { resultPath, ROOT, type WorkstationInBrowser } from './workstation-in-browser';

/**
 * The co-op's statement no format knows (semicolons, decimal commas, day-first dates, two preamble
 * rows, no currency column), with a long remark on every line so its first rows are wider than
 * the wizard. Its earnings, added up by hand, are those of the fixture: $1,243.52.
 */
const FILE = 'coop-remarks-2025-03.csv';
const REMARK = 'relevé mensuel de la coopérative à rapprocher du relevé bancaire du mois suivant';

function coopWithRemarks(): string {
  const fixture = readFileSync(join(ROOT, 'test', 'fixtures', 'statements', 'unknown', 'coop-statement-2025-03.csv'), 'utf8');
  const rows = fixture.trimEnd().split(/\r?\n/);
  return rows.map((row, index) => (index < 2 ? row : `${row};${index === 2 ? 'Remarque' : REMARK}`)).join('\n');
}

/** Presses Tab (Shift+Tab, `back`) until the focus is on what is named `name`; returns every stop on the way. */
async function tabTo(page: Page, name: string, back = false): Promise<Focused[]> {
  const stops: Focused[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    stops.push(now);
    if (now.name === name) return stops;
  }
  throw new Error(`Tab did not reach "${name}"; it stopped at: ${stops.map((stop) => stop.name || stop.tag).join(' | ')}`);
}

/** What a screen reader reads after the name: the text of the elements `aria-describedby` names. */
function description(locator: Locator): Promise<string> {
  return locator.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter(Boolean)
      .map((id: string) => element.ownerDocument.getElementById(id)?.textContent?.trim() ?? '')
      .join(' '),
  );
}

/** Stops that a keyboard user could not see or hear: unnamed, without a ring, or the page behind the dialog. */
function unseen(stops: Focused[]): Focused[] {
  return stops.filter((stop) => !stop.inBody && (stop.name === '' || !stop.ring));
}

describe('The mapping wizard and the saved layouts by keyboard and screen reader, in the browser', () => {
  let workstation: WorkstationInBrowser;
  let page: Page;
  let imports: ImportPage;
  let wizard: Locator;

  beforeAll(async () => {
    ({ workstation, page, imports } = await openOnImportPage('mapping-a11y'));
    await page.setViewportSize({ width: 1024, height: 800 });
    wizard = page.getByRole('dialog', { name: `Map the columns of ${FILE}` });
  });

  afterAll(async () => {
    await workstation?.close();
  });

  it('opens on its first step’s heading, which says where the user is; each stop is named and ringed, the wide rows scroll by keyboard', async () => {
    const path = join(workstation.folder, FILE);
    writeFileSync(path, coopWithRemarks());
    await imports.stage([path]);
    await imports.waitForPreview(FILE, 'Rejected');
    await tabTo(page, 'Map columns…');
    await page.keyboard.press('Enter');
    await wizard.getByRole('radio', { name: 'Row 3 holds the column names' }).waitFor();

    expect.soft(await wizard.getAttribute('aria-modal')).toBe('true');
    expect.soft(await focused(page)).toMatchObject({ tag: 'H3', name: 'Step 1 of 3: Header row', ring: true });
    await page.screenshot({ path: resultPath('mapping-wizard-accessibility-rows.png') });
    expect.soft(await wizard.getByRole('list', { name: 'Steps' }).ariaSnapshot()).toBe(
      ['- list "Steps":', '  - listitem:', `    - 'heading "Step 1 of 3: Header row" [level=3]'`, '  - listitem: "Step 2 of 3: Columns"', '  - listitem: "Step 3 of 3: Save"'].join('\n'),
    );

    const stops = await tabTo(page, 'Next: Columns');
    expect.soft(stops.map((stop) => stop.name)).toEqual(['Delimiter', 'Encoding', `First rows of ${FILE}`, 'Row 3 holds the column names', 'Cancel', 'Next: Columns']);
    expect.soft(unseen(stops)).toEqual([]);

    // The rows are wider than the wizard: their box, a stop of its own, scrolls sideways with the arrow keys.
    const rows = wizard.getByRole('table', { name: `First rows of ${FILE}` }).locator('xpath=..');
    expect.soft(await rows.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(true);
    await tabTo(page, `First rows of ${FILE}`, true);
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    // Chromium scrolls by key smoothly: the box moves over the next frames, not at the key press.
    await expect.poll(() => rows.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);
  });

  it('picks the header row with the arrow keys; Next says where it leads, and the next step’s heading takes the focus', async () => {
    await tabTo(page, 'Row 3 holds the column names');
    await page.keyboard.press('ArrowUp');
    expect.soft(await wizard.getByRole('radio', { name: 'Row 2 holds the column names' }).isChecked()).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect.soft(await wizard.getByRole('radio', { name: 'Row 3 holds the column names' }).isChecked()).toBe(true);

    await tabTo(page, 'Next: Columns');
    await page.keyboard.press('Enter');
    await wizard.getByRole('combobox', { name: 'Sale period' }).waitFor();
    expect.soft(await focused(page)).toMatchObject({ tag: 'H3', name: 'Step 2 of 3: Columns' });
    // Back returns to the first step's heading, and Next, pressed again, to this one's.
    await tabTo(page, 'Back: Header row', true);
    await page.keyboard.press('Enter');
    await wizard.getByRole('radio', { name: 'Row 3 holds the column names' }).waitFor();
    expect.soft(await focused(page)).toMatchObject({ tag: 'H3', name: 'Step 1 of 3: Header row' });
    await tabTo(page, 'Next: Columns');
    await page.keyboard.press('Enter');
    await wizard.getByRole('combobox', { name: 'Sale period' }).waitFor();
    expect.soft(await focused(page)).toMatchObject({ tag: 'H3', name: 'Step 2 of 3: Columns', inBody: false });
  });

  it('names every field’s column picker, ties what is missing to its control, and is answered by keyboard', async () => {
    const preview = wizard.getByRole('region', { name: 'Preview' });
    const currency = wizard.getByRole('combobox', { name: 'Currency', exact: true });
    await preview.getByRole('list', { name: 'Still to do' }).getByText('Choose the currency column or a fixed value.').waitFor();
    // The missing currency is said at its picker, not only in the preview beside it.
    expect.soft(await currency.getAttribute('aria-invalid')).toBe('true');
    expect.soft(await description(currency)).toBe('Choose the currency column or a fixed value.');
    expect.soft(await wizard.getByRole('combobox', { name: 'Platform', exact: true }).getAttribute('aria-invalid')).toBe('false');
    expect.soft(await description(wizard.getByRole('combobox', { name: 'Sale period' }))).toBe('e.g. “01/03/2025”');

    const stops = await tabTo(page, 'Back: Header row');
    expect.soft(stops.map((stop) => stop.name)).toEqual([
      'Sale period', 'Reporting date', 'Platform', 'Territory', 'Artist', 'Track title', 'Release title', 'ISRC', 'UPC / EAN', 'Quantity', 'Earned amount',
      'Currency', 'Sale type', 'Comma: 1.234,56', 'Day first', 'Cancel', 'Back: Header row',
    ]);
    expect.soft(unseen(stops)).toEqual([]);

    // One currency for every line: the last choice of the picker, then the code in the box that comes with it.
    await tabTo(page, 'Currency', true);
    await page.keyboard.press('End');
    expect.soft(await currency.inputValue()).toBe('fixed');
    await tabTo(page, 'Currency code');
    const code = wizard.getByRole('textbox', { name: 'Currency code' });
    expect.soft(await code.getAttribute('aria-invalid')).toBe('true');
    expect.soft(await description(code)).toBe('Type the currency code.');
    expect.soft(await currency.getAttribute('aria-invalid')).toBe('false');
    await page.keyboard.type('usd');
    await preview.getByRole('status').filter({ hasText: '5 of 5 lines can be imported.' }).waitFor();
    expect.soft(await code.getAttribute('aria-invalid')).toBe('false');

    // The date order is a radio group: the arrow keys change it, and the preview says what each reads.
    await tabTo(page, 'Day first');
    await page.keyboard.press('ArrowLeft');
    expect.soft(await wizard.getByRole('radio', { name: 'Month first (US)' }).isChecked()).toBe(true);
    await preview.getByText('column "Periode": "15/03/2025" is not a month/day/year date').waitFor();
    await page.keyboard.press('ArrowRight');
    await preview.getByRole('status').filter({ hasText: '5 of 5 lines can be imported.' }).waitFor();
    const sample = preview.getByRole('table', { name: `First lines of ${FILE}` });
    expect.soft(await sample.getByRole('columnheader').allTextContents()).toContain('Earned');
    expect.soft(await preview.getByTitle('1243.52223900 USD').textContent()).toBe('$1,243.52');
    await page.screenshot({ path: resultPath('mapping-wizard-accessibility-columns.png') });

    await tabTo(page, 'Next: Save');
    await page.keyboard.press('Enter');
    await wizard.getByRole('textbox', { name: 'Mapping name' }).waitFor();
    expect.soft(await focused(page)).toMatchObject({ tag: 'H3', name: 'Step 3 of 3: Save' });
  });

  it('says at the name why Save waits, saves by Enter, and leaves the focus on the file’s card, which imports', async () => {
    const name = wizard.getByRole('textbox', { name: 'Mapping name' });
    await tabTo(page, 'Mapping name');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    expect.soft(await name.getAttribute('aria-invalid')).toBe('true');
    expect.soft(await description(name)).toBe('Type a name for the mapping. Imports of these files are listed under this name.');
    expect.soft(await wizard.getByRole('button', { name: 'Save mapping' }).isDisabled()).toBe(true);
    await page.screenshot({ path: resultPath('mapping-wizard-accessibility-save.png') });
    await page.keyboard.type('Indie Pressing Co-op');
    expect.soft(await name.getAttribute('aria-invalid')).toBe('false');
    await page.keyboard.press('Enter');
    await wizard.waitFor({ state: 'detached' });

    const card = imports.card(FILE);
    await card.getByRole('status').filter({ hasText: 'Saved the mapping “Indie Pressing Co-op” (version 1)' }).waitFor();
    await card.getByText('Ready', { exact: true }).waitFor();
    expect.soft(await focusWithin(card)).toBe(true);

    await tabTo(page, 'Import 1 file', true);
    await page.keyboard.press('Enter');
    const summary = page.getByRole('region', { name: 'Import finished' });
    await summary.getByRole('status').filter({ hasText: '1 file imported, with 5 lines.' }).waitFor();
  });

  it('renames a saved layout in a labelled modal that gives the focus back; a deletion’s notice takes the focus from the row that went', async () => {
    const layouts = page.getByRole('region', { name: 'Saved layouts' });
    const rename = layouts.getByRole('button', { name: 'Rename Indie Pressing Co-op' });
    await tabTo(page, 'Rename Indie Pressing Co-op');
    await page.keyboard.press('Enter');
    const renaming = page.getByRole('dialog', { name: 'Rename saved layout' });
    await renaming.waitFor();
    expect.soft(await renaming.getAttribute('aria-modal')).toBe('true');
    expect.soft(await focused(page)).toMatchObject({ tag: 'INPUT', name: 'New name', ring: true });
    await page.keyboard.press('Escape');
    await renaming.waitFor({ state: 'hidden' });
    // The dialog gives the focus back once it has closed, a frame after it is hidden.
    await expect.poll(() => hasFocus(rename)).toBe(true);

    await page.keyboard.press('Enter');
    await renaming.waitFor();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Co-op Records');
    await page.keyboard.press('Enter');
    await renaming.waitFor({ state: 'hidden' });
    await layouts.getByRole('status').filter({ hasText: 'Renamed “Indie Pressing Co-op” to “Co-op Records”.' }).waitFor();
    const renamed = layouts.getByRole('button', { name: 'Rename Co-op Records' });
    await renamed.waitFor();
    expect.soft(await hasFocus(renamed)).toBe(true);

    const remove = layouts.getByRole('button', { name: 'Delete Co-op Records' });
    await tabTo(page, 'Delete Co-op Records');
    await page.keyboard.press('Enter');
    const deleting = page.getByRole('dialog', { name: 'Delete this saved layout?' });
    await deleting.waitFor();
    expect.soft(await deleting.getAttribute('aria-modal')).toBe('true');
    const stops: Focused[] = [await focused(page)];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      stops.push(await focused(page));
      expect.soft(stops.at(-1)!.inBody || (await focusWithin(deleting))).toBe(true);
    }
    expect.soft(unseen(stops)).toEqual([]);
    await page.keyboard.press('Escape');
    await deleting.waitFor({ state: 'hidden' });
    await expect.poll(() => hasFocus(remove)).toBe(true);

    await page.keyboard.press('Enter');
    await deleting.waitFor();
    await tabTo(page, 'Delete layout');
    await page.keyboard.press('Enter');
    await deleting.waitFor({ state: 'hidden' });
    const notice = layouts.getByRole('status').filter({ hasText: 'Deleted “Co-op Records”. The statement it read stays imported.' });
    await notice.waitFor();
    await layouts.getByText(/No saved layouts yet/).waitFor();
    expect.soft(await hasFocus(notice)).toBe(true);
    expect.soft(await focused(page)).toMatchObject({ inBody: false, ring: true });
    await layouts.screenshot({ path: resultPath('saved-layouts-accessibility.png') });
    expect(workstation.session.problems).toEqual([]);
  });
});
