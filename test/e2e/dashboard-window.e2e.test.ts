import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportPage } from './import-page';
import { isoDay, lastDay, monthsBack, type Month } from './months-back';
import { goTo, openWorkstationInBrowser, resultPath, type WorkstationInBrowser } from './workstation-in-browser';

// ---- Statements that arrived long ago: the latest one is for the month 15 months back ----

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "1 Aug 2024", as the time bar writes a day. */
const dayText = (m: Month, day: number) => `${day} ${MONTHS[m.month - 1]} ${m.year}`;

const LATEST = 15;
const HEADER =
  'Sales Period,Posted Date,Store Name,Country Of Sale,Artist,Release Type,Release Title,Song Title,Label,UPC,Optional UPC,TC Song ID,Optional ISRC,Sales Type,# Units Sold,Per Unit Price,Net Sales,Net Sales Currency,Exchange Rate,Total Earned,Currency';

/** One TuneCore statement, a sale per month in `backs`; a month given as refunded earns −0.83. */
function statement(backs: number[], refunded: number | null): string {
  const rows = backs.map((back, i) => {
    const refund = back === refunded;
    const earned = refund ? '-0.83' : '12.50';
    return [isoDay(monthsBack(back), 10), isoDay(monthsBack(back - 1), 1), 'Spotify', 'US', 'Night Ferry', 'Single', 'Harbour Lights', 'Harbour Lights',
      'Harbour Records', '193456780016', '', 4300001 + i, 'QZHLT2600001', refund ? 'Download' : 'Streaming', refund ? -1 : 2500, '0.005', earned, 'USD', '1.0000',
      earned, 'USD'].join(',');
  });
  return [HEADER, ...rows].join('\n') + '\n';
}

// Long names, as statements are often named, to stretch the history table.
const FILES = {
  recent: 'tunecore-night-ferry-harbour-records-royalty-statement-full-catalogue-recent.csv',
  older: 'tunecore-night-ferry-harbour-records-royalty-statement-full-catalogue-older.csv',
  corrected: 'tunecore-night-ferry-harbour-records-royalty-statement-full-catalogue-corrected.csv',
};

// ---- Page helpers ----

const WIDTHS = [1024, 1280, 1400] as const;

/** The header's links and the heading each page opens with. */
const MAIN_PAGES = [
  { link: 'Overview', heading: 'Overview' },
  { link: 'Breakdown', heading: 'Breakdown' },
  { link: 'Catalogue health', heading: 'Catalogue health' },
  { link: 'Import', heading: 'Import statements' },
  { link: 'Review recordings', heading: 'Review recordings' },
  { link: 'FX rates', heading: 'FX rates' },
  { link: 'Platforms', heading: 'Platforms' },
];

/** The page's width (`document.documentElement.scrollWidth`) and the window's (`innerWidth`). */
async function widths(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.locator('html').evaluate((html) => ({ scrollWidth: html.scrollWidth, innerWidth: html.ownerDocument.defaultView!.innerWidth }));
}

/** Each Undo button's left and right edge, to hold against the window's width. */
async function undoEdges(page: Page): Promise<{ left: number; right: number }[]> {
  const buttons = await page.getByRole('button', { name: /^Undo import of / }).all();
  return Promise.all(
    buttons.map(async (button) => {
      const box = (await button.boundingBox())!;
      return { left: box.x, right: box.x + box.width };
    }),
  );
}

