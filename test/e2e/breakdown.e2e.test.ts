import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserSession } from '../support/browser';
import { displayedCents, parseDelimited, toCents, toUnits } from './exact-figures';
import { exportCsv } from './export-csv';
import { ImportPage } from './import-page';
import { goTo, openWorkstationInBrowser, resultPath, type WorkstationInBrowser } from './workstation-in-browser';

// ---- Page helpers ----

interface GridRow {
  /** aria-rowindex: 2 for the first body row. */
  index: number;
  texts: string[];
  /** The exact decimal behind each money cell (its title), else null. */
  exact: (string | null)[];
}

function grid(page: Page, name: string): Locator {
  return page.getByRole('grid', { name, exact: true });
}

async function waitForGrid(page: Page, name: string): Promise<Locator> {
  const table = grid(page, name);
  await table.waitFor({ timeout: 120_000 });
  // The total arrives from its own query; "…" means it is still on its way.
  await expect.poll(() => table.getByTestId('breakdown-total').textContent(), { timeout: 60_000 }).toMatch(/\d/);
  return table;
}

/** Every row of a windowed grid, read by scrolling it from top to bottom. */
async function allRows(table: Locator): Promise<GridRow[]> {
  return table.evaluate(async (element) => {
    const box = element.closest('.breakdown-grid')!;
    const seen = new Map<number, { index: number; texts: string[]; exact: (string | null)[] }>();
    box.scrollTop = 0;
    for (;;) {
      // The window follows the scroll event on the next render.
      await new Promise((rendered) => setTimeout(rendered, 50));
      for (const row of element.querySelectorAll('tbody tr[aria-rowindex]')) {
        const cells = [...row.children];
        const index = Number(row.getAttribute('aria-rowindex'));
        seen.set(index, { index, texts: cells.map((cell) => cell.textContent ?? ''), exact: cells.map((cell) => cell.getAttribute('title')) });
      }
      if (box.scrollTop + box.clientHeight >= box.scrollHeight - 1) break;
      box.scrollTop += box.clientHeight - 80;
    }
    box.scrollTop = 0;
    return [...seen.values()].sort((a, b) => a.index - b.index);
  });
}

async function headers(table: Locator): Promise<string[]> {
  return (await table.locator('thead th').allTextContents()).map((text) => text.replace(/[▲▼]/g, '').trim());
}

async function columnOf(table: Locator, label: string): Promise<number> {
  const index = (await headers(table)).indexOf(label);
  expect(index, `column "${label}"`).toBeGreaterThanOrEqual(0);
  return index;
}

function sumExact(rows: GridRow[], column: number): bigint {
  return rows.reduce((sum, row) => sum + toUnits(row.exact[column] ?? 'x'), 0n);
}

async function rowCount(table: Locator): Promise<number> {
  return Number(await table.getAttribute('aria-rowcount')) - 2;
}

async function crumbs(page: Page): Promise<string[]> {
  const path = page.getByRole('navigation', { name: 'Drill-down path' });
  return (await path.getByRole('listitem').allTextContents()).map((text) => text.replace('›', '').trim());
}

