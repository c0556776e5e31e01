import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused, focusWithin, hasFocus, type Focused } from '../support/keyboard-focus';
import { DISTROKID_13_HEADER } from '../support/temp-store';
import { escapeAndReopen } from './escape-and-reopen';
import { ImportPage, openOnImportPage } from './import-page';
import { resultPath, ROOT, type WorkstationInBrowser } from './workstation-in-browser';

/** A DistroKid line of June 2025 (May 2026 for `month`), reported the month after, its earnings cell as given. */
const line = (store: string, qty: number, earnings: string, month = '2025-06') =>
  [`${month}-28`, month, store, 'Ana Sol', 'Luz', 'ESA012400001', '', String(qty), '100', 'Song', 'ES', '0', earnings].join('\t');

/** Line 3 prints "12,x3" and is quarantined. */
const JUNE = [DISTROKID_13_HEADER, line('Spotify', 10, '1.25'), line('Deezer', 20, '12,x3'), line('Apple Music', 5, '0.50')].join('\n');
const JUNE_REVISED = [DISTROKID_13_HEADER, line('Spotify', 10, '9.99')].join('\n');
const MAY_2026 = [DISTROKID_13_HEADER, line('Spotify', 3, '0.30', '2026-05')].join('\n');
/** Large enough that its import runs for a few seconds, its progress on screen. */
const BIG_LINES = 120_000;

const UNKNOWN = 'coop-statement-2025-03.csv';
const UNKNOWN_PATH = join(ROOT, 'test', 'fixtures', 'statements', 'unknown', UNKNOWN);

async function press(page: Page, locator: Locator, key: string): Promise<void> {
  await locator.focus();
  await page.keyboard.press(key);
}

