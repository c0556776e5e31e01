import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISTROKID_13_HEADER } from '../support/temp-store';
import { ImportPage, openOnImportPage } from './import-page';
import { allTimeRevenueCents } from './overview-figures';
import { resultPath, type WorkstationInBrowser } from './workstation-in-browser';

/** A DistroKid line, its earnings cell as given. */
const dkLine = (store: string, qty: number, earnings: string) =>
  ['2024-03-05', '2024-01', store, 'Ana Sol', 'Luz', 'ESA012400001', '', String(qty), '100', 'Song', 'ES', '0', earnings].join('\t');

/** Line 3 prints "12,x3" for its earnings and is quarantined: the import earns 1.25 + 0.50 until it is corrected to 12.03. */
const STATEMENT = [DISTROKID_13_HEADER, dkLine('Spotify', 10, '1.25'), dkLine('Deezer', 20, '12,x3'), dkLine('Apple Music', 5, '0.50')].join('\n');

describe('Correcting a quarantined line in the browser', () => {
  let workstation: WorkstationInBrowser;
  let page: Page;
  let imports: ImportPage;
  let folder: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'tunemantra-correction-e2e-'));
    ({ workstation, page, imports } = await openOnImportPage('quarantine-correction'));
  });
  afterAll(async () => {
    await workstation?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const historyRow = () => imports.historyRows().filter({ hasText: 'march.tsv' });
  /** The Lines and Quarantined cells of the statement's history row. */
  const historyCounts = async () => {
    const cells = historyRow().getByRole('cell');
    return [await cells.nth(3).textContent(), await cells.nth(4).textContent()];
  };

  it('imports the statement leniently, then reads the corrected line into it: the history and the Overview take it in', async () => {
    const path = join(folder, 'march.tsv');
    writeFileSync(path, STATEMENT);
    await imports.stage([path]);
    await imports.waitForPreview('march.tsv', 'Ready');
    const summary = await imports.importReady(1);
    await summary.getByText('1 file imported, with 2 lines.').waitFor();
    expect(await summary.getByRole('button', { name: 'Correct quarantined lines of march.tsv' }).count()).toBe(1);
    await expect.poll(historyCounts).toEqual(['2', '1']);
    expect(await allTimeRevenueCents(page)).toBe(175n);

    await imports.open();
    // Beside Lines (CSV) and Undo, which stay in view and can be clicked.
    await historyRow().getByRole('button', { name: 'Download the stored lines of march.tsv (CSV)' }).click({ trial: true });
    await historyRow().getByRole('button', { name: 'Correct quarantined lines of march.tsv' }).click();
    const dialog = page.getByRole('dialog', { name: 'Correct quarantined lines' });
    // The line opens cell by cell under the file's column names, the cell the reason blames marked.
    await dialog.getByText('Line 3 as printed').waitFor();
    const earnings = dialog.getByRole('textbox', { name: 'Earnings (USD)' });
    await expect.poll(() => earnings.inputValue()).toBe('12,x3');
    expect(await earnings.getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.getByRole('textbox', { name: 'Store' }).inputValue()).toBe('Deezer');
    await dialog.getByText(/^Quarantined: column "Earnings \(USD\)"/).waitFor();
    // The reasons, offered by the import's summary, can be downloaded here too once that summary is closed.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download quarantined lines (CSV) of march.tsv' }).click(),
    ]);
    const reasons = readFileSync(await download.path(), 'utf8');
    expect(reasons).toContain('12,x3');
    expect(reasons).toMatch(/\b3\b.*Earnings \(USD\)/);

    // Nothing edited yet: nothing to check, and no request made for it.
    await dialog.getByRole('button', { name: 'Check' }).click();
    await dialog.getByText('No line was changed: edit a line’s cells or text first, or set it aside.').waitFor();

    await earnings.fill('12.03');
    await dialog.getByRole('button', { name: 'Check' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Checked: 1 of 1 line would be imported. Nothing was written.' }).waitFor();
    // The line reads now: its Earnings cell is no longer marked.
    expect(await earnings.getAttribute('aria-invalid')).toBeNull();
    await dialog.getByText('12.03000000 USD').waitFor();
    await dialog.getByText('Deezer', { exact: true }).waitFor();
    await page.screenshot({ path: resultPath('quarantine-correction.png') });

    await dialog.getByRole('button', { name: 'Import corrected lines' }).click();
    await dialog.getByRole('status').filter({ hasText: '1 line corrected and imported into march.tsv.' }).waitFor();
    await dialog.getByText('No line of this import is waiting for correction.').waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    await expect.poll(historyCounts).toEqual(['3', '—']);
    expect(await historyRow().getByRole('button', { name: 'Correct quarantined lines of march.tsv' }).count()).toBe(0);
    // The summary keeps what the run did and says what the import holds now.
    await page.getByText('With the corrected lines: 3 lines · $13.78.').waitFor();
    // 1.25 + 12.03 + 0.50
    expect(await allTimeRevenueCents(page)).toBe(1378n);
  });
  /** April's Deezer line prints "3,x0" and its Amazon line "n/a": both quarantined; the import earns its Spotify line's 1.00. */
  const APRIL = [DISTROKID_13_HEADER, dkLine('Spotify', 4, '1.00'), dkLine('Deezer', 6, '3,x0'), dkLine('Amazon', 1, 'n/a')]
    .map((line) => line.replace('\t2024-01\t', '\t2024-02\t'))
    .join('\n');
  const aprilRow = () => imports.historyRows().filter({ hasText: 'april.tsv' });
  const aprilQuarantined = async () => (await aprilRow().getByRole('cell').nth(4).textContent()) ?? '';
  const dialog = () => page.getByRole('dialog', { name: 'Correct quarantined lines' });
  const focused = (control: Locator) => control.evaluate((element) => element === element.ownerDocument.activeElement);
  /** Presses a control from the keyboard, as someone without a mouse would. */
  const press = async (control: Locator) => {
    await control.focus();
    await page.keyboard.press('Enter');
  };

  it('keeps a line as printed beside the last correction tried, sets lines aside and brings one back, from the keyboard', async () => {
    const path = join(folder, 'april.tsv');
    writeFileSync(path, APRIL);
    await imports.open();
    await imports.stage([path]);
    await imports.waitForPreview('april.tsv', 'Ready');
    await imports.importReady(1);
    const revenueBefore = await allTimeRevenueCents(page);
    await imports.open();
    await expect.poll(aprilQuarantined).toBe('2');

    await press(aprilRow().getByRole('button', { name: 'Correct quarantined lines of april.tsv' }));
    // Corrected as the text of the record this time.
    await press(dialog().getByRole('button', { name: 'Edit line 3 as text' }));
    const deezer = dialog().getByRole('textbox', { name: 'Line 3 as printed' });
    await expect.poll(() => deezer.inputValue()).toBe(dkLine('Deezer', 6, '3,x0').replace('2024-01', '2024-02'));
    await deezer.fill(dkLine('Deezer', 6, '3.x0').replace('2024-01', '2024-02'));
    await press(dialog().getByRole('button', { name: 'Import corrected lines' }));
    await dialog().getByRole('status').filter({ hasText: 'No line of april.tsv was imported; 1 line still cannot be read and stays quarantined.' }).waitFor();
    // The field opens where the user left off; the file's own text stays beneath it.
    const tried = dialog().getByRole('textbox', { name: 'Line 3 as last corrected' });
    await expect.poll(() => tried.inputValue()).toBe(dkLine('Deezer', 6, '3.x0').replace('2024-01', '2024-02'));
    await dialog().getByText(/^Last correction still cannot be read: column "Earnings \(USD\)": .*3\.x0/).waitFor();
    expect(await dialog().getByText('As printed:').textContent()).toBe(`As printed: ${dkLine('Deezer', 6, '3,x0').replace('2024-01', '2024-02')}`);
    await dialog().getByText('Line 4 as printed').waitFor();

    await press(dialog().getByRole('button', { name: 'Set aside line 4' }));
    await dialog().getByRole('status').filter({ hasText: '1 line of april.tsv set aside: it stays out of the figures and no longer waits for correction.' }).waitFor();
    await expect.poll(() => focused(dialog().getByText('Set aside (1)'))).toBe(true);
    expect(await dialog().getByText(/^Line 4 as/).count()).toBe(0);
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'hidden' });
    await expect.poll(aprilQuarantined).toBe('1 waiting · 1 set aside');

    await press(aprilRow().getByRole('button', { name: 'Correct quarantined lines of april.tsv' }));
    await press(dialog().getByRole('button', { name: 'Set aside line 3' }));
    await dialog().getByText('No line of this import is waiting for correction.').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(aprilQuarantined).toBe('2 set aside');
    // Nothing waits, yet the lines set aside can still be reached.
    const reopen = aprilRow().getByRole('button', { name: 'Quarantined lines of april.tsv, all set aside' });
    expect(await reopen.textContent()).toBe('Quarantined lines…');
    expect(await aprilRow().getByRole('button', { name: 'Correct quarantined lines of april.tsv' }).count()).toBe(0);

    await press(reopen);
    await press(dialog().getByText('Set aside (2)'));
    await press(dialog().getByRole('button', { name: 'Bring back line 3' }));
    await dialog().getByRole('status').filter({ hasText: '1 line of april.tsv brought back: it waits for correction again.' }).waitFor();
    // Back cell by cell, on the last correction tried, focus on the cell the reason blames.
    const back = dialog().getByRole('textbox', { name: 'Earnings (USD)' });
    await expect.poll(() => focused(back)).toBe(true);
    expect(await back.inputValue()).toBe('3.x0');
    await dialog().getByText('Line 3 as last corrected').waitFor();
    await dialog().getByText('Set aside (1)').waitFor();
    await page.screenshot({ path: resultPath('quarantine-set-aside.png') });
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'hidden' });
    await expect.poll(aprilQuarantined).toBe('1 waiting · 1 set aside');
    expect(await allTimeRevenueCents(page)).toBe(revenueBefore);
  });
});
