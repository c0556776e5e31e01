import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISTROKID_13_HEADER, distroKidLine } from '../support/temp-store';
import { openOnImportPage, type ImportPage } from './import-page';
import { resultPath, type WorkstationInBrowser } from './workstation-in-browser';

const RECOGNISED = 'distrokid-may.tsv';
const NEAR_MISS = 'distrokid-renamed.tsv';
const LINE = distroKidLine({ saleMonth: '2024-05', store: 'Spotify', title: 'Luz', isrc: 'ESA012400001', qty: 10, earnings: '1.25' });

describe('Import in the browser: how sure detection is, and the layout an unknown file comes close to', () => {
  let workstation: WorkstationInBrowser;
  let page: Page;
  let imports: ImportPage;

  beforeAll(async () => {
    ({ workstation, page, imports } = await openOnImportPage('closest-layout'));
  });

  afterAll(async () => {
    await workstation?.close();
  });

  it('shows a recognised file’s layout with the share of its key columns the header has', async () => {
    const path = join(workstation.folder, RECOGNISED);
    writeFileSync(path, `${DISTROKID_13_HEADER}\n${LINE}\n`);
    await imports.stage([path]);
    const card = await imports.waitForPreview(RECOGNISED, 'Ready');
    await card.getByText('DistroKid · 13-column · UTF-8 · header matches 5 of 5 key columns (100%)', { exact: false }).waitFor();
  });

  it('says which layout a refused file comes close to and what it lacks, on its card and in the mapping wizard', async () => {
    const path = join(workstation.folder, NEAR_MISS);
    writeFileSync(path, `${DISTROKID_13_HEADER.replace('Earnings (USD)', 'Earnings')}\n${LINE}\n`);
    await imports.stage([path]);
    const card = await imports.waitForPreview(NEAR_MISS, 'Rejected');
    await card
      .getByText(/line 1: not a statement layout this app recognises: its header has 4 of the 5 key columns of DistroKid, missing “Earnings \(USD\)”; if the distributor renamed it/)
      .waitFor();

    await card.getByRole('button', { name: 'Map columns…' }).click();
    const dialog: Locator = page.getByRole('dialog', { name: `Map the columns of ${NEAR_MISS}` });
    await dialog.waitFor();
    const hint = dialog.getByText(/^The header comes close to DistroKid: 4 of its 5 key columns are there; missing “Earnings \(USD\)”\./);
    await hint.waitFor();
    expect(await hint.textContent()).toContain('If the distributor renamed it, choose the renamed column in the Columns step.');
    await page.screenshot({ path: resultPath('mapping-wizard-closest-layout.png') });

    // The hint stays on the next step, where the renamed column is chosen.
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('listitem').filter({ hasText: 'Columns' }).and(dialog.locator('[aria-current="step"]')).waitFor();
    await hint.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });
});