describe('The import flow by keyboard and screen reader, in the browser', () => {
  let workstation: WorkstationInBrowser;
  let page: Page;
  let imports: ImportPage;

  beforeAll(async () => {
    ({ workstation, page, imports } = await openOnImportPage('import-a11y'));
    await page.setViewportSize({ width: 1024, height: 800 });
  });
  afterAll(async () => {
    await workstation?.close();
  });

  // The properties are checked softly: each one missing is reported, and the flow goes on to the next.
  function written(fileName: string, text: string): string {
    const path = join(workstation.folder, fileName);
    writeFileSync(path, text);
    return path;
  }

  it('tabs through staged cards in page order, each control named and ringed, never onto nothing', async () => {
    await imports.stage([written('dk-june.tsv', JUNE), UNKNOWN_PATH]);
    await imports.waitForPreview('dk-june.tsv', 'Ready');
    await imports.waitForPreview(UNKNOWN, 'Rejected');

    await page.getByRole('heading', { name: 'Import statements', level: 1 }).click();
    const seen: Focused[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      if (now.inBody) break;
      seen.push(now);
    }
    const names = seen.map((f) => f.name);
    expect.soft(names[0]).toBe('Choose files…');
    // Each card's controls name their file, and the cards come in the order shown.
    expect.soft(names.indexOf('Remove dk-june.tsv')).toBeGreaterThan(0);
    expect.soft(names.indexOf(`Remove ${UNKNOWN}`)).toBeGreaterThan(names.indexOf('Remove dk-june.tsv'));
    expect.soft(names).toContain('Folder to watch');
    expect.soft(seen.filter((f) => !f.ring)).toEqual([]);
    expect.soft(seen.filter((f) => f.name === '')).toEqual([]);

    // The card's status is a word, not a colour alone.
    await imports.card('dk-june.tsv').getByText('Ready', { exact: true }).waitFor();
  });

  it('the mapping wizard is a labelled modal dialog that Escape closes, the focus back on Map columns…, where Enter at once opens it again', async () => {
    const mapButton = imports.card(UNKNOWN).getByRole('button', { name: 'Map columns…' });
    await press(page, mapButton, 'Enter');
    const wizard = page.getByRole('dialog', { name: `Map the columns of ${UNKNOWN}` });
    await wizard.waitFor();
    expect.soft(await wizard.getAttribute('aria-modal')).toBe('true');
    expect.soft(await focusWithin(wizard)).toBe(true);
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      expect.soft(now.inBody || (await focusWithin(wizard))).toBe(true);
    }
    await escapeAndReopen(page, wizard);
    await page.keyboard.press('Escape');
    await wizard.waitFor({ state: 'detached' });
    expect.soft(await hasFocus(mapButton)).toBe(true);
    await press(page, imports.card(UNKNOWN).getByRole('button', { name: `Remove ${UNKNOWN}` }), 'Enter');
    await imports.card(UNKNOWN).waitFor({ state: 'detached' });
    // The card in its place takes the focus.
    expect.soft(await focused(page)).toMatchObject({ inBody: false });
  });

  it('imports by keyboard: the finished summary takes the focus and says what happened; Close gives it to Choose files…', async () => {
    await press(page, page.getByRole('button', { name: 'Import 1 file' }), 'Enter');
    const summary = page.getByRole('region', { name: 'Import finished' });
    await summary.getByRole('status').filter({ hasText: '1 file imported, with 2 lines.' }).waitFor();
    expect.soft(await focused(page)).toMatchObject({ tag: 'H2', name: 'Import finished' });
    // Its actions name the file they act on.
    await summary.getByRole('button', { name: 'Correct quarantined lines of dk-june.tsv' }).waitFor();
    await summary.getByRole('button', { name: 'Download quarantined lines (CSV) of dk-june.tsv' }).waitFor();
    await summary.getByText('Imported', { exact: true }).waitFor();

    await press(page, summary.getByRole('button', { name: 'Close summary' }), 'Enter');
    await summary.waitFor({ state: 'detached' });
    expect.soft(await focused(page)).toMatchObject({ tag: 'BUTTON', name: 'Choose files…' });
  });

  it('answers an overlap with the arrow keys, and the history names each row’s actions and sort state', async () => {
    await imports.stage([written('dk-june-revised.tsv', JUNE_REVISED), written('dk-may-2026.tsv', MAY_2026)]);
    const card = await imports.waitForPreview('dk-june-revised.tsv', 'Answer needed');
    const question = card.getByRole('radiogroup', { name: 'Same period as an earlier import' });
    await press(page, question.getByRole('radio', { name: /^Skip this file/ }), 'Space');
    await page.keyboard.press('ArrowDown');
    expect.soft(await question.getByRole('radio', { name: /^Replace — / }).isChecked()).toBe(true);
    await imports.waitForPreview('dk-may-2026.tsv', 'Ready');
    await press(page, page.getByRole('button', { name: 'Import 2 files' }), 'Enter');
    await page.getByRole('region', { name: 'Import finished' }).waitFor();
    await expect.poll(() => imports.historyRows().count()).toBe(3);

    const history = imports.history();
    const revised = imports.historyRows().filter({ hasText: 'dk-june-revised.tsv' });
    await revised.getByRole('button', { name: 'Undo import of dk-june-revised.tsv' }).waitFor();
    await imports.historyRows().filter({ hasText: 'dk-may-2026.tsv' }).getByRole('button', { name: 'Undo import of dk-may-2026.tsv' }).waitFor();
    const sortState = () => history.getByRole('columnheader').evaluateAll((cells) => cells.map((cell) => `${cell.textContent}:${cell.getAttribute('aria-sort') ?? ''}`));
    expect.soft(await sortState()).toContain('Imported:descending');
    await press(page, history.getByRole('button', { name: 'File', exact: true }), 'Enter');
    expect.soft(await sortState()).toContain('File:ascending');
    expect.soft((await sortState()).filter((state) => !state.endsWith(':'))).toHaveLength(1);

    // The note of what it replaced reads as a note, not as the file's name; a month stays on one line at 1024 px.
    const note = revised.getByText('replaced dk-june.tsv (2 lines, $1.75)', { exact: true });
    expect.soft(await note.evaluate((element) => element.ownerDocument.defaultView!.getComputedStyle(element).fontWeight)).toBe('400');
    const mayRow = imports.historyRows().filter({ hasText: 'dk-may-2026.tsv' });
    const month = mayRow.getByRole('cell', { name: 'May 2026', exact: true });
    expect.soft(await month.evaluate((cell) => [...cell.childNodes].map((node) => {
      const range = cell.ownerDocument.createRange();
      range.selectNodeContents(node);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    }))).toEqual([1]);
    await page.screenshot({ path: resultPath('import-accessibility-history.png'), fullPage: true });
  });

  it('the undo dialog is a labelled modal that keeps the focus, Escape returns it to Undo, where Enter at once opens it again, and the undo’s notice takes it after', async () => {
    const undo = imports.historyRows().filter({ hasText: 'dk-june-revised.tsv' }).getByRole('button', { name: 'Undo import of dk-june-revised.tsv' });
    await press(page, undo, 'Enter');
    const dialog = page.getByRole('dialog', { name: 'Undo this import?' });
    await dialog.waitFor();
    expect.soft(await dialog.getAttribute('aria-modal')).toBe('true');
    for (let i = 0; i < 5; i++) {
      const now = await focused(page);
      expect.soft(now.inBody || (await focusWithin(dialog))).toBe(true);
      if (!now.inBody) expect(now.ring).toBe(true);
      await page.keyboard.press('Tab');
    }
    await escapeAndReopen(page, dialog);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // The dialog gives the focus back once it has closed, a frame after it is hidden.
    await expect.poll(() => hasFocus(undo)).toBe(true);

    await page.keyboard.press('Enter');
    await press(page, dialog.getByRole('button', { name: 'Undo and bring back dk-june.tsv' }), 'Enter');
    await dialog.waitFor({ state: 'hidden' });
    const notice = page.getByRole('status').filter({ hasText: /^Removed 1 line imported from dk-june-revised\.tsv\. Brought back dk-june\.tsv/ });
    await notice.waitFor();
    await imports.historyRows().filter({ hasText: 'dk-june.tsv' }).first().waitFor();
    await expect.poll(() => imports.historyRows().filter({ hasText: 'dk-june-revised.tsv' }).count()).toBe(0);
    expect.soft(await hasFocus(notice)).toBe(true);
  });

  it('the correction dialog is a modal named with its file, and Escape gives the focus back to Correct lines…, where Enter at once opens it again', async () => {
    const correct = imports.historyRows().filter({ hasText: 'dk-june.tsv' }).getByRole('button', { name: 'Correct quarantined lines of dk-june.tsv' });
    await press(page, correct, 'Enter');
    const dialog = page.getByRole('dialog', { name: 'Correct quarantined lines dk-june.tsv', exact: true });
    await dialog.waitFor();
    expect.soft(await dialog.getAttribute('aria-modal')).toBe('true');
    expect.soft(await focusWithin(dialog)).toBe(true);
    await escapeAndReopen(page, dialog);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => hasFocus(correct)).toBe(true);
  });

  it('a running import’s bar names the file, its phase alone is announced, and Cancel by keyboard leaves the focus on the summary', async () => {
    const rows = Array.from({ length: BIG_LINES }, (_, i) => line(['Spotify', 'Deezer', 'TIDAL'][i % 3]!, 1 + (i % 5), `0.${String(i % 1000).padStart(3, '0')}1`, '2024-07'));
    await imports.stage([written('big-july.tsv', [DISTROKID_13_HEADER, ...rows].join('\n'))]);
    await imports.waitForPreview('big-july.tsv', 'Ready');
    await press(page, page.getByRole('button', { name: 'Import 1 file' }), 'Enter');

    const running = page.getByRole('region', { name: 'Importing' });
    const bar = running.getByRole('progressbar', { name: 'Importing statements' });
    await expect.poll(() => bar.getAttribute('aria-valuetext')).toMatch(/^\d+% · big-july\.tsv$/);
    expect.soft(await bar.getAttribute('max')).toBe('100');
    expect.soft(await focused(page)).toMatchObject({ inBody: false });
    // Spoken: the phase, not each count and second left.
    const live = await running.locator('[aria-live], [role=status]').allTextContents();
    expect.soft(live).toEqual(['Importing']);

    await press(page, running.getByRole('button', { name: 'Cancel' }), 'Enter');
    const summary = page.getByRole('region', { name: 'Import cancelled' });
    await summary.getByRole('status').filter({ hasText: /^Cancelled\./ }).waitFor();
    expect.soft(await focused(page)).toMatchObject({ tag: 'H2', name: 'Import cancelled' });
  });
});