describe('Breakdown in the browser', () => {
  let workstation: WorkstationInBrowser;
  let session: BrowserSession;
  let page: Page;
  let kpiRevenue: string;
  let spotifyExact: string;

  beforeAll(async () => {
    workstation = await openWorkstationInBrowser('breakdown');
    ({ session, page } = workstation);
  });

  afterAll(async () => {
    await workstation?.close();
  });

  it('says there is nothing to break down in an empty store', async () => {
    await workstation.openFirstRun();
    await goTo(page, 'Breakdown', 'Breakdown');
    await page.getByText('Nothing to break down yet.').waitFor();
  });

  it('loads the demo label and notes the Overview’s all-time revenue', async () => {
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('button', { name: 'Load demo data' }).click();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor({ timeout: 150_000 });
    await page.getByRole('radio', { name: 'All time' }).check();
    await page.getByRole('region', { name: 'Revenue', exact: true }).getByText('no earlier period to compare').waitFor();
    kpiRevenue = (await page.getByTestId('kpi-revenue').textContent()) ?? '';
    expect(kpiRevenue).toMatch(/^\$[\d,]+\.\d{2}$/);
  });

  it('shows revenue by platform for all time, adding up to the Overview’s revenue to the cent', async () => {
    await goTo(page, 'Breakdown', 'Breakdown');
    await page.getByLabel('Measure').selectOption('revenue');
    await page.getByLabel('Break down by').selectOption('platform');
    await page.getByRole('radio', { name: 'All time' }).check();
    const table = await waitForGrid(page, 'Revenue by platform');

    expect(await table.getByTestId('breakdown-total').textContent()).toBe(kpiRevenue);
    expect(await page.getByTestId('breakdown-summary-total').textContent()).toBe(kpiRevenue);
    const rows = await allRows(table);
    expect(rows.length).toBe(await rowCount(table));
    expect(rows.length).toBeGreaterThan(10);
    const revenue = await columnOf(table, 'Revenue (USD)');
    expect(toCents(sumExact(rows, revenue))).toBe(displayedCents(kpiRevenue));
    // The ids drill-downs use stay out of sight.
    expect(await headers(table)).toEqual(['Platform', 'Revenue (USD)']);
    await page.getByRole('img', { name: 'Revenue by platform chart' }).waitFor();
    expect(await page.locator('.breakdown-chart').getAttribute('data-chart-kind')).toBe('bar');
  });

  it('exports every line of the demo label as a job: progress and Cancel while it writes, then the download', async () => {
    await page.getByRole('button', { name: 'Statement lines', exact: true }).click();
    const panel = linesPanel(page);
    const subtitle = panel.locator('.panel-subtitle');
    await expect.poll(() => subtitle.textContent(), { timeout: 60_000 }).toMatch(/^Lines 1–100 of [\d,]+$/);
    const total = (await subtitle.textContent())!.replace('Lines 1–100 of ', '');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      (async () => {
        await panel.getByRole('button', { name: 'Export these lines (CSV)' }).click();
        await panel.getByRole('progressbar', { name: 'Exporting these lines' }).waitFor();
        await panel.getByText(new RegExp(`^Writing statement lines · [\\d,]+ of ${total}$`)).waitFor();
        await panel.getByRole('button', { name: 'Cancel exporting these lines' }).waitFor();
      })(),
    ]);
    await panel.getByRole('status').filter({ hasText: `Downloading ${download.suggestedFilename()}` }).waitFor();
    expect(await panel.getByRole('progressbar').count()).toBe(0);
    const bytes = readFileSync(await download.path());
    let rows = 0;
    for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) rows++;
    // The header, then every line behind the figure.
    expect(rows - 1).toBe(Number(total.replaceAll(',', '')));
    await panel.getByRole('button', { name: 'Close statement lines' }).click();
  });

  it('sorts by a column header, and back', async () => {
    const table = grid(page, 'Revenue by platform');
    const platformHeader = table.getByRole('columnheader', { name: /Platform/ });
    await platformHeader.getByRole('button').click();
    await expect.poll(() => platformHeader.getAttribute('aria-sort')).toBe('ascending');
    await expect
      .poll(async () => {
        const names = (await allRows(table)).map((row) => row.texts[0]!);
        return names.length > 1 && names.every((name, i) => i === 0 || names[i - 1]! <= name);
      })
      .toBe(true);

    const revenueHeader = table.getByRole('columnheader', { name: /Revenue/ });
    await revenueHeader.getByRole('button').click();
    await expect.poll(() => revenueHeader.getAttribute('aria-sort')).toBe('descending');
    expect(await platformHeader.getAttribute('aria-sort')).toBeNull();
    await expect
      .poll(async () => {
        const amounts = (await allRows(table)).map((row) => toUnits(row.exact[1]!));
        return amounts.every((amount, i) => i === 0 || amounts[i - 1]! >= amount);
      })
      .toBe(true);
  });

  it('drills into a platform from its bar, and steps back with the breadcrumb', async () => {
    const chart = page.locator('.breakdown-chart[data-chart-kind="bar"]');
    // The mouse clicks where the bar is on screen: the chart goes mid-screen, clear of the sticky header.
    await chart.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    // The widest bar is the top platform; wait for the bars to finish growing before aiming.
    let widest = { x: 0, y: 0, width: 0 };
    await expect
      .poll(async () => {
        const bars = await chart.locator('svg path').evaluateAll((paths) =>
          paths.map((path) => {
            const box = path.getBoundingClientRect();
            return { x: box.x + box.width / 2, y: box.y + box.height / 2, width: box.width, height: box.height, fill: path.getAttribute('fill') };
          }),
        );
        const candidates = bars.filter((bar) => bar.height > 4 && bar.height < 30 && bar.fill && bar.fill !== 'none');
        const next = candidates.reduce((best, bar) => (bar.width > best.width ? bar : best), { x: 0, y: 0, width: 0 });
        const settled = next.width > 0 && next.width === widest.width;
        widest = next;
        return settled;
      })
      .toBe(true);
    await page.mouse.click(widest.x, widest.y);
    const territories = await waitForGrid(page, 'Revenue by territory');
    expect(await crumbs(page)).toEqual(['All platforms', 'Spotify']);
    expect(await rowCount(territories)).toBeGreaterThan(5);

    await page.getByRole('navigation', { name: 'Drill-down path' }).getByRole('button', { name: 'All platforms' }).click();
    await waitForGrid(page, 'Revenue by platform');
    expect(await page.getByRole('navigation', { name: 'Drill-down path' }).count()).toBe(0);
  });

  it('drills into a platform’s territories from its row, whose rows add up to that platform', async () => {
    const platforms = grid(page, 'Revenue by platform');
    const spotify = (await allRows(platforms)).find((row) => row.texts[0] === 'Spotify')!;
    spotifyExact = spotify.exact[1]!;
    await platforms.getByRole('rowheader', { name: 'Spotify', exact: true }).click();

    const territories = await waitForGrid(page, 'Revenue by territory');
    expect(await crumbs(page)).toEqual(['All platforms', 'Spotify']);
    expect(await page.getByRole('navigation', { name: 'Drill-down path' }).getByText('Spotify').getAttribute('aria-current')).toBe('location');
    expect(await territories.getByTestId('breakdown-total').textContent()).toBe(spotify.texts[1]);

    const rows = await allRows(territories);
    expect(rows.length).toBe(await rowCount(territories));
    const revenue = await columnOf(territories, 'Revenue (USD)');
    expect(sumExact(rows, revenue)).toBe(toUnits(spotifyExact));
    expect(await headers(territories)).toEqual(['Territory', 'Territory name', 'Revenue (USD)']);
  });

  it('moves through the rows with the keyboard', async () => {
    const territories = grid(page, 'Revenue by territory');
    await territories.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    const count = await rowCount(territories);
    const active = territories.locator('tr[aria-selected="true"]');
    await expect.poll(() => active.getAttribute('aria-rowindex')).toBe(String(count + 1));
    const activeId = await territories.getAttribute('aria-activedescendant');
    expect(await active.locator('th').getAttribute('id')).toBe(activeId);
    await page.keyboard.press('Home');
    await expect.poll(() => active.getAttribute('aria-rowindex')).toBe('2');

    // Enter drills into the highlighted territory, and the grid of its answer takes the focus: a
    // keyboard user goes on from there, not from the top of the page.
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await crumbs(page)).length).toBe(3);
    const focused = page.locator('[role="grid"]:focus');
    await expect.poll(() => focused.count()).toBe(1);
    expect(await focused.getAttribute('aria-label')).toMatch(/^Revenue by /);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('[role="grid"] tr[aria-selected="true"]').count()).toBe(1);
    await page.getByRole('navigation', { name: 'Drill-down path' }).getByRole('button', { name: 'Spotify' }).click();
    await waitForGrid(page, 'Revenue by territory');
  });

  it('switches to months and draws a line of the platform’s revenue', async () => {
    await page.getByLabel('Break down by').selectOption('month');
    const months = await waitForGrid(page, 'Revenue by month');
    await page.getByRole('img', { name: 'Revenue by month chart' }).waitFor();
    expect(await page.locator('.breakdown-chart').getAttribute('data-chart-kind')).toBe('line');
    // Still inside Spotify: the breadcrumb stays, and so does the total.
    expect(await crumbs(page)).toEqual(['All platforms', 'Spotify']);
    const rows = await allRows(months);
    expect(rows.length).toBeGreaterThan(12);
    expect(rows[0]!.texts[0]).toMatch(/^[A-Z][a-z]{2} \d{4}$/);
    expect(sumExact(rows, await columnOf(months, 'Revenue (USD)'))).toBe(toUnits(spotifyExact));
  });

  it('exports what the page shows as CSV: every month, only Spotify, to the last decimal', async () => {
    const table = grid(page, 'Revenue by month');
    const rowsOnScreen = await rowCount(table);
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export to CSV' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // A screen reader is told the page behind it is out of reach.
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    expect(await dialog.locator('.dialog-lead').innerText()).toBe('Every row for the time range on screen.');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save' }).click()]);
    const bytes = readFileSync(await download.path());
    await dialog.getByRole('status').filter({ hasText: 'Downloading' }).waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();

    expect(download.suggestedFilename()).toMatch(/^breakdown-revenue-by-month-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...lines] = parseDelimited(bytes.toString('utf8'), ',');
    expect(header).toEqual(['Month', 'Revenue (USD)']);
    expect(lines.length).toBe(rowsOnScreen);
    expect(lines.every(([month]) => /^\d{4}-\d{2}$/.test(month!))).toBe(true);
    expect(lines.map(([month]) => month)).toEqual([...lines.map(([month]) => month)].sort());
    expect(lines.reduce((sum, [, revenue]) => sum + toUnits(revenue!), 0n)).toBe(toUnits(spotifyExact));
  });

  it('filters with a pick list, and says what the filter is', async () => {
    await page.getByRole('navigation', { name: 'Drill-down path' }).getByRole('button', { name: 'All platforms' }).click();
    await page.getByLabel('Break down by').selectOption('platform');
    await waitForGrid(page, 'Revenue by platform');

    await page.getByRole('button', { name: 'Add filter…' }).click();
    const editor = page.getByRole('form', { name: 'New filter' });
    await editor.getByLabel('Field').selectOption('territory');
    await editor.getByLabel('Search territories').fill('germ');
    await editor.getByRole('checkbox', { name: /^Germany/ }).check();
    await editor.getByRole('button', { name: 'Apply filter' }).click();
    const filters = page.getByRole('region', { name: 'Filters' });
    await filters.getByText('Territory is any of Germany').waitFor();

    const table = grid(page, 'Revenue by platform');
    await expect.poll(async () => displayedCents((await table.getByTestId('breakdown-total').textContent()) ?? '$0.00'), { timeout: 60_000 }).toBeLessThan(displayedCents(kpiRevenue));
    await filters.getByRole('button', { name: 'Remove filter: Territory is any of Germany' }).click();
    await expect.poll(() => table.getByTestId('breakdown-total').textContent(), { timeout: 60_000 }).toBe(kpiRevenue);
  });

  it('keeps more than 10,000 rows scrollable with only a window of them in the page', async () => {
    await page.getByLabel('Break down by').selectOption('recording');
    await page.getByLabel('Then by').selectOption('territory');
    const table = await waitForGrid(page, 'Revenue by recording and territory');
    const count = await rowCount(table);
    expect(count).toBeGreaterThan(10_000);
    expect(await table.locator('tbody tr[aria-rowindex]').count()).toBeLessThan(60);

    await table.focus();
    await page.keyboard.press('End');
    const last = table.locator(`tr[aria-rowindex="${count + 1}"]`);
    await last.waitFor();
    expect(await last.isVisible()).toBe(true);
    expect(await table.locator('tbody tr[aria-rowindex]').count()).toBeLessThan(60);
    await page.keyboard.press('Home');
    await table.locator('tr[aria-rowindex="2"]').waitFor();
  });

  it('compares each row with the previous period, the earlier figures adding up to the earlier total', async () => {
    await page.getByLabel('Then by').selectOption('');
    await page.getByLabel('Break down by').selectOption('platform');
    await page.getByRole('radio', { name: 'Last 12 months' }).check();
    await page.getByRole('radio', { name: 'Previous period' }).check();
    const change = page.getByRole('region', { name: 'Total revenue' }).getByText(/vs the previous period/);
    await change.waitFor({ timeout: 60_000 });
    const previousTotal = /: (\$[\d,]+\.\d{2})$/.exec((await change.textContent()) ?? '')![1]!;

    const table = await waitForGrid(page, 'Revenue by platform');
    await expect.poll(() => headers(table), { timeout: 60_000 }).toEqual([
      'Platform',
      'Revenue (USD)',
      'Revenue, previous period (USD)',
      'Revenue change (USD)',
      'Revenue growth %',
    ]);
    const rows = await allRows(table);
    expect(toCents(sumExact(rows, 2))).toBe(displayedCents(previousTotal));
    expect(rows.every((row) => /^[+\u2212]?[\d,]+\.\d{2}%$|^—$/.test(row.texts[4]!))).toBe(true);
    expect(await table.locator('tfoot td').nth(1).textContent()).toBe(previousTotal);
  });

  it('shows the top ten and one exact row for the rest', async () => {
    await page.getByRole('radio', { name: 'No comparison' }).check();
    await page.getByRole('radio', { name: 'Top 10 and the rest' }).check();
    const table = grid(page, 'Revenue by platform');
    await expect.poll(() => rowCount(table), { timeout: 60_000 }).toBe(11);
    const rows = await allRows(table);
    expect(rows.at(-1)!.texts[0]).toBe('All other platforms');
    const total = (await table.getByTestId('breakdown-total').textContent()) ?? '';
    expect(toCents(sumExact(rows, 1))).toBe(displayedCents(total));
    await page.getByRole('radio', { name: 'Every row' }).check();
    await expect.poll(() => rowCount(table), { timeout: 60_000 }).toBeGreaterThan(11);
  });

  it('leaves the name of the rest blank, on screen and in the export, as it names no territory', async () => {
    await page.getByRole('radio', { name: 'Top 10 and the rest' }).check();
    await page.getByLabel('Break down by').selectOption('territory');
    const table = await waitForGrid(page, 'Revenue by territory');
    await expect.poll(() => rowCount(table), { timeout: 60_000 }).toBe(11);
    expect((await allRows(table)).at(-1)!.texts).toEqual(['All other territories', '', expect.stringMatching(/^\$[\d,]+\.\d{2}$/)]);

    const { bytes } = await exportCsv(page, async () => {});
    const [header, ...lines] = parseDelimited(bytes.toString('utf8'), ',');
    expect(header).toEqual(['Territory', 'Territory name', 'Revenue (USD)']);
    expect(lines.at(-1)!.slice(0, 2)).toEqual(['All other territories', '']);

    await page.getByRole('radio', { name: 'Every row' }).check();
    await page.getByLabel('Break down by').selectOption('platform');
    await waitForGrid(page, 'Revenue by platform');
  });

  it('counts the window back from the latest statement, or from today when asked', async () => {
    const resolved = page.locator('.time-bar-resolved');
    const fromLatest = await resolved.textContent();
    expect(fromLatest).toMatch(/^1 [A-Z][a-z]{2} \d{4} – \d{1,2} [A-Z][a-z]{2} \d{4} · by sale date$/);
    await page.getByRole('radio', { name: 'To today' }).check();
    await expect.poll(() => resolved.textContent(), { timeout: 60_000 }).not.toBe(fromLatest);
    await page.getByRole('radio', { name: 'To latest statement' }).check();
    await expect.poll(() => resolved.textContent(), { timeout: 60_000 }).toBe(fromLatest);
    await waitForGrid(page, 'Revenue by platform');
  });

  it('ran without a page error, and leaves a screenshot of the page', async () => {
    await page.getByRole('radio', { name: 'Previous period' }).check();
    await grid(page, 'Revenue by platform').getByRole('rowheader', { name: 'Spotify', exact: true }).click();
    await waitForGrid(page, 'Revenue by territory');
    await page.getByRole('region', { name: 'Total revenue' }).getByText(/vs the previous period/).waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { name: 'Breakdown', level: 1 }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: resultPath('breakdown.png'), fullPage: true });
    expect(session.problems).toEqual([]);
  });
});

