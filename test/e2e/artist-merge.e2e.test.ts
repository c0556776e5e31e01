import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserSession } from '../support/browser';
import { displayedCents, toUnits } from './exact-figures';
import { ImportPage } from './import-page';
import { LOCAL_TIME, mergeHistoryRows, UNDONE_ON } from './merge-history';
import { allTimeRevenueCents } from './overview-figures';
import { goTo, openWorkstationInBrowser, resultPath, type WorkstationInBrowser } from './workstation-in-browser';

// ---- Statements written here, in DistroKid's 13-column layout ----

const DISTROKID_HEADER = [
  'Reporting Date', 'Sale Month', 'Store', 'Artist', 'Title', 'ISRC', 'UPC', 'Quantity', 'Team Percentage',
  'Song/Album', 'Country of Sale', 'Songwriter Royalties Withheld', 'Earnings (USD)',
].join('\t');

type Sale = [artist: string, title: string, isrc: string, earnings: string];

function distroKidStatement(saleMonth: string, sales: Sale[]): string {
  const rows = sales.map(([artist, title, isrc, earnings]) => [`${saleMonth}-28`, saleMonth, 'Spotify', artist, title, isrc, '', '10', '100', 'Song', 'NL', '0', earnings].join('\t'));
  return [DISTROKID_HEADER, ...rows].join('\n') + '\n';
}

const LONG_ARTIST = "The Lighthouse Keepers' Orchestra of the Northern Harbour";
const LONG_ARTIST_MISSPELT = "The Lighthouse Keepers' Orchestra of the Northern Harbor";
const LONG_TITLE = 'Saltwater Lullaby for the Last Ferry Home';

/** January: every recording with its ISRC. Night Ferry $3.75, the orchestra $0.60. */
const JANUARY: Sale[] = [
  ['Night Ferry', 'Harbour Lights', 'QZTST2400001', '1.25'],
  ['Night Ferry', 'Quiet Harbour', 'QZTST2400002', '2.50'],
  [LONG_ARTIST, LONG_TITLE, 'QZTST2400003', '0.60'],
];

/**
 * February: "Knight Ferry", a slip in the first letter, names three lines ($0.75), one of them found
 * by its ISRC; "Kuiet Harbour" slips the first letter of a title. Night Ferry $3.95, Knight Ferry
 * $0.75, the orchestra $0.60 and $0.10 spelt the American way: $5.40 in all.
 */
const FEBRUARY: Sale[] = [
  ['Knight Ferry', 'Harbour Lights', '', '0.40'],
  ['Knight Ferry', 'Morning Tide', '', '0.30'],
  ['Knight Ferry', 'Harbour Lights', 'QZTST2400001', '0.05'],
  ['Night Ferry', 'Kuiet Harbour', '', '0.20'],
  [LONG_ARTIST_MISSPELT, LONG_TITLE, '', '0.10'],
];

/** March, after the merge: the old spelling, in two cases, of recordings Night Ferry has. $0.25. */
const MARCH: Sale[] = [
  ['Knight Ferry', 'Harbour Lights', '', '0.10'],
  ['KNIGHT FERRY', 'Quiet Harbour', '', '0.15'],
];

// ---- Page helpers ----

function queue(page: Page): Locator {
  return page.getByRole('table', { name: 'Recordings to review' });
}

/** Each row of the queue as [title, artist], top to bottom. */
async function queued(page: Page): Promise<string[][]> {
  return queue(page)
    .locator('tbody th')
    .evaluateAll((cells) => cells.map((cell) => [...cell.querySelectorAll('.review-title, .review-detail')].map((part) => part.textContent ?? '')));
}

function queueRow(page: Page, title: string, artist: string): Locator {
  return queue(page).locator('tbody tr').filter({ has: page.locator('th', { hasText: title }).filter({ hasText: artist }) });
}

async function focusedName(page: Page): Promise<string> {
  return ((await page.locator(':focus').textContent()) ?? '').trim();
}

