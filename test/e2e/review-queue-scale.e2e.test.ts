import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserSession } from '../support/browser';
import { reviewQueueStatements } from '../support/review-queue-statements';
import { channelRequests } from './channel-requests';
import { focusedRow } from './focused-row';
import { ImportPage } from './import-page';
import { goTo, openWorkstationInBrowser, resultPath, type WorkstationInBrowser } from './workstation-in-browser';

/** Four months of a label's sales in one DistroKid statement: 540 recordings, about 380 waiting for review. */
function labelStatement(): string {
  const months = reviewQueueStatements({ released: 240, nearDuplicates: 150, demos: 300, artists: 12, months: 4 });
  const [header] = months[0]![1].split('\n');
  return `${[header, ...months.flatMap(([, text]) => text.split('\n').slice(1).filter(Boolean))].join('\n')}\n`;
}

function queue(page: Page): Locator {
  return page.getByRole('table', { name: 'Recordings to review' });
}

function queueRows(page: Page): Locator {
  return queue(page).locator('tbody tr');
}

/** Each row's title, top to bottom. */
async function titles(page: Page): Promise<string[]> {
  return queue(page).locator('tbody th .review-title').allTextContents();
}

/** "385 recordings wait for a decision · biggest earners first" → 385. */
async function waiting(page: Page): Promise<number> {
  const text = (await page.getByText(/recordings? waits? for a decision/).textContent()) ?? '';
  return Number(text.replace(/,/g, '').match(/^(\d+)/)?.[1]);
}

/** Whether the whole of an element is inside the window. */
async function inView(element: Locator): Promise<boolean> {
  return element.evaluate((node) => {
    const box = node.getBoundingClientRect();
    const view = node.ownerDocument.defaultView!;
    return box.top >= 0 && box.left >= 0 && box.bottom <= view.innerHeight && box.right <= view.innerWidth && box.height > 0;
  });
}

/** How far down the page the window is. */
const scrollTop = (page: Page) => page.locator('html').evaluate((html) => html.ownerDocument.defaultView!.scrollY);

/** Text as a pattern that matches it exactly. */
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function focusedText(page: Page): Promise<string> {
  return ((await page.locator(':focus').textContent()) ?? '').trim();
}

