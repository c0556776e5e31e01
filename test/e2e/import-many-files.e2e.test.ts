import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKLOG, distrokidMonth, writeBacklog } from './backlog-statements';
import { ImportPage, openOnImportPage } from './import-page';
import { resultPath, ROOT, type WorkstationInBrowser } from './workstation-in-browser';

const WINDOW = { width: 1024, height: 768 };
/** The app's header, which stays at the top of the window. */
const HEADER_HEIGHT = 56;

/** Where an element sits in the window, top and bottom. */
async function placeOf(locator: Locator): Promise<{ top: number; bottom: number }> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return { top: box.top, bottom: box.bottom };
  });
}

describe('Import page with a backlog of 40 statements picked at once, in a 1024 × 768 window', () => {
  let workstation: WorkstationInBrowser;
  let page: Page;
  let imports: ImportPage;

  const importButton = () => page.getByRole('button', { name: /^(Import \d+ files?|Nothing to import)$/ });
  const filters = () => page.getByRole('group', { name: 'Show files' });
  const shownCards = () => page.locator('.staged-card h3').allInnerTexts();
  const root = () => page.locator('html');
  const scrollTo = (where: 'top' | 'bottom') => root().evaluate((html, end) => html.scrollTo(0, end === 'top' ? 0 : html.scrollHeight), where);
  const focused = () =>
    page.locator(':focus').evaluate((element) => {
      const box = element.getBoundingClientRect();
      return { tag: element.tagName, text: element.textContent ?? '', card: element.closest('article')?.querySelector('h3')?.textContent ?? null, top: box.top, bottom: box.bottom };
    });

  /** The bar's top edge; nothing focused may sit below it. */
  async function barTop(): Promise<number> {
    return (await placeOf(page.locator('.import-actions'))).top;
  }

  async function expectBarInView(): Promise<void> {
    const button = await placeOf(importButton());
    expect(button.top).toBeGreaterThanOrEqual(HEADER_HEIGHT);
    expect(button.bottom).toBeLessThanOrEqual(WINDOW.height);
    await page.getByText(/^\d+ files, \d+ ready to import/).waitFor();
  }

  /** A focused element in full view: below the app's header and above the action bar. */
  async function expectFocusClear(): Promise<void> {
    const now = await focused();
    expect(now.top, `${now.tag} “${now.text}” under the header`).toBeGreaterThanOrEqual(HEADER_HEIGHT);
    expect(now.bottom, `${now.tag} “${now.text}” under the bar`).toBeLessThanOrEqual(await barTop());
  }

  beforeAll(async () => {
    ({ workstation, page, imports } = await openOnImportPage('import-many-files'));
    await page.setViewportSize(WINDOW);
    await imports.stage(writeBacklog(join(workstation.folder, 'backlog')));
    await page.getByText('40 files, 35 ready to import, 1 waiting for an answer, 2 picked twice, 2 rejected', { exact: true }).waitFor({ timeout: 60_000 });
  });
  afterAll(async () => {
    await workstation?.close();
  });

  it('keeps the count and the Import button in view at the top and the foot of the list, covering no card at its end', async () => {
    await scrollTo('top');
    await expectBarInView();
    await page.screenshot({ path: resultPath('import-many-files-top.png') });

    await page.locator('.staged-card').last().scrollIntoViewIfNeeded();
    await expectBarInView();
    await scrollTo('bottom');
    await expectBarInView();
    // At the end of the list the bar sits below the last card.
    expect((await placeOf(page.locator('.staged-card').last())).bottom).toBeLessThanOrEqual(await barTop());
    await page.screenshot({ path: resultPath('import-many-files-bottom.png') });

    // 40 compact cards of about 190 px: the whole page measured about 9,500 px.
    const height = await root().evaluate((html) => html.scrollHeight);
    expect(height).toBeLessThan(10_500);
    expect(await importButton().isDisabled()).toBe(true);
  });

  it('offers a filter for each kind of file there is, with its count, and shows only its cards', async () => {
    expect(await filters().locator('label').allInnerTexts()).toEqual([
      'All (40)', 'Needs an answer (1)', 'Ready (35)', 'Picked twice (2)', 'Rejected or failed (2)', 'Warnings (1)',
    ]);
    const shownBy = async (filter: string) => {
      await filters().getByRole('radio', { name: filter }).check();
      return shownCards();
    };
    expect(await shownBy('Picked twice (2)')).toEqual(BACKLOG.copies);
    expect(await shownBy('Rejected or failed (2)')).toEqual(BACKLOG.rejected);
    expect(await shownBy('Warnings (1)')).toEqual([BACKLOG.warned]);
    expect(await shownBy('Needs an answer (1)')).toEqual([BACKLOG.overlapCorrected]);
    const ready = await shownBy('Ready (35)');
    expect(ready).toHaveLength(35);
    expect(ready).toContain(BACKLOG.overlapFirst);
    expect(ready).not.toContain(BACKLOG.overlapCorrected);
    expect(await shownBy('All (40)')).toHaveLength(40);
  });

  it('goes from the count to the file waiting for an answer, from a filter that hid it, with the focus on its question', async () => {
    await filters().getByRole('radio', { name: 'Ready (35)' }).check();
    await scrollTo('top');
    await page.getByRole('button', { name: '1 waiting for an answer' }).click();
    expect(await filters().getByRole('radio', { name: 'Needs an answer (1)' }).isChecked()).toBe(true);
    await expect.poll(async () => (await focused()).card).toBe(BACKLOG.overlapCorrected);
    const radio = await focused();
    expect(radio.tag).toBe('INPUT');
    await expectFocusClear();
    await page.screenshot({ path: resultPath('import-many-files-waiting.png') });

    // Answered from the keyboard, the card stays under the filter while it is chosen.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const card = imports.card(BACKLOG.overlapCorrected);
    expect(await card.getByRole('radio', { name: /^Keep both/ }).isChecked()).toBe(true);
    await imports.waitForPreview(BACKLOG.overlapCorrected, 'Ready');
    expect(await shownCards()).toEqual([BACKLOG.overlapCorrected]);
    await filters().getByRole('radio', { name: 'Needs an answer (0)' }).waitFor();
    expect(await page.getByRole('button', { name: 'Import 36 files' }).isEnabled()).toBe(true);
    await filters().getByRole('radio', { name: 'All (40)' }).check();
    expect(await filters().locator('label').allInnerTexts()).not.toContain('Needs an answer (0)');
  });

  it('brings each control tabbed to into view clear of the bar', async () => {
    await scrollTo('top');
    const remove = page.getByRole('button', { name: 'Remove distrokid-2022-11.tsv', exact: true });
    await remove.focus();
    await expectFocusClear();
    for (let step = 0; step < 8; step++) {
      await page.keyboard.press('Tab');
      await expectFocusClear();
    }
  });

  it('lists the first two of a card’s six warnings in one box, the other four a click away', async () => {
    const card = imports.card(BACKLOG.warned);
    const warnings = card.getByRole('list', { name: `Warnings about ${BACKLOG.warned}` });
    expect(await warnings.getByRole('listitem').count()).toBe(2);
    expect(await card.locator('.notice--warning').count()).toBe(1);
    await card.getByRole('button', { name: 'Show 4 more warnings' }).click();
    expect(await warnings.getByRole('listitem').count()).toBe(6);
    for (const isrc of BACKLOG.badIsrcs) await warnings.getByText(new RegExp(`"${isrc}" is no ISRC`)).waitFor();
    await card.screenshot({ path: resultPath('import-many-files-warnings.png') });
    await card.getByRole('button', { name: 'Show fewer warnings' }).click();
    expect(await warnings.getByRole('listitem').count()).toBe(2);
  });

  it('removes every file picked twice, then every rejected one, at once, the focus kept on the list', async () => {
    await page.getByRole('button', { name: 'Remove all 2 picked twice' }).click();
    await page.getByText('38 files, 36 ready to import, 2 rejected', { exact: true }).waitFor();
    for (const copy of BACKLOG.copies) expect(await imports.card(copy).count()).toBe(0);
    expect(await filters().locator('label').allInnerTexts()).not.toContain('Picked twice (2)');
    expect((await focused()).text).toBe('Files to import');

    await page.getByRole('button', { name: 'Remove all 2 rejected or failed' }).click();
    await page.getByText('36 files, 36 ready to import', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: /^Remove all/ }).count()).toBe(0);

    // One removed from the keyboard: the focus goes to the card that took its place.
    await page.getByRole('button', { name: 'Remove distrokid-2022-01.tsv', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused()).card).toBe('distrokid-2022-02.tsv');
    await page.getByText('35 files, 35 ready to import', { exact: true }).waitFor();
  });

  it('lists 11 earlier imports of the period once, and offers short choices that keep to one line', async () => {
    const june = join(workstation.folder, 'june');
    mkdirSync(june);
    const parts = Array.from({ length: 12 }, (_, i) => {
      const path = join(june, `dk-2021-06-part-${String(i + 1).padStart(2, '0')}.tsv`);
      writeFileSync(path, distrokidMonth('2021-06', ['QZABC2100001'], `${i + 1}.00`));
      return path;
    });
    // Eleven statements of June 2021 already imported beside one another, from the command line.
    const cli = spawnSync(process.execPath, [join(ROOT, 'out', 'main', 'cli.js'), 'import', '--db', workstation.location.databaseFile, '--on-overlap', 'keep-both', ...parts.slice(0, 11)], {
      encoding: 'utf8',
    });
    expect(cli.status, cli.stderr).toBe(0);
    await imports.stage([parts[11]!]);
    const card = await imports.waitForPreview('dk-2021-06-part-12.tsv', 'Answer needed');
    const question = card.getByRole('radiogroup', { name: 'Same period as 11 earlier imports' });
    await question.getByRole('list', { name: '11 earlier imports' }).waitFor();
    const text = await card.innerText();
    for (let n = 1; n <= 11; n++) expect(text.split(`dk-2021-06-part-${String(n).padStart(2, '0')}.tsv`)).toHaveLength(2);
    await question.getByRole('radio', { name: 'Skip this file — keep the 11 earlier imports instead' }).waitFor();
    await question.getByRole('radio', { name: 'Replace — for a corrected statement, in place of the 11 earlier imports' }).waitFor();
    await question.getByRole('radio', { name: 'Keep all 12 — this file and the 11 earlier imports, for statements that add to one another' }).waitFor();
    // Each choice's name on one line of 21 px, none wrapped letter by letter.
    const heights = await question.locator('.overlap-option-label').evaluateAll((labels) => labels.map((label) => label.getBoundingClientRect().height));
    expect(heights).toEqual([21, 21, 21]);
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: resultPath('import-many-files-eleven-earlier.png') });
    expect(workstation.session.problems).toEqual([]);
  });
});
