import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserSession } from '../support/browser';
import { COOP_MAPPING } from '../support/coop-mapping';
import { ImportPage } from './import-page';
import { openWorkstationInBrowser, resultPath, ROOT, type WorkstationInBrowser } from './workstation-in-browser';

const FILE = 'coop-statement-2025-03.csv';
const FILE_PATH = join(ROOT, 'test', 'fixtures', 'statements', 'unknown', FILE);


function layouts(page: Page): Locator {
  return page.getByRole('region', { name: 'Saved layouts' });
}

function layoutRow(page: Page, name: string): Locator {
  return layouts(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

describe('Saved layouts on the Import page: list, rename and delete the column mappings', () => {
  let workstation: WorkstationInBrowser;
  let session: BrowserSession;
  let page: Page;
  let imports: ImportPage;

  beforeAll(async () => {
    workstation = await openWorkstationInBrowser('layouts');
    ({ session, page } = workstation);
    imports = new ImportPage(page);
    const { bridge } = workstation;
    // The mapping is saved through the same channel the wizard uses, over the bridge.
    const saved = await fetch(`${bridge.origin}/api/invoke/mapping:save`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Workstation-Token': bridge.token },
      body: JSON.stringify({ name: 'Indie Pressing Co-op', mapping: COOP_MAPPING }),
    });
    expect(await saved.json()).toMatchObject({ ok: true, value: { version: 1 } });
  });

  afterAll(async () => {
    await workstation?.close();
  });

  it('lists the saved layout with its columns and version, not used yet, inside a 1400 px window', async () => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await workstation.openFirstRun();
    await imports.open();

    const row = layoutRow(page, 'Indie Pressing Co-op');
    await row.waitFor();
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells[1]).toBe('1');
    expect(cells[2]).toBe('Not yet');
    expect(cells[3]).toBe('0');
    expect(await row.getByRole('list', { name: 'Columns of Indie Pressing Co-op' }).getByRole('listitem').allTextContents()).toEqual(COOP_MAPPING.header);
    // Under "Source columns", the columns alone: no fingerprint hash beside them.
    expect(cells[0]).toBe(COOP_MAPPING.header.join(''));
    const table = layouts(page).getByRole('table', { name: 'Saved layouts' });
    const sideways = await table.evaluate((element) => {
      const box = element.closest('.table-scroll') ?? element.parentElement!;
      return { scrollWidth: box.scrollWidth, clientWidth: box.clientWidth, page: element.ownerDocument.documentElement.scrollWidth };
    });
    expect(sideways.scrollWidth, `the Saved layouts table is ${sideways.scrollWidth} px wide in a ${sideways.clientWidth} px box`).toBeLessThanOrEqual(sideways.clientWidth);
    expect(sideways.page).toBeLessThanOrEqual(1400);
  });

  it('counts the statement it reads once imported', async () => {
    await imports.stage([FILE_PATH]);
    await imports.card(FILE).getByText('Indie Pressing Co-op · saved mapping Indie Pressing Co-op v1 · UTF-8').waitFor();
    const summary = await imports.importReady(1);
    await summary.getByText('1 file imported, with 5 lines.').waitFor();

    const row = layoutRow(page, 'Indie Pressing Co-op');
    await row.getByRole('cell', { name: '1', exact: true }).nth(1).waitFor();
    expect((await row.getByRole('cell').allTextContents())[2]).not.toBe('Not yet');
  });

  it('renames the layout; the import it read is listed under the new name', async () => {
    await layouts(page).getByRole('button', { name: 'Rename Indie Pressing Co-op' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rename saved layout' });
    const name = dialog.getByLabel('New name');
    expect(await name.inputValue()).toBe('Indie Pressing Co-op');
    // The same name again is no rename: the button waits for a new one.
    expect(await dialog.getByRole('button', { name: 'Rename' }).isDisabled()).toBe(true);
    await name.fill('Co-op Records');
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await layouts(page).getByRole('status').filter({ hasText: 'Renamed “Indie Pressing Co-op” to “Co-op Records”.' }).waitFor();
    await layoutRow(page, 'Co-op Records').waitFor();
    await imports.history().getByText('Co-op Records · saved mapping Indie Pressing Co-op v1').waitFor();
    await layouts(page).screenshot({ path: resultPath('saved-layouts.png') });
  });

  it('asks before deleting; Cancel keeps the layout, Delete removes it and keeps the import', async () => {
    await layouts(page).getByRole('button', { name: 'Delete Co-op Records' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this saved layout?' });
    await dialog.getByText('Files with these columns will no longer be read by it; you can map them again. The statement it read stays imported, with every line.').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await layoutRow(page, 'Co-op Records').waitFor();

    await layouts(page).getByRole('button', { name: 'Delete Co-op Records' }).click();
    await dialog.getByRole('button', { name: 'Delete layout' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await layouts(page).getByRole('status').filter({ hasText: 'Deleted “Co-op Records”. The statement it read stays imported.' }).waitFor();
    await layouts(page).getByText(/No saved layouts yet/).waitFor();
    const history = imports.history();
    await history.getByText('Co-op Records · saved mapping Indie Pressing Co-op v1').waitFor();
    expect(await history.getByRole('rowheader', { name: FILE }).count()).toBe(1);
    expect(session.problems).toEqual([]);
  });
});