// ---- A statement written here, to look at the lines behind one figure ----

const LINES_FILE = 'tunecore-night-ferry-2025.csv';

const TUNECORE_HEADER =
  'Sales Period,Posted Date,Store Name,Country Of Sale,Artist,Release Type,Release Title,Song Title,Label,UPC,Optional UPC,TC Song ID,Optional ISRC,Sales Type,# Units Sold,Per Unit Price,Net Sales,Net Sales Currency,Exchange Rate,Total Earned,Currency';

interface LineSale {
  day: string;
  store: string;
  country: string;
  units: number;
  earned: string;
  currency: 'USD' | 'EUR';
}

/** Spotify in Germany in March 2025, the figure looked into: more lines than one page holds. */
const MARCH_IN_GERMANY = 130;

const pad = (n: number) => String(n).padStart(2, '0');

/** Up to six decimals, one refund, and one line that outearns all the others. */
function earnedOn(i: number): string {
  if (i === 42) return '-0.5';
  if (i === 77) return '12.75';
  return `0.${String((i * 7919 + 13) % 100_000).padStart(5, '0')}${i % 7}`;
}

/**
 * Two Deezer lines in euros first (no rate converts them), then Spotify in Germany in March 2025,
 * with Spotify in the US and Spotify in Germany in February between them, so the figure's lines
 * are not simply the file's.
 */
