import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserSession } from '../support/browser';
import { channelRequests } from './channel-requests';
import { ImportPage } from './import-page';
import { goTo, openWorkstationInBrowser, resultPath, type WorkstationInBrowser } from './workstation-in-browser';

// ---- Statements written here, in DistroKid's 13-column layout ----

const DISTROKID_HEADER = [
  'Reporting Date', 'Sale Month', 'Store', 'Artist', 'Title', 'ISRC', 'UPC', 'Quantity', 'Team Percentage',
  'Song/Album', 'Country of Sale', 'Songwriter Royalties Withheld', 'Earnings (USD)',
].join('\t');

function distroKidStatement(saleMonth: string, lines: [title: string, isrc: string, earnings: string][]): string {
  const rows = lines.map(([title, isrc, earnings]) => [`${saleMonth}-28`, saleMonth, 'Spotify', 'Lena Vos', title, isrc, '', '10', '100', 'Song', 'NL', '0', earnings].join('\t'));
  return [DISTROKID_HEADER, ...rows].join('\n') + '\n';
}

/** Harbour has its ISRC; its live take and Tides have none, so the app cannot be sure what they are. */
const MARCH = distroKidStatement('2024-03', [
  ['Harbour', 'NLA1Z2400001', '1.00'],
  ['Harbour (Live)', '', '0.40'],
  ['Tides', '', '0.10'],
]);

/** April, saved into the drop folder: the live take as spelled before, and a misspelling. */
const APRIL = distroKidStatement('2024-04', [
  ['Harbour (Live)', '', '0.25'],
  ['Harbor', '', '0.30'],
]);

// ---- Page helpers ----

function queue(page: Page): Locator {
  return page.getByRole('table', { name: 'Recordings to review' });
}

/** The titles in the queue, top to bottom (each row header also names the artist below the title). */
async function queuedTitles(page: Page): Promise<string[]> {
  const headers = await queue(page).getByRole('rowheader').allInnerTexts();
  return headers.map((text) => text.split('\n')[0]!.trim());
}

async function focusedText(page: Page): Promise<string> {
  return (await page.locator(':focus').textContent()) ?? '';
}