/** Revenue by artist for all time, each as the exact decimal behind its cell, and the total row as shown. */
async function revenueByArtist(page: Page): Promise<{ artists: Record<string, string>; total: string }> {
  await goTo(page, 'Breakdown', 'Breakdown');
  await page.getByLabel('Measure').selectOption('revenue');
  await page.getByLabel('Break down by').selectOption('artist');
  await page.getByRole('radio', { name: 'All time' }).check();
  const table = page.getByRole('grid', { name: 'Revenue by artist', exact: true });
  await table.waitFor();
  await expect.poll(() => table.getByTestId('breakdown-total').textContent()).toMatch(/\d/);
  const rows = await table
    .locator('tbody tr[aria-rowindex]')
    .evaluateAll((elements) => elements.map((row) => [row.children[0]?.textContent ?? '', row.children[1]?.getAttribute('title') ?? '']));
  return { artists: Object.fromEntries(rows), total: (await table.getByTestId('breakdown-total').textContent()) ?? '' };
}

function sumOf(artists: Record<string, string>): bigint {
  return Object.values(artists).reduce((sum, exact) => sum + toUnits(exact), 0n);
}

/** Screenshots at the widths a label's laptop and desktop give the page. */
async function screenshotAtWidths(page: Page, name: string, target: Locator | null = null): Promise<void> {
  for (const width of [1024, 1400]) {
    await page.setViewportSize({ width, height: 900 });
    const path = resultPath(`${name}-${width}.png`);
    if (target) await target.screenshot({ path });
    else await page.screenshot({ path, fullPage: true });
  }
  await page.setViewportSize({ width: 1360, height: 900 });
}

/**
 * What stands out of the window sideways, or has its text clipped in its own box (an ellipsis or
 * a hidden overflow hiding part of a name), within the page; text kept for screen readers alone is
 * clipped on purpose.
 */
async function overflowingSideways(page: Page, within: string): Promise<string[]> {
  return page.locator(within).evaluate((root) => {
    const view = root.ownerDocument.defaultView!;
    const limit = root.ownerDocument.documentElement.clientWidth;
    const found: string[] = [];
    for (const element of root.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      const what = `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent?.slice(0, 60)}`;
      if (box.width > 0 && box.right > limit + 1) found.push(`beyond the window ${what}`);
      if (!element.classList.contains('visually-hidden') && element.scrollWidth > element.clientWidth + 1 && view.getComputedStyle(element).overflowX === 'hidden') found.push(`clipped ${what}`);
    }
    return found;
  });
}