const LINE_SALES: LineSale[] = [
  { day: '2025-03-02', store: 'Deezer', country: 'DE', units: 40, earned: '0.35', currency: 'EUR' },
  { day: '2025-03-04', store: 'Deezer', country: 'DE', units: 9, earned: '0.0712', currency: 'EUR' },
  ...Array.from({ length: MARCH_IN_GERMANY }, (_, i): LineSale[] => [
    ...(i % 10 === 3 ? [{ day: `2025-03-${pad(1 + (i % 28))}`, store: 'Spotify', country: 'US', units: 300, earned: '1.11', currency: 'USD' } as const] : []),
    ...(i % 10 === 7 ? [{ day: `2025-02-${pad(1 + (i % 28))}`, store: 'Spotify', country: 'DE', units: 600, earned: '2.22', currency: 'USD' } as const] : []),
    { day: `2025-03-${pad(1 + (i % 31))}`, store: 'Spotify', country: 'DE', units: i === 42 ? -1 : 100 + i, earned: earnedOn(i), currency: 'USD' },
  ]).flat(),
];

function linesStatementText(): string {
  const rows = LINE_SALES.map((sale, i) =>
    [sale.day, '2025-04-15', sale.store, sale.country, 'Night Ferry', 'Single', 'Harbour Lights', 'Harbour Lights', 'Harbour Records', '193456780012', '',
      5100001 + i, 'QZHLT2600001', 'Streaming', sale.units, '0.004', sale.earned, sale.currency, '1.0000', sale.earned, sale.currency].join(','),
  );
  return [TUNECORE_HEADER, ...rows].join('\n') + '\n';
}

