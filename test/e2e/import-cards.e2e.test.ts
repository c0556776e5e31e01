import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportPage, openOnImportPage } from './import-page';
import { ROOT, type WorkstationInBrowser } from './workstation-in-browser';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'statements');
// All three are DistroKid statements of February 2024 sales, reported on 5 April 2024.
const LEGACY = 'distrokid-legacy.tsv';
const TRUNCATED = 'distrokid-truncated.tsv';
const TEXT_IN_MONEY = 'distrokid-text-in-money.tsv';

describe('Import page cards and summary: strict refusals, files picked again, three statements of one period, undo', () => {
  let workstation: WorkstationInBrowser;
  let page: Page;
  let imports: ImportPage;

  async function pick(names: string[]): Promise<void> {
    await imports.stage(names.map((name) => join(FIXTURES, name)));
  }

  beforeAll(async () => {
    ({ workstation, page, imports } = await openOnImportPage('import-cards'));
  });

  afterAll(async () => {
    await workstation?.close();
  });

  it('shows a file picked again with when and as what it was imported, not a dry run’s empty figures', async () => {
    await pick([LEGACY]);
    await imports.waitForPreview(LEGACY, 'Ready');
    await (await imports.importReady(1)).getByText('1 file imported, with 5 lines.').waitFor();
    await page.getByRole('button', { name: 'Close summary' }).click();

    await pick([LEGACY]);
    const card = await imports.waitForPreview(LEGACY, 'Already imported');
    await card.getByText(/^Imported on \d{1,2} \w{3} \d{4}, \d{2}:\d{2} as DistroKid · 13-column: 5 lines, \$12\.74\.$/).waitFor();
    for (const figure of ['Lines', 'Importable', 'Quantity', 'Earned']) expect(await card.getByText(figure, { exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Nothing to import' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: `Remove ${LEGACY}` }).click();
  });

  it('asks a statement over an earlier import and a file above it to keep all three, naming each', async () => {
    await pick([TRUNCATED, TEXT_IN_MONEY]);
    const truncated = await imports.waitForPreview(TRUNCATED, 'Answer needed');
    const textInMoney = await imports.waitForPreview(TEXT_IN_MONEY, 'Answer needed');

    // The first meets the earlier import alone: two statements.
    const first = truncated.getByRole('radiogroup', { name: 'Same period as an earlier import' });
    await first.getByRole('radio', { name: /^Keep both — for a statement that adds to the earlier one$/ }).waitFor();

    const second = textInMoney.getByRole('radiogroup', { name: `Same period as an earlier import and ${TRUNCATED}, which is imported first` });
    await second.getByRole('radio', { name: `Replace — for a corrected statement, in place of the earlier import and ${TRUNCATED}` }).waitFor();
    await second
      .getByRole('radio', { name: `Keep all three — this file, the earlier import and ${TRUNCATED}, for statements that add to one another` })
      .waitFor();
    expect(await second.getByRole('radio', { name: /Keep both/ }).count()).toBe(0);
  });

  it('in strict mode says each card with an unreadable line will be refused, why, and leaves it out of Import; Lenient brings it back, still asking', async () => {
    const truncated = imports.card(TRUNCATED);
    const textInMoney = imports.card(TEXT_IN_MONEY);
    await textInMoney.getByText('1 line will be quarantined with its reason, to correct or download after importing.').waitFor();

    await page.getByRole('radio', { name: 'Strict' }).check();
    await imports.waitForPreview(TRUNCATED, 'Refused in strict mode');
    await imports.waitForPreview(TEXT_IN_MONEY, 'Refused in strict mode');
    await textInMoney
      .getByText(/^Strict mode will refuse this file at line 4: .*"twelve cents" is not a number\. In all, 1 line cannot be read; Lenient imports the other 3 and quarantines it\.$/)
      .waitFor();
    await truncated.getByText(/^Strict mode will refuse this file at line \d+: .+\. In all, 1 line cannot be read; Lenient imports the other \d+ and quarantines it\.$/).waitFor();
    expect(await textInMoney.getByText('1 line will be quarantined with its reason, to correct or download after importing.').count()).toBe(0);
    // Neither is sent, so neither is asked about the other.
    expect(await page.getByRole('radiogroup').count()).toBe(0);

    const importButton = page.getByRole('button', { name: 'Nothing to import' });
    expect(await importButton.isDisabled()).toBe(true);
    // The mode's label is in the page's text once; the group keeps its own name for assistive technology.
    expect((await page.locator('body').innerText()).split('When a line cannot be read').length - 1).toBe(1);
    await page.getByRole('group', { name: 'Import mode' }).waitFor();
    const refused = page.getByText('2 files would be refused in strict mode and stay here: choose Lenient to import their readable lines.');
    await refused.waitFor();
    expect(await importButton.getAttribute('aria-describedby')).toBe(await refused.getAttribute('id'));
    await page.getByText('2 files, 0 ready to import, 2 to be refused in strict mode').waitFor();

    await page.getByRole('radio', { name: 'Lenient' }).check();
    // Both are asked again, unanswered: neither reads Ready, and Import waits for the answers.
    await imports.waitForPreview(TRUNCATED, 'Answer needed');
    await imports.waitForPreview(TEXT_IN_MONEY, 'Answer needed');
    expect(await page.getByText('Ready', { exact: true }).count()).toBe(0);
    await textInMoney.getByText('1 line will be quarantined with its reason, to correct or download after importing.').waitFor();
    expect(await refused.count()).toBe(0);
    await page.getByText('2 files, 0 ready to import, 2 waiting for an answer').waitFor();
    await page.getByText('Choose what to do with 2 statements that cover the same periods as others').waitFor();
    expect(await page.getByRole('button', { name: 'Import 2 files' }).isDisabled()).toBe(true);

    await truncated.getByRole('radio', { name: /^Keep both/ }).check();
    await imports.waitForPreview(TRUNCATED, 'Ready');
    await imports.waitForPreview(TEXT_IN_MONEY, 'Answer needed');
    expect(await page.getByRole('button', { name: 'Import 2 files' }).isDisabled()).toBe(true);
  });

  it('marks a summary row whose import was undone since, keeping its figures and dropping its actions', async () => {
    await imports.card(TEXT_IN_MONEY).getByRole('radio', { name: /^Keep all three/ }).check();
    const summary = await imports.importReady(2);
    const undoneRow = summary.getByRole('listitem').filter({ hasText: TEXT_IN_MONEY });
    const keptRow = summary.getByRole('listitem').filter({ hasText: TRUNCATED });
    const download = undoneRow.getByRole('button', { name: `Download quarantined lines (CSV) of ${TEXT_IN_MONEY}` });
    await download.waitFor();
    await undoneRow.getByText('Imported', { exact: true }).waitFor();

    await page.getByRole('button', { name: `Undo import of ${TEXT_IN_MONEY}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Undo this import?' });
    await dialog.getByRole('button', { name: 'Undo import' }).click();
    await page.getByRole('status').filter({ hasText: `Removed 3 lines imported from ${TEXT_IN_MONEY}.` }).waitFor();

    await undoneRow.getByText('Undone since', { exact: true }).waitFor();
    await undoneRow.getByText('Undone since: its lines are no longer counted. The figures are what it imported then.').waitFor();
    // What it imported stays readable.
    await undoneRow.getByText(/^3 lines imported, 1 quarantined/).waitFor();
    expect(await undoneRow.getByText('Imported', { exact: true }).count()).toBe(0);
    expect(await undoneRow.getByRole('button').count()).toBe(0);
    await summary.getByText('1 import listed here was undone since; the figures are what was imported then.').waitFor();

    // The other import stands, with its actions.
    await keptRow.getByText('Imported', { exact: true }).waitFor();
    expect(await keptRow.getByRole('button', { name: `Download quarantined lines (CSV) of ${TRUNCATED}` }).count()).toBe(1);
    expect(workstation.session.problems).toEqual([]);
  });
});
