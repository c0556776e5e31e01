import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISTROKID_13_HEADER } from '../support/temp-store';
import { ImportPage, openOnImportPage } from './import-page';
import { resultPath, type WorkstationInBrowser } from './workstation-in-browser';

/** A DistroKid line reported on 2024-03-05, its sale month and earnings cell as given. */
const dkLine = (saleMonth: string, qty: number, earnings: string) =>
  ['2024-03-05', saleMonth, 'Spotify', 'Ana Sol', 'Luz', 'ESA012400001', '', String(qty), '100', 'Song', 'ES', '0', earnings].join('\t');
/** A statement of one month's sales: two lines that read, then `junk` lines whose earnings print "see note": lines 4 onwards are quarantined. */
const withJunk = (month: string, junk: number) =>
  [DISTROKID_13_HEADER, dkLine(month, 10, '1.25'), dkLine(month, 5, '0.50'), ...Array.from({ length: junk }, (_, i) => dkLine(month, i + 1, 'see note'))].join('\n');

describe('Quarantined lines by the dozen and by the thousand, and a correction that widens a period, in the browser', () => {
  let workstation: WorkstationInBrowser;
  let page: Page;
  let imports: ImportPage;
  let folder: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'tunemantra-many-quarantined-e2e-'));
    ({ workstation, page, imports } = await openOnImportPage('quarantine-many-lines'));
  });
  afterAll(async () => {
    await workstation?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const dialog = () => page.getByRole('dialog', { name: 'Correct quarantined lines' });
  /** The quarantined lines the dialog lists, each under its heading. */
  const linesListed = () => dialog().getByText(/^Line \d+ as printed$/).count();
  const row = (fileName: string) => imports.historyRows().filter({ hasText: fileName });
  const quarantinedCell = async (fileName: string) => (await row(fileName).getByRole('cell').nth(4).textContent()) ?? '';
  const focused = (control: Locator) => control.evaluate((element) => element === element.ownerDocument.activeElement);
  /** Presses a control from the keyboard, as someone without a mouse would. */
  const press = async (control: Locator) => {
    await control.focus();
    await page.keyboard.press('Enter');
  };
  async function importStatement(fileName: string, text: string): Promise<Locator> {
    const path = join(folder, fileName);
    writeFileSync(path, text);
    await imports.open();
    await imports.stage([path]);
    await imports.waitForPreview(fileName, 'Ready');
    return imports.importReady(1);
  }

  it('sets aside all 40 lines listed at once and brings them all back, from the keyboard; the summary and the history follow', async () => {
    const summary = await importStatement('notes.tsv', withJunk('2023-11', 40));
    await summary.getByText('2 lines imported, 40 quarantined').waitFor();
    await press(summary.getByRole('button', { name: 'Correct quarantined lines of notes.tsv' }));
    await dialog().getByText('40 lines waiting').waitFor();
    const setAsideAll = dialog().getByRole('button', { name: 'Set aside all 40' });
    await press(setAsideAll);
    await dialog().getByRole('status').filter({ hasText: '40 lines of notes.tsv set aside: they stay out of the figures and no longer wait for correction.' }).waitFor();
    await dialog().getByText('No line of this import is waiting for correction.').waitFor();
    expect(await dialog().getByRole('textbox').count()).toBe(0);
    await expect.poll(() => focused(dialog().getByText('Set aside (40)'))).toBe(true);

    await page.keyboard.press('Enter');
    await press(dialog().getByRole('button', { name: 'Bring back all 40' }));
    await dialog().getByRole('status').filter({ hasText: '40 lines of notes.tsv brought back: they wait for correction again.' }).waitFor();
    // Line 4's field: the cell its reason blames.
    await expect.poll(() => focused(dialog().locator('#quarantined-line-4'))).toBe(true);
    expect(await linesListed()).toBe(40);
    expect(await dialog().getByText(/^Set aside \(/).count()).toBe(0);

    await press(dialog().getByRole('button', { name: 'Set aside all 40' }));
    await dialog().getByText('Set aside (40)').waitFor();
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'hidden' });

    // The summary says what stands now, not what the import left: nothing waits, so nothing offers correcting.
    await summary.getByText('All quarantined lines corrected or set aside.').waitFor();
    expect(await summary.getByRole('button', { name: 'Correct quarantined lines of notes.tsv' }).count()).toBe(0);
    expect(await summary.getByRole('button', { name: 'Download quarantined lines (CSV) of notes.tsv' }).count()).toBe(1);
    await expect.poll(() => quarantinedCell('notes.tsv')).toBe('40 set aside');
    expect(await row('notes.tsv').getByRole('button', { name: 'Correct quarantined lines of notes.tsv' }).count()).toBe(0);
    expect(await row('notes.tsv').getByRole('button', { name: 'Quarantined lines of notes.tsv, all set aside' }).count()).toBe(1);
  });

  it('says how many of 1,200 waiting it shows, and lists the next ones as the shown ones are set aside', async () => {
    const summary = await importStatement('thousands.tsv', withJunk('2023-12', 1200));
    await summary.getByText('2 lines imported, 1,200 quarantined').waitFor();
    await press(row('thousands.tsv').getByRole('button', { name: 'Correct quarantined lines of thousands.tsv' }));
    await dialog().getByText('Showing 500 of 1,200 waiting', { exact: true }).waitFor();
    await dialog().getByText('The other 700 waiting are listed once these are corrected or set aside.').waitFor();
    expect(await linesListed()).toBe(500);
    await dialog().getByText('Line 503 as printed').waitFor();
    await page.screenshot({ path: resultPath('quarantine-many-lines.png') });

    await press(dialog().getByRole('button', { name: 'Set aside the 500 shown' }));
    await dialog().getByRole('status').filter({ hasText: '500 lines of thousands.tsv set aside' }).waitFor();
    await dialog().getByText('Showing 500 of 700 waiting', { exact: true }).waitFor();
    await dialog().getByText('Line 504 as printed').waitFor();
    expect(await dialog().getByText('Line 503 as printed').count()).toBe(0);
    await dialog().getByText('Set aside (500)').waitFor();
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'hidden' });

    await summary.getByText('700 lines of 1,200 quarantined still wait for correction.').waitFor();
    expect(await summary.getByRole('button', { name: 'Correct quarantined lines of thousands.tsv' }).count()).toBe(1);
    await expect.poll(() => quarantinedCell('thousands.tsv')).toBe('700 waiting · 500 set aside');

    await press(summary.getByRole('button', { name: 'Correct quarantined lines of thousands.tsv' }));
    await press(dialog().getByRole('button', { name: 'Set aside the 500 shown' }));
    await press(dialog().getByRole('button', { name: 'Set aside all 200' }));
    await dialog().getByText('No line of this import is waiting for correction.').waitFor();
    await dialog().getByText('Set aside (1,200)').waitFor();
    await press(dialog().getByText('Set aside (1,200)'));
    await dialog().getByText('The first 500 of 1,200 lines set aside.').waitFor();
    await dialog().getByRole('button', { name: 'Bring back the 500 shown' }).waitFor();
    await page.keyboard.press('Escape');
    await summary.getByText('All quarantined lines corrected or set aside.').waitFor();
    await expect.poll(() => quarantinedCell('thousands.tsv')).toBe('1,200 set aside');
  });

  it('says, when a corrected line widens the import into the period of another of the same source, which one and how to undo it', async () => {
    await importStatement('february.tsv', [DISTROKID_13_HEADER, dkLine('2024-02', 3, '3.00')].join('\n'));
    // Line 3 means February: corrected, it takes March's statement into February's sale period.
    const summary = await importStatement('march.tsv', [DISTROKID_13_HEADER, dkLine('2024-03', 1, '1.00'), dkLine('2024-0x', 2, '2.00')].join('\n'));
    await press(summary.getByRole('button', { name: 'Correct quarantined lines of march.tsv' }));
    await press(dialog().getByRole('button', { name: 'Edit line 3 as text' }));
    await dialog().getByRole('textbox', { name: 'Line 3 as printed' }).fill(dkLine('2024-02', 2, '2.00'));
    await press(dialog().getByRole('button', { name: 'Check' }));
    await dialog()
      .getByRole('alert')
      .filter({ hasText: /^Importing the corrected lines would widen march\.tsv to the sale period 2024-02-01 to 2024-03-31, which would then overlap february\.tsv \(imported \d{4}-\d\d-\d\d, sale period 2024-02-01 to 2024-02-29\)/ })
      .waitFor();

    await press(dialog().getByRole('button', { name: 'Import corrected lines' }));
    await dialog().getByRole('status').filter({ hasText: '1 line corrected and imported into march.tsv.' }).waitFor();
    const notice = dialog().getByRole('alert');
    await notice.filter({ hasText: 'which now overlaps february.tsv (' }).waitFor();
    expect(await notice.textContent()).toMatch(
      /^The corrected lines widen march\.tsv to the sale period 2024-02-01 to 2024-03-31, which now overlaps february\.tsv \(imported \d{4}-\d\d-\d\d, sale period 2024-02-01 to 2024-02-29\), from the same source: a sale printed in both counts twice\. If they hold the same sales, undo one of the two imports in the import history\.$/,
    );
    await page.screenshot({ path: resultPath('quarantine-widened-period.png') });
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'hidden' });
    await summary.getByText('All quarantined lines corrected.').waitFor();
    expect(await summary.getByRole('button', { name: 'Correct quarantined lines of march.tsv' }).count()).toBe(0);
    expect(await summary.getByRole('button', { name: 'Download quarantined lines (CSV) of march.tsv' }).count()).toBe(0);
    await expect.poll(() => quarantinedCell('march.tsv')).toBe('—');
  });
});