/** A sale with the line it is on in the file: the header is line 1. */
interface NumberedSale extends LineSale {
  line: number;
}

const NUMBERED: NumberedSale[] = LINE_SALES.map((sale, i) => ({ ...sale, line: i + 2 }));

/** The lines behind Spotify → Germany → March 2025, in file order. */
const FIGURE_LINES = NUMBERED.filter((sale) => sale.store === 'Spotify' && sale.country === 'DE' && sale.day.startsWith('2025-03'));

/** "2025-03-05" → "5 Mar 2025". */
function marchDay(day: string): string {
  return `${Number(day.slice(8))} Mar 2025`;
}

/** "$0.0123456", "-$0.50", "€0.35" → exact 1e-16 units. */
function shownUnits(text: string): bigint {
  return toUnits(text.replace(/^(-?)[$€]/, '$1').replaceAll(',', ''));
}

// ---- Page helpers for the lines panel ----

interface ShownLine {
  file: string;
  line: string;
  /** Sale period, platform, territory, recording, type, units, earned, in USD, kept columns. */
  texts: string[];
  /** The kept columns in full, from the cell's title. */
  kept: string | null;
}

function linesPanel(page: Page): Locator {
  return page.getByRole('region', { name: 'Statement lines' });
}

async function shownLines(panel: Locator): Promise<ShownLine[]> {
  return panel.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const [file, ...cells] = [...row.children];
      return {
        file: file?.firstChild?.textContent ?? '',
        line: file?.querySelector('.line-detail')?.textContent ?? '',
        texts: cells.map((cell) => cell.textContent ?? ''),
        kept: cells.at(-1)?.getAttribute('title') ?? null,
      };
    }),
  );
}