describe('Merging a misspelt artist from the review page, in the browser', () => {
  let workstation: WorkstationInBrowser;
  let folder: string;
  let session: BrowserSession;
  let page: Page;
  let imports: ImportPage;

  beforeAll(async () => {
    workstation = await openWorkstationInBrowser('artist-merge');
    ({ folder, session, page } = workstation);
    imports = new ImportPage(page);
    writeFileSync(join(folder, 'january.tsv'), distroKidStatement('2024-01', JANUARY));
    writeFileSync(join(folder, 'february.tsv'), distroKidStatement('2024-02', FEBRUARY));
    writeFileSync(join(folder, 'march.tsv'), distroKidStatement('2024-03', MARCH));
  });

  afterAll(async () => {
    await workstation?.close();
  });

  it('imports January and February, and the totals by artist are worked out by hand', async () => {
    await workstation.openFirstRun();
    await imports.open();
    await imports.stage([join(folder, 'january.tsv'), join(folder, 'february.tsv')]);
    await imports.waitForPreview('january.tsv', 'Ready');
    await imports.waitForPreview('february.tsv', 'Ready');
    const summary = await imports.importReady(2);
    await summary.getByText('2 files imported, with 8 lines.').waitFor();

    expect(await allTimeRevenueCents(page)).toBe(540n);
    const { artists, total } = await revenueByArtist(page);
    expect(Object.fromEntries(Object.entries(artists).map(([name, exact]) => [name, toUnits(exact)]))).toEqual({
      'Night Ferry': toUnits('3.95'),
      'Knight Ferry': toUnits('0.75'),
      [LONG_ARTIST]: toUnits('0.60'),
      [LONG_ARTIST_MISSPELT]: toUnits('0.10'),
    });
    expect(displayedCents(total)).toBe(540n);
  });

  it('suggests the recordings behind slips in a first letter, of an artist and of a title, and offers the artist merge', async () => {
    await goTo(page, 'Review recordings', 'Review recordings');
    await queue(page).waitFor();
    // Biggest earners first.
    expect(await queued(page)).toEqual([
      ['Harbour Lights', 'Knight Ferry'],
      ['Morning Tide', 'Knight Ferry'],
      ['Kuiet Harbour', 'Night Ferry'],
      [LONG_TITLE, LONG_ARTIST_MISSPELT],
    ]);

    const knight = queueRow(page, 'Harbour Lights', 'Knight Ferry');
    const knightText = await knight.innerText();
    expect(knightText).toMatch(/Harbour Lights\s*93%/);
    expect(knightText).toContain('Night Ferry · ISRC QZTST2400001');
    expect(knightText).toContain('Artist spelled differently (differs by one letter: Knight/Night); same title');
    expect(await knight.getByRole('button', { name: 'Merge Harbour Lights by Knight Ferry into Harbour Lights by Night Ferry' }).count()).toBe(1);
    expect(await knight.getByRole('button', { name: 'Merge artist Knight Ferry into Night Ferry' }).count()).toBe(1);

    const kuiet = queueRow(page, 'Kuiet Harbour', 'Night Ferry');
    expect(await kuiet.innerText()).toMatch(/Quiet Harbour\s*93%/);
    expect(await kuiet.innerText()).toContain('Similar title (differs by one letter: Kuiet/Quiet)');
    // Its suggestion is Night Ferry's own: nothing to merge but the recording.
    expect(await kuiet.getByRole('button', { name: /Merge artist/ }).count()).toBe(0);

    // Morning Tide has no close title anywhere, so its row offers no artist merge either.
    const tide = queueRow(page, 'Morning Tide', 'Knight Ferry');
    expect(await tide.innerText()).toContain('No likely match');
    expect(await tide.getByRole('button', { name: /Merge artist/ }).count()).toBe(0);

    const orchestra = queueRow(page, LONG_TITLE, LONG_ARTIST_MISSPELT);
    expect(await orchestra.getByRole('button', { name: `Merge artist ${LONG_ARTIST_MISSPELT} into ${LONG_ARTIST}` }).count()).toBe(1);

    await screenshotAtWidths(page, 'artist-merge-review');
    for (const width of [1024, 1400]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await overflowingSideways(page, '.review-page'), `at ${width}px`).toEqual([]);
    }
    await page.setViewportSize({ width: 1360, height: 900 });
  });

  it('merges Knight Ferry into Night Ferry from the keyboard, after saying what moves, the alias and where to undo it', async () => {
    const button = queueRow(page, 'Harbour Lights', 'Knight Ferry').getByRole('button', { name: 'Merge artist Knight Ferry into Night Ferry' });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Merge artist Knight Ferry into Night Ferry?' });
    await dialog.waitFor();
    expect(await dialog.locator('.dialog-lead').allInnerTexts()).toEqual([
      'Every statement line, recording and release of Knight Ferry moves to Night Ferry. A recording or release of the same title under both becomes one, unless each has its own ISRC or UPC. Totals do not change: they count under Night Ferry.',
      'Knight Ferry becomes an alias of Night Ferry: statements that name Knight Ferry, now or later, are read as Night Ferry.',
      'It can be undone from the Merge history on this page.',
    ]);

    // The focus starts on Cancel: a merge is never one stray Enter away.
    expect(await focusedName(page)).toBe('Cancel');
    await screenshotAtWidths(page, 'artist-merge-dialog', dialog);
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Merge artists');
    await page.keyboard.press('Enter');

    const merged = "Knight Ferry is now part of Night Ferry: 3 lines that named Knight Ferry now count under Night Ferry; 1 recording folded into Night Ferry's of the same title.";
    await page.getByRole('status').filter({ hasText: merged }).waitFor();
    expect(await dialog.isVisible()).toBe(false);
    // Knight Ferry's Harbour Lights, folded into Night Ferry's, left the queue; Morning Tide waits on as Night Ferry's.
    await expect.poll(() => queued(page)).toEqual([
      ['Morning Tide', 'Night Ferry'],
      ['Kuiet Harbour', 'Night Ferry'],
      [LONG_TITLE, LONG_ARTIST_MISSPELT],
    ]);
    // The notice holds the focus, Undo one Tab away; Escape closes it and the queue's heading takes the focus.
    await expect.poll(() => focusedName(page)).toBe(merged);
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Undo');
    await page.keyboard.press('Escape');
    expect(await focusedName(page)).toBe('Recordings to review');
  });

  it('leaves the Overview and Breakdown totals as they were, now under Night Ferry', async () => {
    expect(await allTimeRevenueCents(page)).toBe(540n);
    const { artists, total } = await revenueByArtist(page);
    expect(Object.fromEntries(Object.entries(artists).map(([name, exact]) => [name, toUnits(exact)]))).toEqual({
      // 3.95 + 0.75
      'Night Ferry': toUnits('4.70'),
      [LONG_ARTIST]: toUnits('0.60'),
      [LONG_ARTIST_MISSPELT]: toUnits('0.10'),
    });
    expect(sumOf(artists)).toBe(toUnits('5.40'));
    expect(displayedCents(total)).toBe(540n);
  });

  it('reads a later statement that spells the old name as Night Ferry, and nothing new waits', async () => {
    await imports.open();
    await imports.stage([join(folder, 'march.tsv')]);
    await imports.waitForPreview('march.tsv', 'Ready');
    const summary = await imports.importReady(1);
    await summary.getByText('1 file imported, with 2 lines.').waitFor();

    expect(await allTimeRevenueCents(page)).toBe(565n);
    const { artists } = await revenueByArtist(page);
    expect(Object.fromEntries(Object.entries(artists).map(([name, exact]) => [name, toUnits(exact)]))).toEqual({
      // 4.70 + 0.10 + 0.15
      'Night Ferry': toUnits('4.95'),
      [LONG_ARTIST]: toUnits('0.60'),
      [LONG_ARTIST_MISSPELT]: toUnits('0.10'),
    });

    await goTo(page, 'Review recordings', 'Review recordings');
    await expect.poll(() => queued(page)).toEqual([
      ['Morning Tide', 'Night Ferry'],
      ['Kuiet Harbour', 'Night Ferry'],
      [LONG_TITLE, LONG_ARTIST_MISSPELT],
    ]);
  });

  it('searches for a merge target with a typo, shows how close each is, and merges the closest from the keyboard', async () => {
    await queueRow(page, 'Kuiet Harbour', 'Night Ferry').getByRole('button', { name: 'Merge Kuiet Harbour by Night Ferry into another…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge “Kuiet Harbour” into…' });
    const search = dialog.getByRole('combobox', { name: 'Find the recording it really is' });
    expect(await search.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);

    // A swap of two letters in "Quiet" (0.85) and an American spelling (0.95) over 4 words: 90%.
    // Harbour Lights shares one word of two with it, spelled the other way: 0.95 × 2 / 4 words, 48%.
    // The orchestra is found by its name's "Harbor": one word paired of 2 + 6 (Lighthouse, Keepers,
    // Orchestra, of, Northern, Harbor), less 0.03 for each "the" only in one: 0.25 − 0.06 is 19%,
    // and 0.95 × 0.25 − 0.06 is 18% for the British spelling.
    // Kuiet Harbour, the recording being merged, is never its own target.
    await page.keyboard.type('Qiuet Harbor');
    const options = dialog.getByRole('option');
    await expect.poll(() => options.evaluateAll((found) => found.map((option) => option.getAttribute('aria-label')))).toEqual([
      'Quiet Harbour — Night Ferry · ISRC QZTST2400002 · 90% close · title',
      'Harbour Lights — Night Ferry · ISRC QZTST2400001 · 48% close · title',
      `${LONG_TITLE} — ${LONG_ARTIST_MISSPELT} · No ISRC · 19% close · artist`,
      `${LONG_TITLE} — ${LONG_ARTIST} · ISRC QZTST2400003 · 18% close · artist`,
    ]);
    const quiet = dialog.getByRole('option', { name: 'Quiet Harbour — Night Ferry · ISRC QZTST2400002 · 90% close · title', exact: true });
    expect(await options.locator('.review-score').allTextContents()).toEqual(['90% close · title', '48% close · title', '19% close · artist', '18% close · artist']);
    await screenshotAtWidths(page, 'artist-merge-search', dialog);

    // An ISRC is found by the text it contains, and the badge says so.
    await search.fill('QZTST2400003');
    const contains = dialog.getByRole('option', { name: `${LONG_TITLE} — ${LONG_ARTIST} · ISRC QZTST2400003 · contains the text`, exact: true });
    await contains.waitFor();
    expect(await contains.locator('.review-score').textContent()).toBe('contains the text');
    await screenshotAtWidths(page, 'artist-merge-search-long', dialog);

    await search.fill('Qiuet Harbor');
    await quiet.waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await search.getAttribute('aria-activedescendant')).toBe(await quiet.getAttribute('id'));
    await page.keyboard.press('Enter');
    expect(await quiet.getAttribute('aria-selected')).toBe('true');
    await dialog.getByText('Its line, earning $0.20, moves to “Quiet Harbour” by Night Ferry (ISRC QZTST2400002).').waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '“Kuiet Harbour” is now part of “Quiet Harbour”: 1 line moved.' }).waitFor();
    await expect.poll(() => queued(page)).toEqual([
      ['Morning Tide', 'Night Ferry'],
      [LONG_TITLE, LONG_ARTIST_MISSPELT],
    ]);
  });

  it('undoes that merge from its notice: Kuiet Harbour waits in the queue again with its line and its $0.20', async () => {
    const notice = page.locator('.merge-notice').filter({ hasText: '“Kuiet Harbour” is now part of “Quiet Harbour”: 1 line moved.' });
    await notice.getByRole('button', { name: 'Undo', exact: true }).click();
    const undone = '“Kuiet Harbour by Night Ferry” is its own recording again: 1 line moved back.';
    await page.getByRole('status').filter({ hasText: undone }).waitFor();
    // The Undo button left with the notice it sat in: the keyboard lands on what the undo did.
    await expect.poll(() => focusedName(page)).toBe(undone);

    // Biggest earners first: Morning Tide $0.30, Kuiet Harbour $0.20, the orchestra $0.10.
    await expect.poll(() => queued(page)).toEqual([
      ['Morning Tide', 'Night Ferry'],
      ['Kuiet Harbour', 'Night Ferry'],
      [LONG_TITLE, LONG_ARTIST_MISSPELT],
    ]);
    const kuiet = queueRow(page, 'Kuiet Harbour', 'Night Ferry');
    const [lines, shown, exact] = await kuiet.evaluate((row) => {
      const amount = row.children[2]?.querySelector('.amount');
      return [row.children[1]?.textContent ?? '', amount?.textContent ?? '', amount?.getAttribute('title') ?? ''];
    });
    // February's one line, as the statement printed it.
    expect(lines).toBe('1');
    expect(displayedCents(shown)).toBe(20n);
    expect(toUnits(exact.replace(/ USD$/, ''))).toBe(toUnits('0.20'));
    expect(await kuiet.innerText()).toMatch(/Quiet Harbour\s*93%/);
  });

  it('merges the orchestra spelled the American way into its own name and undoes it from the Merge history: the Breakdown shows both again', async () => {
    await queueRow(page, LONG_TITLE, LONG_ARTIST_MISSPELT).getByRole('button', { name: `Merge artist ${LONG_ARTIST_MISSPELT} into ${LONG_ARTIST}` }).click();
    const dialog = page.getByRole('dialog', { name: `Merge artist ${LONG_ARTIST_MISSPELT} into ${LONG_ARTIST}?` });
    await dialog.getByRole('button', { name: 'Merge artists' }).click();
    await page.getByRole('status').filter({ hasText: `${LONG_ARTIST_MISSPELT} is now part of ${LONG_ARTIST}: 1 line that named` }).waitFor();

    // Newest first. Knight Ferry's merge waits on March, imported after it; Kuiet Harbour's is undone.
    const undo = `Undo the merge of “${LONG_ARTIST_MISSPELT}” into “${LONG_ARTIST}”`;
    const orchestraRow = [`“${LONG_ARTIST_MISSPELT}” into “${LONG_ARTIST}”`, 'Artist merge', expect.stringMatching(LOCAL_TIME), '1'];
    const kuietRow = ['“Kuiet Harbour by Night Ferry” into “Quiet Harbour by Night Ferry”', 'Recording merge', expect.stringMatching(LOCAL_TIME), '1', expect.stringMatching(UNDONE_ON)];
    const knightRow = [
      '“Knight Ferry” into “Night Ferry”',
      'Artist merge',
      expect.stringMatching(LOCAL_TIME),
      '3',
      expect.stringMatching(
        /^Cannot be undone yet: “march\.tsv” was imported on \d{4}-\d\d-\d\d, after this merge, and names “Night Ferry”, perhaps through the merged name; undo that import first to undo the merge\.$/,
      ),
    ];
    await expect.poll(() => mergeHistoryRows(page)).toEqual([[...orchestraRow, undo], kuietRow, knightRow]);
    const history = page.getByRole('region', { name: 'Merge history' });
    await screenshotAtWidths(page, 'merge-history', history);
    for (const width of [1024, 1400]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await overflowingSideways(page, '.review-page'), `at ${width}px`).toEqual([]);
    }
    await page.setViewportSize({ width: 1360, height: 900 });

    // The orchestra's $0.10 counts under its own name for now: 0.60 + 0.10.
    const merged = await revenueByArtist(page);
    expect(merged.artists[LONG_ARTIST]).toBeDefined();
    expect(toUnits(merged.artists[LONG_ARTIST]!)).toBe(toUnits('0.70'));
    expect(merged.artists[LONG_ARTIST_MISSPELT]).toBeUndefined();

    await goTo(page, 'Review recordings', 'Review recordings');
    await page.getByRole('button', { name: undo }).focus();
    await page.keyboard.press('Enter');
    // One line named the American spelling; it moved back to it and to its own recording.
    const undone = `“${LONG_ARTIST_MISSPELT}” is its own artist again: 1 line moved back.`;
    await page.getByRole('status').filter({ hasText: undone }).waitFor();
    await expect.poll(() => focusedName(page)).toBe(undone);
    await expect.poll(() => mergeHistoryRows(page)).toEqual([[...orchestraRow, expect.stringMatching(UNDONE_ON)], kuietRow, knightRow]);
    await expect.poll(() => queued(page)).toEqual([
      ['Morning Tide', 'Night Ferry'],
      ['Kuiet Harbour', 'Night Ferry'],
      [LONG_TITLE, LONG_ARTIST_MISSPELT],
    ]);

    const { artists, total } = await revenueByArtist(page);
    expect(Object.fromEntries(Object.entries(artists).map(([name, exact]) => [name, toUnits(exact)]))).toEqual({
      // 3.95 + 0.75 from January and February, 0.25 from March.
      'Night Ferry': toUnits('4.95'),
      [LONG_ARTIST]: toUnits('0.60'),
      [LONG_ARTIST_MISSPELT]: toUnits('0.10'),
    });
    expect(displayedCents(total)).toBe(565n);
  });

  it('ran without a page error', () => {
    expect(session.problems).toEqual([]);
  });
});