describe('The dashboards on a label whose statements arrive late, and the layout at common window sizes', () => {
  let workstation: WorkstationInBrowser;
  let page: Page;

  beforeAll(async () => {
    workstation = await openWorkstationInBrowser('dashboard-window');
    ({ page } = workstation);
  });

  afterAll(async () => {
    await workstation?.close();
  });

  it('imports two statements, the latest for the month 15 months back', async () => {
    await workstation.openFirstRun();
    writeFileSync(join(workstation.folder, FILES.recent), statement([LATEST + 5, LATEST + 4, LATEST + 3, LATEST + 2, LATEST + 1, LATEST], LATEST + 2));
    writeFileSync(join(workstation.folder, FILES.older), statement([40, 39], null));
    const imports = new ImportPage(page);
    await imports.open();
    await imports.stage([FILES.recent, FILES.older].map((name) => join(workstation.folder, name)));
    for (const name of [FILES.recent, FILES.older]) await imports.waitForPreview(name, 'Ready');
    const summary = await imports.importReady(2);
    await summary.getByText('2 files imported, with 8 lines.').waitFor();
  });

  it('opens the Overview on the 12 months up to the latest statement, with nothing earlier to compare', async () => {
    await goTo(page, 'Overview', 'Overview');
    expect(await page.getByRole('radio', { name: 'Last 12 months' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'To latest statement' }).isChecked()).toBe(true);
    const first = monthsBack(LATEST + 11);
    const last = monthsBack(LATEST);
    const resolved = page.locator('.time-bar-resolved');
    await expect.poll(() => resolved.textContent()).toContain(`${dayText(last, lastDay(last))} · by sale date`);
    expect(await resolved.textContent()).toContain(`${first.year === last.year ? dayText(first, 1).slice(0, -5) : dayText(first, 1)} – `);

    // Six months of sales, one of them a refund: 5 × 12.50 − 0.83.
    await expect.poll(() => page.getByTestId('kpi-revenue').textContent()).toBe('$61.67');
    const revenueCard = page.getByRole('region', { name: 'Revenue', exact: true });
    // The 12 months before hold no statement line: no −100 %, no +∞.
    await revenueCard.getByText('no data to compare').waitFor();
    expect(await revenueCard.textContent()).not.toMatch(/%/);
    await page.getByRole('img', { name: 'Revenue by month' }).waitFor();
  });

  it('counted back from today, says the statements have not arrived rather than −100 %', async () => {
    await page.getByRole('radio', { name: 'To today' }).check();
    const revenueCard = page.getByRole('region', { name: 'Revenue', exact: true });
    await revenueCard.getByText('no statements for this period yet').waitFor();
    expect(await page.getByTestId('kpi-revenue').textContent()).toBe('$0.00');
    expect(await revenueCard.textContent()).not.toMatch(/100/);
    await page.getByRole('radio', { name: 'To latest statement' }).check();
    await revenueCard.getByText('no data to compare').waitFor();
  });

  it('keeps the window chosen on the Overview on the Breakdown, and back', async () => {
    await page.getByRole('radio', { name: 'All time' }).check();
    await page.getByRole('region', { name: 'Revenue', exact: true }).getByText('no earlier period to compare').waitFor();
    await goTo(page, 'Breakdown', 'Breakdown');
    expect(await page.getByRole('radio', { name: 'All time' }).isChecked()).toBe(true);
    // All time has no end to count back from.
    expect(await page.getByRole('radio', { name: 'To today' }).count()).toBe(0);
    await page.getByRole('radio', { name: 'Last 12 months' }).check();
    expect(await page.getByRole('radio', { name: 'To latest statement' }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: 'Previous period' }).check();
    await page.getByRole('region', { name: 'Total revenue' }).getByText(/^No data to compare/).waitFor();
    await goTo(page, 'Overview', 'Overview');
    expect(await page.getByRole('radio', { name: 'Last 12 months' }).isChecked()).toBe(true);
  });

  it('fits every main page in a 1024 px window without scrolling sideways', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    for (const { link, heading } of MAIN_PAGES) {
      await goTo(page, link, heading);
      const { scrollWidth, innerWidth } = await widths(page);
      expect(innerWidth).toBe(1024);
      expect(scrollWidth, `${link} is ${scrollWidth} px wide in a ${innerWidth} px window`).toBeLessThanOrEqual(innerWidth);
      expect(await page.getByRole('button', { name: /theme/i }).first().isVisible()).toBe(true);
      const theme = await page.getByRole('button', { name: /theme/i }).first().boundingBox();
      expect(theme!.x + theme!.width).toBeLessThanOrEqual(innerWidth);
    }
    // The theme switch keeps its word, and no page link is cut or pushed onto a second row.
    const toggle = page.getByRole('button', { name: 'Switch to dark theme' });
    expect(await toggle.getAttribute('title')).toBe('Switch to dark theme');
    expect(await toggle.getByText('Dark', { exact: true }).isVisible()).toBe(true);
    const header = await page.locator('.app-header').evaluate((element) => {
      const links = [...element.querySelectorAll('nav a')];
      // One row of links is 56 px high; a second row would double it.
      return { cut: links.filter((link) => link.scrollWidth > link.clientWidth).map((link) => link.textContent), oneRow: element.getBoundingClientRect().height < 80 };
    });
    expect(header).toEqual({ cut: [], oneRow: true });
  });

  it('fits the Import page in a 1024 px window with a staged card showing its sample lines and the earlier imports to replace', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    // The months of both imports in one corrected statement: it meets two earlier imports.
    writeFileSync(join(workstation.folder, FILES.corrected), statement([40, LATEST], null));
    const imports = new ImportPage(page);
    await imports.open();
    await imports.stage([join(workstation.folder, FILES.corrected)]);
    const card = await imports.waitForPreview(FILES.corrected, 'Answer needed');
    await card.getByRole('radio', { name: /^Replace — / }).check();
    const replaceList = card.getByRole('group', { name: 'Earlier imports to replace' });
    await replaceList.waitFor();
    const sample = card.getByRole('table', { name: `First lines of ${FILES.corrected}` });
    await sample.waitFor();

    const { scrollWidth, innerWidth } = await widths(page);
    expect(scrollWidth, `the Import page is ${scrollWidth} px wide in a ${innerWidth} px window`).toBeLessThanOrEqual(innerWidth);
    const cardBox = (await card.boundingBox())!;
    const cardRight = cardBox.x + cardBox.width;
    const boxes = { 'the overlap question': card.getByRole('radiogroup'), 'the Replace list': replaceList, 'the sample lines box': card.locator('.sample-lines .table-scroll') };
    for (const [what, box] of Object.entries(boxes)) {
      const { x, width } = (await box.boundingBox())!;
      expect(x + width, `${what} ends at ${x + width} px, past the card's ${cardRight} px`).toBeLessThanOrEqual(cardRight);
    }
    // The sample's 21 columns scroll in their own box, not the page.
    expect(await card.locator('.sample-lines .table-scroll').evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(true);
    await page.screenshot({ path: resultPath('import-staged-card-1024.png'), fullPage: true });
    await card.getByRole('button', { name: `Remove ${FILES.corrected}` }).click();
    await card.waitFor({ state: 'detached' });
  });

  it('shows every Undo button of the import history inside the window at 1024, 1280 and 1400 px', async () => {
    const imports = new ImportPage(page);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await imports.open();
      await expect.poll(() => imports.historyRows().count()).toBe(3);
      const edges = await undoEdges(page);
      expect(edges).toHaveLength(2);
      for (const edge of edges) {
        expect(edge.left).toBeGreaterThanOrEqual(0);
        expect(edge.right, `an Undo button ends at ${edge.right} px in a ${width} px window`).toBeLessThanOrEqual(width);
      }
      await imports.history().scrollIntoViewIfNeeded();
      await page.screenshot({ path: resultPath(`import-history-${width}.png`), fullPage: true });
      await goTo(page, 'Overview', 'Overview');
      await page.getByRole('img', { name: 'Revenue by month' }).waitFor();
      await page.screenshot({ path: resultPath(`overview-${width}.png`), fullPage: true });
    }
  });
});