/** Waits for the page the subtitle names, the panel done loading. */
async function waitForLines(panel: Locator, subtitle: string): Promise<void> {
  await expect.poll(() => panel.locator('.panel-subtitle').textContent(), { timeout: 60_000 }).toBe(subtitle);
  await expect.poll(() => panel.getAttribute('aria-busy'), { timeout: 60_000 }).toBe('false');
}

function expectLinesOf(shown: ShownLine[], sales: NumberedSale[]): void {
  expect(shown.map((row) => [row.file, row.line])).toEqual(sales.map((sale) => [LINES_FILE, `line ${sale.line}`]));
  shown.forEach((row, i) => {
    const sale = sales[i]!;
    // The catalogue keeps a UPC as its 13-digit GTIN.
    expect(row.texts.slice(0, 6)).toEqual([marchDay(sale.day), 'Spotify', 'DE', 'Harbour LightsISRC QZHLT2600001 · UPC 0193456780012', 'stream', String(sale.units)]);
    // Every digit the file printed, in the line's currency and in the base currency alike.
    expect(shownUnits(row.texts[6]!)).toBe(toUnits(sale.earned));
    expect(shownUnits(row.texts[7]!)).toBe(toUnits(sale.earned));
    expect(row.kept).toContain(`tc_song_id: ${5100001 + sale.line - 2}`);
  });
}

