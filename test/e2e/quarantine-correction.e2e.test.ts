import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
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
    const line = dialog.getByRole('textbox', { name: 'Line 3 as printed' });
    await expect.poll(() => line.inputValue()).toBe(dkLine('Deezer', 20, '12,x3'));
    await dialog.getByText(/^Quarantined: column "Earnings \(USD\)"/).waitFor();

    await line.fill(dkLine('Deezer', 20, '12.03'));
    await dialog.getByRole('button', { name: 'Check' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Checked: 1 of 1 line would be imported. Nothing was written.' }).waitFor();
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
    // 1.25 + 12.03 + 0.50
    expect(await allTimeRevenueCents(page)).toBe(1378n);
  });
});
