import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appleFinancialReport } from '../support/apple-financial-report';
import { dateFiscalJanuaryAsAnOlderVersionDid } from '../support/older-apple-import';
import { ImportPage, openOnImportPage } from './import-page';
import { resultPath, type WorkstationInBrowser } from './workstation-in-browser';

/** Apple's fiscal January 2025 (29 Dec 2024 – 1 Feb 2025) for the euro zone: 7.56 + 1.89 EUR. */
const FISCAL_JANUARY = appleFinancialReport('12/29/2024', '02/01/2025', [
  { isrc: 'QZAS12500001', title: 'Luz', quantity: 12, share: '0.63', extended: '7.56', kind: 'S', country: 'DE' },
  { isrc: 'QZAS12500002', title: 'Marea', quantity: 3, share: '0.63', extended: '1.89', kind: 'S', country: 'FR' },
], '9.45', 15);

describe('An Apple report an older version dated by the days printed, read again from the history', () => {
  let workstation: WorkstationInBrowser;
  let imports: ImportPage;

  beforeEach(async () => {
    ({ workstation, imports } = await openOnImportPage('read-again'));
  });
  afterEach(async () => {
    await workstation?.close();
  });

  it('is marked in the history, says why in its dialog, and moves to the month Apple named it for', async () => {
    const { page } = workstation;
    const path = join(workstation.folder, 'apple-eu-fy25-p04.txt');
    writeFileSync(path, FISCAL_JANUARY);
    await imports.stage([path]);
    await imports.waitForPreview('apple-eu-fy25-p04.txt', 'Ready');
    await (await imports.importReady(1)).getByText('1 file imported, with 2 lines.').waitFor();
    const row = () => imports.historyRows().filter({ hasText: 'apple-eu-fy25-p04.txt' });
    const store = new Database(workstation.location.databaseFile, { readonly: true });
    const importId = store.prepare<[], number>('SELECT id FROM import_batch').pluck().get()!;
    store.close();

    dateFiscalJanuaryAsAnOlderVersionDid(workstation.location.databaseFile, importId);
    await page.reload();
    await imports.open();
    await row().getByRole('rowheader').getByText('Dated by an older version of the app', { exact: true }).waitFor();
    expect(await row().getByRole('cell').nth(2).innerText()).toMatch(/Dec 2024/);

    await row().getByRole('button', { name: 'Read apple-eu-fy25-p04.txt again' }).click();
    const dialog = page.getByRole('dialog', { name: 'Read this statement again?' });
    await dialog.getByText(/^Imported before Apple's fiscal months counted as the month they are named for/).waitFor();
    await dialog.getByText('Reading it again imports it from its archived original as this version reads it, in place of the 2 lines imported then.', { exact: false }).waitFor();
    await page.screenshot({ path: resultPath('read-again-dialog.png') });
    await dialog.getByRole('button', { name: 'Read again' }).click();

    await dialog.waitFor({ state: 'hidden' });
    const notice = page.getByRole('status').filter({ hasText: 'Read apple-eu-fy25-p04.txt again from its archived original: 2 lines imported.' });
    await notice.waitFor();
    // The row's button went with the import it read again: the notice holds the focus.
    await expect.poll(() => notice.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    await expect.poll(() => row().getByText('Dated by an older version of the app').count()).toBe(0);
    expect(await row().getByRole('cell').nth(2).innerText()).toMatch(/^Jan(uary)? 2025$/);
    await page.screenshot({ path: resultPath('read-again-done.png') });
  });
});