describe('The statement lines behind a Breakdown figure, in the browser', () => {
  let workstation: WorkstationInBrowser;
  let session: BrowserSession;
  let page: Page;
  let breakdownTotal: string;

  beforeAll(async () => {
    workstation = await openWorkstationInBrowser('breakdown-lines');
    ({ session, page } = workstation);
  });

  afterAll(async () => {
    await workstation?.close();
  });

  it('imports a statement of its own and drills into Spotify, Germany, March 2025', async () => {
    await workstation.openFirstRun();
    writeFileSync(join(workstation.folder, LINES_FILE), linesStatementText());
    const imports = new ImportPage(page);
    await imports.open();
    await imports.stage([join(workstation.folder, LINES_FILE)]);
    await imports.waitForPreview(LINES_FILE, 'Ready');
    await imports.importReady(1);

    await goTo(page, 'Breakdown', 'Breakdown');
    await page.getByLabel('Measure').selectOption('revenue');
    await page.getByLabel('Break down by').selectOption('platform');
    await page.getByRole('radio', { name: 'All time' }).check();
    const platforms = await waitForGrid(page, 'Revenue by platform');
    await platforms.getByRole('rowheader', { name: 'Spotify', exact: true }).click();
    const territories = await waitForGrid(page, 'Revenue by territory');
    await territories.getByRole('rowheader', { name: 'DE', exact: true }).click();
    await waitForGrid(page, 'Revenue by recording');
    await page.getByLabel('Break down by').selectOption('month');
    const months = await waitForGrid(page, 'Revenue by month');
    await months.getByRole('rowheader', { name: 'Mar 2025', exact: true }).click();
    await waitForGrid(page, 'Revenue by day');
    expect(await crumbs(page)).toHaveLength(4);

    breakdownTotal = (await page.getByTestId('breakdown-summary-total').textContent()) ?? '';
    const expected = FIGURE_LINES.reduce((sum, sale) => sum + toUnits(sale.earned), 0n);
    expect(displayedCents(breakdownTotal)).toBe(toCents(expected));
  });

  it('opens the lines behind the figure, a hundred at a time, each traced to its file and line', async () => {
    const toggle = page.getByRole('button', { name: 'Statement lines', exact: true });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    const panel = linesPanel(page);
    await waitForLines(panel, `Lines 1–100 of ${FIGURE_LINES.length}`);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await panel.getAttribute('id')).toBe(await toggle.getAttribute('aria-controls'));
    expect((await panel.locator('thead th').allTextContents()).map((text) => text.trim())).toEqual([
      'File', 'Sale period', 'Platform', 'Territory', 'Recording', 'Type', 'Units', 'Earned', 'In USD', 'Kept columns',
    ]);

    const previous = panel.getByRole('button', { name: 'Previous page' });
    const next = panel.getByRole('button', { name: 'Next page' });
    expect(await previous.isDisabled()).toBe(true);
    const first = await shownLines(panel);
    expectLinesOf(first, FIGURE_LINES.slice(0, 100));
    // The refund and the smallest amounts keep every digit on screen.
    const refund = first.find((row) => row.texts[5] === '-1')!;
    expect([refund.texts[6], refund.texts[7]]).toEqual(['-$0.50', '-$0.50']);
    expect(first[1]!.texts[6]).toBe(`$${earnedOn(1)}`);

    await next.click();
    await waitForLines(panel, `Lines 101–${FIGURE_LINES.length} of ${FIGURE_LINES.length}`);
    expect(await next.isDisabled()).toBe(true);
    expect(await previous.isDisabled()).toBe(false);
    const second = await shownLines(panel);
    expectLinesOf(second, FIGURE_LINES.slice(100));

    // The lines add up to the figure they are behind: summed from the screen, and from the file.
    const shownSum = [...first, ...second].reduce((sum, row) => sum + shownUnits(row.texts[7]!), 0n);
    const fileSum = FIGURE_LINES.reduce((sum, sale) => sum + toUnits(sale.earned), 0n);
    expect(shownSum).toBe(fileSum);
    expect(toCents(shownSum)).toBe(displayedCents(breakdownTotal));
  });

  it('exports every line behind the figure as CSV, not just the page on screen', async () => {
    const panel = linesPanel(page);
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Export these lines (CSV)' }).click()]);
    await panel.getByRole('status').filter({ hasText: 'Downloading' }).waitFor();
    expect(download.suggestedFilename()).toMatch(/^statement-lines-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = readFileSync(await download.path()).toString('utf8').split('\r\n').slice(1, -1);
    expect(rows).toHaveLength(FIGURE_LINES.length);
    // File, line, and the amount in USD: the 17th column, before the kept columns' quoted JSON.
    expect(rows.map((row) => row.split(',').slice(0, 2).join(' line '))).toEqual(FIGURE_LINES.map((sale) => `${LINES_FILE} line ${sale.line}`));
    const exported = rows.reduce((sum, row) => sum + toUnits(row.split(',')[16]!), 0n);
    expect(exported).toBe(FIGURE_LINES.reduce((sum, sale) => sum + toUnits(sale.earned), 0n));
  });

  it('puts the largest amounts first, from the first page again', async () => {
    const panel = linesPanel(page);
    await panel.getByRole('radio', { name: 'Largest first' }).check();
    await waitForLines(panel, `Lines 1–100 of ${FIGURE_LINES.length}`);
    const shown = await shownLines(panel);
    const amounts = shown.map((row) => shownUnits(row.texts[7]!));
    expect(amounts[0]).toBe(toUnits('12.75'));
    expect(amounts.every((amount, i) => i === 0 || amounts[i - 1]! >= amount)).toBe(true);
    expect(await panel.getByRole('button', { name: 'Previous page' }).isDisabled()).toBe(true);
  });

  it('asks again when the view changes: every line of the file, the ones without a rate saying so', async () => {
    await page.getByRole('navigation', { name: 'Drill-down path' }).getByRole('button', { name: 'All platforms' }).click();
    await waitForGrid(page, 'Revenue by platform');
    const panel = linesPanel(page);
    await waitForLines(panel, `Lines 1–100 of ${LINE_SALES.length}`);
    await panel.getByRole('radio', { name: 'File order' }).check();
    await expect.poll(async () => (await shownLines(panel))[0]?.line, { timeout: 60_000 }).toBe('line 2');
    const [deezer, deezerSmall] = await shownLines(panel);
    expect(deezer!.texts.slice(1, 3)).toEqual(['Deezer', 'DE']);
    expect([deezer!.texts[6], deezer!.texts[7]]).toEqual(['€0.35', 'no rate yet']);
    expect([deezerSmall!.texts[6], deezerSmall!.texts[7]]).toEqual(['€0.0712', 'no rate yet']);
  });

  it('says when a filter on totals was set aside', async () => {
    await page.getByRole('button', { name: 'Add filter…' }).click();
    const editor = page.getByRole('form', { name: 'New filter' });
    await editor.getByLabel('Field').selectOption('revenue');
    await editor.getByLabel('Condition').selectOption('greaterThan');
    await editor.getByLabel('Value').fill('0');
    await editor.getByRole('button', { name: 'Apply filter' }).click();
    const panel = linesPanel(page);
    await panel.getByText('1 filter on totals does not apply to single lines and was set aside.').waitFor({ timeout: 60_000 });
    await waitForLines(panel, `Lines 1–100 of ${LINE_SALES.length}`);
    await page.getByRole('region', { name: 'Filters' }).getByRole('button', { name: /^Remove filter: Revenue/ }).click();
    await expect.poll(() => panel.getByText(/set aside/).count(), { timeout: 60_000 }).toBe(0);
  });

  it('closes, handing focus back to the button that opened it, and ran without a page error', async () => {
    await linesPanel(page).scrollIntoViewIfNeeded();
    await page.screenshot({ path: resultPath('breakdown-statement-lines.png'), fullPage: true });
    await linesPanel(page).getByRole('button', { name: 'Close statement lines' }).click();
    expect(await linesPanel(page).count()).toBe(0);
    const toggle = page.getByRole('button', { name: 'Statement lines', exact: true });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.evaluate((button) => button.ownerDocument.activeElement === button)).toBe(true);
    expect(session.problems).toEqual([]);
  });
});