describe('Recording review and the drop folder, in the browser', () => {
  let workstation: WorkstationInBrowser;
  let folder: string;
  let dropFolder: string;
  let session: BrowserSession;
  let page: Page;
  let imports: ImportPage;
  let queueReads: string[];
  let historyReads: string[];

  beforeAll(async () => {
    workstation = await openWorkstationInBrowser('catalogue');
    ({ folder, session, page } = workstation);
    queueReads = channelRequests(page, 'catalogue:review');
    historyReads = channelRequests(page, 'catalogue:merges');
    imports = new ImportPage(page);
    dropFolder = join(folder, 'drop');
    mkdirSync(dropFolder);
    writeFileSync(join(folder, 'march.tsv'), MARCH);
  });

  afterAll(async () => {
    await workstation?.close();
  });

  it('lists the review page in the header, and says so when nothing waits', async () => {
    await workstation.openFirstRun();
    await goTo(page, 'Review recordings', 'Review recordings');
    const nav = page.getByRole('navigation', { name: 'Pages' });
    expect(await nav.getByRole('link', { name: 'Review recordings' }).getAttribute('aria-current')).toBe('page');
    await page.getByText('Every recording is matched by ISRC or confirmed.').waitFor();
  });

  it('imports a statement whose lines without ISRC then wait for review, biggest earners first', async () => {
    await imports.open();
    await imports.stage([join(folder, 'march.tsv')]);
    await imports.waitForPreview('march.tsv', 'Ready');
    const summary = await imports.importReady(1);
    await summary.getByText('1 file imported, with 3 lines.').waitFor();

    await goTo(page, 'Review recordings', 'Review recordings');
    await queue(page).waitFor();
    expect(await queuedTitles(page)).toEqual(['Harbour (Live)', 'Tides']);
    await page.getByText('2 recordings wait for a decision · biggest earners first').waitFor();

    const live = queue(page).getByRole('row', { name: /Harbour \(Live\)/ });
    const liveText = await live.innerText();
    expect(liveText).toContain('Lena Vos');
    expect(liveText).toContain('$0.40');
    expect(liveText).toContain('Same song, different version tags ("live" vs "none")');
    // The best candidate: title, score, artist and ISRC.
    expect(liveText).toMatch(/Harbour\s*70%/);
    expect(liveText).toContain('Lena Vos · ISRC NLA1Z2400001');
    expect(await live.getByTitle(/^0\.40*\sUSD$/).textContent()).toBe('$0.40');

    const tides = queue(page).getByRole('row', { name: /Tides/ });
    expect(await tides.innerText()).toContain('No recording of this artist has the same title');
    expect(await tides.innerText()).toContain('No likely match');
    // No candidate, so no one-click merge: only a search and keep.
    expect(await tides.getByRole('button').count()).toBe(2);
    expect(await tides.getByRole('button', { name: 'Merge Tides by Lena Vos into another…' }).count()).toBe(1);

    await page.screenshot({ path: resultPath('review.png'), fullPage: true });
  });

  it('merges Harbour (Live) into its candidate after saying the lines move and the spelling is remembered', async () => {
    await page.getByRole('button', { name: 'Merge Harbour (Live) by Lena Vos into Harbour' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge into “Harbour”?' });
    await dialog.getByText('Its line, earning $0.40, moves to “Harbour” by Lena Vos (ISRC NLA1Z2400001).').waitFor();
    await dialog.getByText(/The spelling is remembered: future statements that name “Harbour \(Live\)” by Lena Vos are read as “Harbour”/).waitFor();
    await page.screenshot({ path: resultPath('review-merge.png') });
    const before = { queue: queueReads.length, history: historyReads.length };
    // data:changed has the shell ask for the app's info: once that is answered, every view has heard of the merge.
    const told = page.waitForResponse((response) => response.url().endsWith('/api/invoke/app:info'));
    await dialog.getByRole('button', { name: 'Merge' }).click();

    const merged = '“Harbour (Live)” is now part of “Harbour”: 1 line moved.';
    await page.getByRole('status').filter({ hasText: merged }).waitFor();
    await expect.poll(() => queuedTitles(page)).toEqual(['Tides']);
    expect(await dialog.isVisible()).toBe(false);
    await told;
    await expect.poll(() => page.getByRole('region', { name: 'Recordings to review' }).getAttribute('aria-busy')).toBe('false');
    // One change, one read of the queue and one of the history: the merge's own answer asks for neither.
    expect(queueReads.length - before.queue).toBe(1);
    expect(historyReads.length - before.history).toBe(1);

    // The notice has the focus, so Undo is the next Tab; Escape takes the keyboard back to the row
    // that took the merged one's place, ready for the next decision.
    await expect.poll(() => focusedText(page)).toBe(merged);
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Undo');
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedText(page)).toBe('Merge Tides by Lena Vos into another…');
    expect(await page.getByRole('status').filter({ hasText: merged }).count()).toBe(0);
  });

  it('keeps Tides as its own recording from the keyboard: this window reads the queue once, another sees it go', async () => {
    // A second window on the review page, as a label may keep one open beside another.
    const other = await session.context.newPage();
    await other.goto(workstation.bridge.url);
    await goTo(other, 'Review recordings', 'Review recordings');
    await expect.poll(() => queuedTitles(other)).toEqual(['Tides']);
    const otherReads = channelRequests(other, 'catalogue:review');
    await page.bringToFront();

    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Keep Tides by Lena Vos as its own recording');
    const before = queueReads.length;
    const infoReads = channelRequests(page, 'app:info');
    const read = page.waitForResponse((response) => response.url().endsWith('/api/invoke/catalogue:review'));
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '“Tides” stays a recording of its own.' }).waitFor();
    await page.getByText('Every recording is matched by ISRC or confirmed.').waitFor();
    expect(await queue(page).count()).toBe(0);
    await read;
    await expect.poll(() => page.getByRole('region', { name: 'Recordings to review' }).getAttribute('aria-busy')).toBe('false');
    // The keep's review:changed reads the queue here as in any window, and the page does not ask
    // again of its own; no figure changed, so no data:changed has the shell ask for its info.
    expect(queueReads.length - before).toBe(1);
    expect(infoReads).toHaveLength(0);

    // The other window drops the kept entry at once, not at its next read.
    await other.getByText('Every recording is matched by ISRC or confirmed.').waitFor();
    expect(otherReads).toHaveLength(1);
    await other.close();
  });

  it('watches a typed drop folder, imports what is saved into it, and stops when asked', async () => {
    await imports.open();
    const panel = page.getByRole('region', { name: 'Drop folder' });
    await panel.getByText("New statements saved into this folder are imported automatically; you'll find them in the history below.").waitFor();
    await panel.getByText('Not watching', { exact: true }).waitFor();
    await panel.getByText('No folder is watched.').waitFor();
    const path = panel.getByRole('textbox', { name: 'Folder to watch' });

    // A relative path is refused before it is sent; a folder that is not there, by the core.
    await path.fill('Statements');
    await panel.getByRole('button', { name: 'Watch', exact: true }).click();
    await panel.getByText(/Type the full path, starting from the root/).waitFor();
    expect(await path.getAttribute('aria-invalid')).toBe('true');
    await path.fill(join(folder, 'not-there'));
    await panel.getByRole('button', { name: 'Watch', exact: true }).click();
    await panel.getByRole('alert').filter({ hasText: 'does not exist or cannot be read' }).waitFor();
    await panel.getByText('Not watched', { exact: true }).waitFor();

    await path.fill(dropFolder);
    await panel.getByRole('button', { name: 'Watch', exact: true }).click();
    await panel.getByText('Watching', { exact: true }).waitFor();
    expect(await panel.getByText(dropFolder, { exact: true }).isVisible()).toBe(true);
    expect(await panel.getByRole('alert').count()).toBe(0);

    writeFileSync(join(dropFolder, 'april.tsv'), APRIL);
    const history = imports.history();
    // The watcher waits until a file's size holds still for two seconds before taking it.
    await history.getByText('april.tsv', { exact: true }).waitFor({ timeout: 20_000 });
    await page.screenshot({ path: resultPath('drop-folder.png'), fullPage: true });

    await panel.getByRole('button', { name: 'Stop watching' }).click();
    await panel.getByText('Not watching', { exact: true }).waitFor();
    await panel.getByText('No folder is watched.').waitFor();
    expect(await panel.getByRole('button', { name: 'Stop watching' }).count()).toBe(0);
  });

  it('reads the remembered spelling from the dropped statement, and merges the misspelling found by a search, from the keyboard', async () => {
    await goTo(page, 'Review recordings', 'Review recordings');
    // "Harbour (Live)" went straight to Harbour: only the new misspelling waits.
    await expect.poll(() => queuedTitles(page)).toEqual(['Harbor']);
    // The misspelling is not merged at import, but the page suggests its recording, with the score and why.
    const harbor = queue(page).getByRole('row', { name: /Harbor/ });
    const harborText = await harbor.innerText();
    // The reason written at import does not contradict the suggestion beside it.
    expect(harborText).toContain('No recording matched it exactly when it was imported; close titles are suggested');
    expect(harborText).toMatch(/Harbour\s*95%/);
    expect(harborText).toContain('Similar title (British/American spelling: Harbor/Harbour)');
    expect(harborText).not.toContain('No likely match');
    expect(await harbor.getByRole('list', { name: 'Close titles for Harbor by Lena Vos' }).getByRole('listitem').count()).toBe(1);
    expect(await harbor.getByRole('button', { name: 'Merge Harbor by Lena Vos into Harbour' }).count()).toBe(1);
    await page.screenshot({ path: resultPath('review-suggestion.png'), fullPage: true });

    await page.getByRole('button', { name: 'Merge Harbor by Lena Vos into another…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge “Harbor” into…' });
    const search = dialog.getByRole('combobox', { name: 'Find the recording it really is' });
    expect(await search.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    expect(await dialog.getByRole('button', { name: 'Merge' }).isDisabled()).toBe(true);

    await page.keyboard.type('NLA1Z24');
    const option = dialog.getByRole('option', { name: 'Harbour — Lena Vos · ISRC NLA1Z2400001' });
    await option.waitFor();
    expect(await dialog.getByRole('option').count()).toBe(1);
    await page.keyboard.press('ArrowDown');
    expect(await search.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    await page.keyboard.press('Enter');
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await dialog.getByText('Its line, earning $0.30, moves to “Harbour” by Lena Vos (ISRC NLA1Z2400001).').waitFor();
    await page.screenshot({ path: resultPath('review-search.png') });

    // Searching the recording's own name never offers it as its own target, only the one it is close to.
    await search.fill('Harbor');
    await dialog.getByRole('option', { name: 'Harbour — Lena Vos · ISRC NLA1Z2400001 · 95% close · title', exact: true }).waitFor();
    expect(await dialog.getByRole('option').count()).toBe(1);
    await search.fill('harbour');
    await option.waitFor();
    await option.click();

    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '“Harbor” is now part of “Harbour”: 1 line moved.' }).waitFor();
    await page.getByText('Every recording is matched by ISRC or confirmed.').waitFor();
  });

  it('ran without a page error', () => {
    expect(session.problems).toEqual([]);
  });
});
