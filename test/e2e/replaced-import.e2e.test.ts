import { createHash } from 'node:crypto';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DISTROKID_13_HEADER } from '../support/temp-store';
import { ImportPage, openOnImportPage } from './import-page';
import { allTimeRevenueCents } from './overview-figures';
import { resultPath, type WorkstationInBrowser } from './workstation-in-browser';

/** A DistroKid line of June 2025, reported in July, its earnings cell as given. */
const juneLine = (store: string, qty: number, earnings: string) =>
  ['2025-07-05', '2025-06', store, 'Ana Sol', 'Luz', 'ESA012400001', '', String(qty), '100', 'Song', 'ES', '0', earnings].join('\t');

/** Lines 2 and 4 earn 1.25 + 0.50; line 3 prints "12,x3" and is quarantined. */
const BAD = [DISTROKID_13_HEADER, juneLine('Spotify', 10, '1.25'), juneLine('Deezer', 20, '12,x3'), juneLine('Apple Music', 5, '0.50')].join('\n');
const REVISED = [DISTROKID_13_HEADER, juneLine('Spotify', 10, '9.99')].join('\n');

describe('Undoing an import that replaced another, in the browser', () => {
  let workstation: WorkstationInBrowser;
  let page: Page;
  let imports: ImportPage;

  beforeEach(async () => {
    ({ workstation, page, imports } = await openOnImportPage('replaced-import'));
  });
  afterEach(async () => {
    await workstation?.close();
  });

  async function stageWritten(fileName: string, text: string, status: 'Ready' | 'Answer needed' = 'Ready') {
    const path = join(workstation.folder, fileName);
    writeFileSync(path, text);
    await imports.stage([path]);
    return imports.waitForPreview(fileName, status);
  }

  /** dk-june-bad.tsv imported, then dk-june-revised.tsv imported in its place. */
  async function replaceBadWithRevised() {
    await stageWritten('dk-june-bad.tsv', BAD);
    await (await imports.importReady(1)).getByText('1 file imported, with 2 lines.').waitFor();
    await page.getByRole('button', { name: 'Close summary' }).click();
    const card = await stageWritten('dk-june-revised.tsv', REVISED, 'Answer needed');
    await card.getByRole('radiogroup', { name: 'Same period as an earlier import' }).getByRole('radio', { name: /^Replace — / }).check();
    await (await imports.importReady(1)).getByText('1 file imported, with 1 line.').waitFor();
  }

  const revisedRow = () => imports.historyRows().filter({ hasText: 'dk-june-revised.tsv' });

  it('names the replaced import in the history, and Undo brings it back when asked', async () => {
    await replaceBadWithRevised();
    // The header row and dk-june-revised.tsv's: dk-june-bad.tsv is gone.
    await expect.poll(() => imports.historyRows().count()).toBe(2);
    await revisedRow().getByRole('rowheader').getByText('replaced dk-june-bad.tsv (2 lines, $1.75)', { exact: true }).waitFor();

    await revisedRow().getByRole('button', { name: 'Undo import of dk-june-revised.tsv' }).click();
    const dialog = page.getByRole('dialog', { name: 'Undo this import?' });
    await dialog.getByText('Remove the 1 line this import added? The original file stays archived.').waitFor();
    await dialog.getByText(/^This import replaced dk-june-bad\.tsv \(2 lines, \$1\.75\)\. Undone alone, it leaves Jun(e)? 2025 with neither import\.$/).waitFor();
    await dialog.getByText(/Lines corrected after the first import are corrected again as they were\.$/).waitFor();
    expect(await dialog.getByRole('button', { name: 'Undo only' }).count()).toBe(1);
    const bringBack = dialog.getByRole('button', { name: 'Undo and bring back dk-june-bad.tsv' });
    await page.screenshot({ path: resultPath('undo-replacing-import.png') });
    await bringBack.focus();
    await page.keyboard.press('Enter');

    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('status').filter({ hasText: 'Removed 1 line imported from dk-june-revised.tsv. Brought back dk-june-bad.tsv: 2 lines imported again from its archived original, 1 line quarantined.' }).waitFor();
    await imports.historyRows().filter({ hasText: 'dk-june-bad.tsv' }).waitFor();
    // The header row and dk-june-bad.tsv's.
    await expect.poll(() => imports.historyRows().count()).toBe(2);
    expect(await allTimeRevenueCents(page)).toBe(175n);
  });

  it('says when the replaced import’s archived original is missing and offers the undo alone', async () => {
    await replaceBadWithRevised();
    const sha = createHash('sha256').update(BAD).digest('hex');
    const archived = join(workstation.location.archiveDir, sha.slice(0, 2), `${sha}.tsv`);
    expect(existsSync(archived)).toBe(true);
    rmSync(archived);
    // The history is read again, as after any change, once the page is opened anew.
    await page.reload();
    await imports.open();

    await revisedRow().getByRole('button', { name: 'Undo import of dk-june-revised.tsv' }).click();
    const dialog = page.getByRole('dialog', { name: 'Undo this import?' });
    await dialog.getByText(`The archived original of dk-june-bad.tsv is missing (${archived}), so it cannot be brought back; import the file again if you still have it.`).waitFor();
    expect(await dialog.getByRole('button', { name: /^Undo and bring back/ }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Undo only' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('status').filter({ hasText: 'Removed 1 line imported from dk-june-revised.tsv.' }).waitFor();
    await expect.poll(() => imports.historyRows().count()).toBe(0);
  });
});