describe('A review queue of hundreds of recordings, in the browser', () => {
  let workstation: WorkstationInBrowser;
  let session: BrowserSession;
  let page: Page;
  let total: number;

  beforeAll(async () => {
    workstation = await openWorkstationInBrowser('review-queue-scale');
    ({ session, page } = workstation);
    await page.setViewportSize({ width: 1280, height: 800 });
    writeFileSync(join(workstation.folder, 'label-2024.tsv'), labelStatement());
  });
  afterAll(async () => {
    await workstation?.close();
  });

  it('shows the first 50 of the queue, and 50 more at a time', async () => {
    await workstation.openFirstRun();
    const imports = new ImportPage(page);
    await imports.open();
    await imports.stage([join(workstation.folder, 'label-2024.tsv')]);
    await imports.waitForPreview('label-2024.tsv', 'Ready');
    await imports.importReady(1);

    await goTo(page, 'Review recordings', 'Review recordings');
    await queue(page).waitFor();
    total = await waiting(page);
    expect(total).toBeGreaterThan(300);
    expect(await queueRows(page).count()).toBe(50);
    await page.getByText(`Showing 50 of ${total}`).waitFor();
    // A page a person can scroll, not every entry at once.
    expect(await page.locator('html').evaluate((html) => html.scrollHeight)).toBeLessThan(12_000);
    await page.screenshot({ path: resultPath('review-queue-scale-1280.png') });

    await page.getByRole('button', { name: `Show 50 more (${total - 50} not shown)` }).click();
    await expect.poll(() => queueRows(page).count()).toBe(100);
    await page.getByText(`Showing 100 of ${total}`).waitFor();
    // The first new row takes the focus, as in the histories: Tab goes on from there.
    expect(await focusedRow(page)).toMatch(/ row 51$/);
  });

  it('finds entries as the search is typed, by title, artist or a match ISRC, and by match and artist', async () => {
    const search = page.getByRole('searchbox');
    // Every word is found somewhere: "7" in a title or in "Roster Act 7".
    await search.fill('unreleased demo 7');
    await expect.poll(async () => (await titles(page)).every((title) => title.startsWith('Unreleased Demo '))).toBe(true);
    expect(await titles(page)).toContain('Unreleased Demo 7');
    expect(await titles(page)).not.toContain('Unreleased Demo 1');
    await page.getByText(/^Showing (\d+ of )?\d+ found · \d+ in the queue$/).waitFor();

    // An ISRC finds the entries whose match carries it, hyphens or not.
    await search.fill('');
    await page.getByLabel('Show', { exact: true }).selectOption('exact');
    const isrc = (await queueRows(page).first().locator('.review-candidate').textContent())?.match(/QZR8K24\d{5}/)?.[0] ?? '';
    expect(isrc).not.toBe('');
    await search.fill(`${isrc.slice(0, 2)}-${isrc.slice(2, 5)}-${isrc.slice(5, 7)}-${isrc.slice(7)}`.toLowerCase());
    await expect.poll(() => queueRows(page).count()).toBe(1);
    expect(await queueRows(page).first().textContent()).toContain('100%');

    await search.fill('');
    await page.getByLabel('Show', { exact: true }).selectOption('none');
    await expect.poll(async () => (await queue(page).locator('tbody td.review-candidate').allTextContents()).every((text) => text === 'No likely match')).toBe(true);
    const artist = page.getByLabel('Artist', { exact: true });
    await artist.selectOption({ label: (await artist.locator('option', { hasText: /^Roster Act 3 \(\d+\)$/ }).textContent()) ?? '' });
    await expect.poll(async () => (await queue(page).locator('tbody th .review-detail').allTextContents()).every((artist) => artist === 'Roster Act 3')).toBe(true);
    await page.screenshot({ path: resultPath('review-queue-scale-filtered.png') });

    await page.getByRole('button', { name: 'Show every recording' }).click();
    expect(await search.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    await page.getByText(`Showing 50 of ${total}`).waitFor();
  });

  it('keeps a recording far down the list: the notice shows in the window, the focus and the rows around stay', async () => {
    await page.getByRole('button', { name: /^Show 50 more/ }).click();
    await page.getByRole('button', { name: /^Show 50 more/ }).click();
    await expect.poll(() => queueRows(page).count()).toBe(150);
    const before = await titles(page);
    const row = queueRows(page).nth(120);
    await row.scrollIntoViewIfNeeded();
    const scrolled = await scrollTop(page);
    expect(scrolled).toBeGreaterThan(5000);

    await row.getByRole('button', { name: /^Keep .* as its own recording$/ }).click();
    const notice = page.getByRole('status').filter({ hasText: `“${before[120]}” stays a recording of its own.` });
    await notice.waitFor();
    expect(await inView(notice)).toBe(true);
    // The row below took its place, the list is as long as before, and the keyboard is on the next row.
    await expect.poll(() => titles(page)).toEqual([...before.slice(0, 120), ...before.slice(121), expect.any(String)]);
    await expect.poll(() => focusedText(page)).toMatch(new RegExp(`^Merge ${literally(before[121]!)} by .+`));
    expect(Math.abs((await scrollTop(page)) - scrolled)).toBeLessThan(200);
    expect(await waiting(page)).toBe(total - 1);
    await page.screenshot({ path: resultPath('review-queue-scale-kept.png') });
  });

  it('merges a recording far down the list into its match, reading the queue once, and undoes it from the keyboard one Tab away', async () => {
    const queueReads = channelRequests(page, 'catalogue:review');
    const row = queueRows(page).filter({ has: page.getByRole('button', { name: /^Merge .* into (?!another…)/ }) }).last();
    const title = (await row.locator('th .review-title').textContent()) ?? '';
    await row.scrollIntoViewIfNeeded();
    await row.getByRole('button', { name: /^Merge .* into (?!another…)/ }).first().click();
    const dialog = page.getByRole('dialog');
    // data:changed has the shell ask for the app's info: once that is answered, every view has heard of the merge.
    const told = page.waitForResponse((response) => response.url().endsWith('/api/invoke/app:info'));
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();

    const merged = page.locator('.merge-notice').filter({ hasText: new RegExp(`^“${literally(title)}” is now part of “.+”: \\d+ lines? moved\\.`) });
    await merged.waitFor();
    expect(await inView(merged)).toBe(true);
    await expect.poll(() => waiting(page)).toBe(total - 2);
    await told;
    await expect.poll(() => page.getByRole('region', { name: 'Recordings to review' }).getAttribute('aria-busy')).toBe('false');
    expect(queueReads).toHaveLength(1);

    // A keyboard user who merged by mistake: the notice has the focus, and Undo is the next Tab.
    await expect.poll(() => focusedText(page)).toMatch(new RegExp(`^“${literally(title)}” is now part of`));
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Undo');
    await page.screenshot({ path: resultPath('review-queue-scale-merged-undo-1280.png') });
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.screenshot({ path: resultPath('review-queue-scale-merged-undo-1024.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await focusedText(page)).toBe('Undo');
    await page.keyboard.press('Enter');
    const undone = page.getByRole('status').filter({ hasText: new RegExp(`^“${literally(title)} by .+” is its own recording again`) });
    await undone.waitFor();
    expect(await inView(undone)).toBe(true);
    await expect.poll(() => focusedText(page)).toMatch(/is its own recording again/);
    await expect.poll(() => waiting(page)).toBe(total - 1);
    expect(await titles(page)).toContain(title);
  });

  it('merges every exact match at once after listing them, then undoes them all from the notice', async () => {
    await page.locator('html').evaluate((html) => html.ownerDocument.defaultView!.scrollTo(0, 0));
    const button = page.getByRole('button', { name: /^Merge all \d+ exact matches…$/ });
    const count = Number((await button.textContent())?.match(/\d+/)?.[0]);
    expect(count).toBeGreaterThan(5);
    await button.click();
    const dialog = page.getByRole('dialog', { name: `Merge ${count} exact matches?` });
    expect(await dialog.getByRole('list', { name: 'Merges to make' }).getByRole('listitem').count()).toBe(count);
    expect(await dialog.getByRole('listitem').first().textContent()).toMatch(/^“.+” into “.+” by Roster Act \d+ \(ISRC QZR8K24\d{5}\) · \d+ lines?$/);
    await page.screenshot({ path: resultPath('review-queue-scale-bulk.png') });
    await dialog.getByRole('button', { name: `Merge ${count} recordings` }).click();

    const notice = page.locator('.merge-notice').filter({ hasText: new RegExp(`^${count} recordings merged into their exact matches: \\d+ lines? moved\\.`) });
    await notice.waitFor();
    expect(await inView(notice)).toBe(true);
    // Once the dialog has closed, the notice has the focus and "Undo all" is the next Tab.
    await expect.poll(() => focusedText(page)).toMatch(/^\d+ recordings merged into their exact matches/);
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe(`Undo all ${count}`);
    await expect.poll(() => waiting(page)).toBe(total - 1 - count);
    expect(await page.getByRole('button', { name: /exact match/ }).count()).toBe(0);
    const history = page.getByRole('table', { name: 'Merge history' });
    await history.waitFor();
    // The earlier merge, undone, and one row for each of these.
    await page.getByRole('region', { name: 'Merge history' }).getByText(`Showing 5 of ${count + 1} merges`).waitFor();
    await page.screenshot({ path: resultPath('review-queue-scale-merged.png') });

    await notice.getByRole('button', { name: `Undo all ${count}` }).click();
    const undone = page.getByRole('status').filter({ hasText: new RegExp(`^${count} merges undone: \\d+ lines? moved back\\.$`) });
    await undone.waitFor();
    expect(await inView(undone)).toBe(true);
    await expect.poll(() => waiting(page)).toBe(total - 1);
    await page.getByRole('button', { name: `Merge all ${count} exact matches…` }).waitFor();
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.screenshot({ path: resultPath('review-queue-scale-undone-1024.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('ran without a page error', () => {
    expect(session.problems).toEqual([]);
  });
});
