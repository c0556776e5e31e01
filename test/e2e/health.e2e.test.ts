import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserSession } from '../support/browser';
import { toUnits } from './exact-figures';
import { ImportPage } from './import-page';
import { isoDay, lastDay, monthsBack, pad, type Month } from './months-back';
import { goTo, openWorkstationInBrowser, resultPath, type WorkstationInBrowser } from './workstation-in-browser';

// ---- A label's statements, dated back from this month so every report has something recent ----

/** Days since 1970, to count days between two ISO days. */
const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/** A UPC-A barcode: eleven digits and the check digit they call for. */
function upc(eleven: string): string {
  const digits = [...eleven].map(Number);
  const sum = digits.reduce((total, digit, i) => total + digit * (i % 2 === 0 ? 3 : 1), 0);
  return eleven + String((10 - (sum % 10)) % 10);
}

interface Sale {
  store: string;
  /** Months before this one. */
  back: number;
  day: number;
  isrc: string;
  song: string;
  release: string;
  upc: string;
  type: 'Streaming' | 'Download';
  units: number;
  earned: string;
}

const HARBOUR = { isrc: 'QZHLT2600001', song: 'Harbour Lights', release: 'Harbour Lights', upc: upc('19345678001') };
const QUIET = { isrc: 'QZHLT2600002', song: 'Quiet Water', release: 'Quiet Water', upc: upc('19345678002') };
const FIRST_LIGHT = { isrc: 'QZHLT2600005', song: 'First Light', release: 'First Light', upc: upc('19345678005') };

/**
 * One TuneCore statement, one sale day per line, each posted on the first of the month after its
 * sale: Spotify sells in months 4, 3 and 1 back (so month 2 back is missing), Deezer only in
 * month 4 back (so it is late since), and Quiet Water's return cancels its sale.
 */
const TUNECORE_SALES: Sale[] = [
  { store: 'Spotify', back: 4, day: 1, ...HARBOUR, type: 'Streaming', units: 1000, earned: '4.00' },
  { store: 'Spotify', back: 4, day: 5, ...HARBOUR, type: 'Streaming', units: 250, earned: '1.00' },
  { store: 'Spotify', back: 4, day: 20, ...HARBOUR, type: 'Streaming', units: 500, earned: '2.00' },
  { store: 'Spotify', back: 3, day: 3, ...HARBOUR, type: 'Streaming', units: 750, earned: '3.00' },
  { store: 'Spotify', back: 1, day: 10, ...HARBOUR, type: 'Streaming', units: 1250, earned: '5.00' },
  { store: 'Deezer', back: 4, day: 3, ...QUIET, type: 'Download', units: 1, earned: '0.50' },
  { store: 'Deezer', back: 4, day: 4, ...QUIET, type: 'Download', units: -1, earned: '-0.50' },
  { store: 'Spotify', back: 1, day: 2, ...FIRST_LIGHT, type: 'Streaming', units: 100, earned: '0.37' },
];

const TUNECORE_HEADER =
  'Sales Period,Posted Date,Store Name,Country Of Sale,Artist,Release Type,Release Title,Song Title,Label,UPC,Optional UPC,TC Song ID,Optional ISRC,Sales Type,# Units Sold,Per Unit Price,Net Sales,Net Sales Currency,Exchange Rate,Total Earned,Currency';

function tuneCoreText(): string {
  const rows = TUNECORE_SALES.map((sale, i) =>
    [isoDay(monthsBack(sale.back), sale.day), isoDay(monthsBack(sale.back - 1), 1), sale.store, 'US', 'Night Ferry', 'Single', sale.release, sale.song, 'Harbour Records',
      sale.upc, '', 4200001 + i, sale.isrc, sale.type, sale.units, '0.004', sale.earned, 'USD', '1.0000', sale.earned, 'USD'].join(','),
  );
  return [TUNECORE_HEADER, ...rows].join('\n') + '\n';
}

interface AppleLine {
  isrc: string;
  title: string;
  upc: string;
  quantity: number;
  share: string;
  extended: string;
  kind: 'S' | 'R';
}

const APPLE_HEADER = [
  'Start Date', 'End Date', 'UPC', 'ISRC/ISBN', 'Vendor Identifier', 'Quantity', 'Partner Share', 'Extended Partner Share', 'Partner Share Currency',
  'Sales or Return', 'Apple Identifier', 'Artist/Show/Developer/Author', 'Title', 'Label/Studio/Network/Developer/Publisher', 'Grid',
  'Product Type Identifier', 'ISAN/Other Identifier', 'Country Of Sale', 'Pre-order Flag', 'Promo Code', 'Customer Price', 'Customer Currency',
];

const usDay = (m: Month, day: number) => `${pad(m.month)}/${pad(day)}/${m.year}`;

/** An Apple financial report for one whole month, ending in the totals it states about itself. */
function appleText(back: number, lines: AppleLine[], statedAmount: string): string {
  const m = monthsBack(back);
  const row = (cells: (string | number)[]) => [...cells.map(String), ...Array<string>(APPLE_HEADER.length - cells.length).fill('')].join('\t');
  const products = lines.map((line, i) =>
    row([usDay(m, 1), usDay(m, lastDay(m)), line.upc, line.isrc, line.isrc, line.quantity, line.share, line.extended, 'USD', line.kind, 1800000000 + i,
      'Night Ferry', line.title, 'Harbour Records', '', 'H', '', 'US', '', '', '0.99', 'USD']),
  );
  const units = lines.reduce((sum, line) => sum + line.quantity, 0);
  return [APPLE_HEADER.join('\t'), ...products, row(['Total_Rows', lines.length]), row(['Total_Amount', statedAmount]), row(['Total_Units', units])].join('\n') + '\n';
}

const LANTERN = { isrc: 'QZHLT2600003', title: 'Lantern', upc: upc('19345678003') };
const NIGHT_SWIM = { isrc: 'QZHLT2600004', title: 'Night Swim', upc: upc('19345678004') };

/** Adds up to its stated total. */
const APPLE_MATCHED: AppleLine[] = [
  { ...LANTERN, quantity: 12, share: '0.70', extended: '8.40', kind: 'S' },
  { ...LANTERN, quantity: -1, share: '0.70', extended: '-0.70', kind: 'R' },
];
/** States 1.80 where its one line earned 1.89. */
const APPLE_MISMATCHED: AppleLine[] = [{ ...NIGHT_SWIM, quantity: 3, share: '0.63', extended: '1.89', kind: 'S' }];
const MISMATCH_STATED = '1.80';

const FILES = {
  tunecore: 'tunecore-night-ferry.csv',
  appleMatched: 'apple-financial-matched.txt',
  appleMismatched: 'apple-financial-mismatched.txt',
};

// ---- What the reports must say, worked out here from the lines above, sharing no code with the app ----

/** Each recording's net earnings, by ISRC, in 1e-16 units. */
function earningsByRecording(): Map<string, bigint> {
  const sums = new Map<string, bigint>();
  const add = (isrc: string, earned: string) => sums.set(isrc, (sums.get(isrc) ?? 0n) + toUnits(earned));
  for (const sale of TUNECORE_SALES) add(sale.isrc, sale.earned);
  for (const line of [...APPLE_MATCHED, ...APPLE_MISMATCHED]) add(line.isrc, line.extended);
  return sums;
}

/** Whole cents as the app shows US dollars: "$1,234.56". */
function dollars(units: bigint): string {
  const cents = units / 10n ** 14n;
  const whole = (cents / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `$${whole}.${(cents % 100n).toString().padStart(2, '0')}`;
}

/** part / whole as a percentage with one decimal, half up. */
function percent(part: bigint, whole: bigint): string {
  const tenths = (part * 2000n + whole) / (2n * whole);
  return `${tenths / 10n}.${tenths % 10n}%`;
}

/** The last day any statement covers: the reach of the release marks. */
function dataThrough(): string {
  const tunecore = TUNECORE_SALES.map((sale) => isoDay(monthsBack(sale.back), sale.day));
  const apple = [monthsBack(3), monthsBack(2)].map((m) => isoDay(m, lastDay(m)));
  return [...tunecore, ...apple].sort().at(-1)!;
}

/** A single-day release's revenue and streams through its `days`-th day, or "not yet" past the statements' reach. */
function expectedMark(release: string, days: number): [string, string] {
  const sales = TUNECORE_SALES.filter((sale) => sale.release === release).map((sale) => ({ ...sale, on: dayNumber(isoDay(monthsBack(sale.back), sale.day)) }));
  const first = Math.min(...sales.map((sale) => sale.on));
  if (first + days - 1 > dayNumber(dataThrough())) return ['not yet', 'not yet'];
  const inside = sales.filter((sale) => sale.on - first + 1 <= days);
  const revenue = inside.reduce((sum, sale) => sum + toUnits(sale.earned), 0n);
  const streams = inside.filter((sale) => sale.type === 'Streaming').reduce((sum, sale) => sum + sale.units, 0);
  return [dollars(revenue), streams.toLocaleString('en-US')];
}

/** A store's sale months (as months back) and, every sale being reported the month after, the verdict on `back`. */
function expectedCell(store: string, back: number): string {
  const months = new Set(TUNECORE_SALES.filter((sale) => sale.store === store).map((sale) => sale.back));
  const first = Math.max(...months);
  const last = Math.min(...months);
  if (months.has(back)) return 'Present';
  if (back > first) return 'Before first';
  if (back > last) return 'Missing';
  // Reported a month after the sale: due once that month is over, so late from two months on.
  return back - 1 > 0 ? 'Late' : 'Not due yet';
}

const GRID_MONTHS = 18;

// ---- Page helpers ----

async function cellTexts(row: Locator): Promise<string[]> {
  return (await row.getByRole('cell').allTextContents()).map((text) => text.trim());
}

describe('Catalogue health in the browser, from an empty store to four reports', () => {
  let workstation: WorkstationInBrowser;
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    workstation = await openWorkstationInBrowser('health');
    ({ session, page } = workstation);
  });

  afterAll(async () => {
    await workstation?.close();
  });

  it('opens from the header of a first run and says, panel by panel, that there is nothing yet', async () => {
    await workstation.openFirstRun();
    await goTo(page, 'Catalogue health', 'Catalogue health');
    expect(new URL(page.url()).hash).toBe('#/health');
    const link = page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Catalogue health' });
    expect(await link.getAttribute('aria-current')).toBe('page');

    await page.getByRole('region', { name: 'Catalogue health' }).getByText(/No recording was sold by the end of this range/).waitFor();
    await page.getByRole('region', { name: 'Release comparison' }).getByText(/No release has sales yet/).waitFor();
    await page.getByRole('region', { name: 'Statement checks' }).getByText(/Nothing imported yet/).waitFor();
    await page.getByRole('region', { name: 'Completeness' }).getByText(/No platform has reported any sales yet/).waitFor();
    // The empty store's "last 12 months" is still a window, and the time bar says which.
    expect(await page.getByRole('radio', { name: 'Last 12 months' }).isChecked()).toBe(true);
  });

  it('imports a TuneCore statement and two Apple reports, one of which disagrees with its own total', async () => {
    writeFileSync(join(workstation.folder, FILES.tunecore), tuneCoreText());
    writeFileSync(join(workstation.folder, FILES.appleMatched), appleText(3, APPLE_MATCHED, '7.70'));
    writeFileSync(join(workstation.folder, FILES.appleMismatched), appleText(2, APPLE_MISMATCHED, MISMATCH_STATED));
    const imports = new ImportPage(page);
    await imports.open();
    await imports.stage(Object.values(FILES).map((name) => join(workstation.folder, name)));
    for (const name of Object.values(FILES)) await imports.waitForPreview(name, 'Ready');
    const summary = await imports.importReady(3);
    const lines = TUNECORE_SALES.length + APPLE_MATCHED.length + APPLE_MISMATCHED.length;
    await summary.getByText(`3 files imported, with ${lines} lines.`).waitFor();
  });

  it('counts the recordings that earned, the long tail and the revenue of the last 12 months', async () => {
    await goTo(page, 'Catalogue health', 'Catalogue health');
    const earnings = [...earningsByRecording().values()].sort((a, b) => (a === b ? 0 : a > b ? -1 : 1));
    const total = earnings.reduce((sum, units) => sum + units, 0n);
    const earning = earnings.filter((units) => units > 0n).length;
    const headCount = Math.ceil(earnings.length * 0.2);
    const head = earnings.slice(0, headCount).reduce((sum, units) => sum + units, 0n);

    const figure = (key: string) => page.getByTestId(`health-${key}`).locator('.health-figure-value');
    const detail = (key: string) => page.getByTestId(`health-${key}`).locator('.health-figure-detail');
    await expect.poll(() => figure('earning').textContent()).toBe(`${earning} of ${earnings.length}`);
    expect([earning, earnings.length]).toEqual([4, 5]);
    expect(await detail('earning').textContent()).toMatch(new RegExp(`^recordings earned \\(${percent(BigInt(earning), BigInt(earnings.length)).replace('.', '\\.')}\\)`));
    expect(await figure('revenue').textContent()).toBe(dollars(total));
    expect(await figure('longTail').textContent()).toBe(percent(total - head, total));
    expect(await detail('longTail').textContent()).toContain(`the ${headCount} recording that earned ${dollars(head)}`);
  });

  it('waits behind a notice while a custom range is unfinished, the date being typed keeping its focus', async () => {
    const panel = page.getByRole('region', { name: 'Catalogue health' });
    await panel.getByRole('radio', { name: 'Custom' }).check();
    const from = panel.getByLabel('From');
    await from.fill('');
    await panel.getByRole('status').filter({ hasText: 'Choose a start date and an end date.' }).waitFor();
    expect(await panel.getByTestId('health-earning').count()).toBe(0);
    expect(await from.evaluate((input) => input === input.ownerDocument.activeElement)).toBe(true);
    await panel.getByRole('radio', { name: 'Last 12 months' }).check();
    await expect.poll(() => panel.getByTestId('health-earning').locator('.health-figure-value').textContent()).toBe('4 of 5');
  });

  it('lines the newest releases up from their first sale day, saying "not yet" where the statements stop', async () => {
    const table = page.getByRole('table', { name: /^Latest releases/ });
    await table.waitFor();
    // Five releases: the three TuneCore singles and the two Apple ones.
    await expect.poll(() => table.locator('tbody tr').count()).toBe(5);
    for (const release of ['Harbour Lights', 'First Light']) {
      const row = table.getByRole('row', { name: new RegExp(`^${release}`) });
      const expected = [7, 30, 90].flatMap((days) => expectedMark(release, days));
      expect((await cellTexts(row)).slice(2)).toEqual(expected);
    }
    expect(expectedMark('First Light', 30)).toEqual(['not yet', 'not yet']);
    expect(expectedMark('Harbour Lights', 90)[0]).toBe('$10.00');
    // A monthly Apple report runs across day 7 of its release: that figure is spread, and says so.
    expect(await table.locator('td[title^="Estimated: a statement period runs across day 7"]').count()).toBeGreaterThan(0);

    const chart = page.getByRole('img', { name: 'Cumulative revenue by release' });
    await chart.waitFor();
    const description = await page.locator(`[id="${await chart.getAttribute('aria-describedby')}"]`).textContent();
    // Curves stop where the statements do: the longest is the earliest release's, in whole weeks.
    const harbourDays = TUNECORE_SALES.filter((sale) => sale.release === 'Harbour Lights').map((sale) => dayNumber(isoDay(monthsBack(sale.back), sale.day)));
    const reach = Math.min(182, Math.floor((dayNumber(dataThrough()) - Math.min(...harbourDays) + 1) / 7) * 7);
    expect(description).toMatch(new RegExp(`^Cumulative revenue of 5 releases by days since each one's first sale, every 7 days up to day ${reach}\\.`));
    expect(description).toContain(`Harbour Lights: ${expectedMark('Harbour Lights', reach)[0]} by day ${reach}`);
    expect(description).toContain(`First Light: ${expectedMark('First Light', 7)[0]} by day 7`);
  });

  it('puts the file that disagrees with its stated total first, with the exact difference', async () => {
    const panel = page.getByRole('region', { name: 'Statement checks' });
    await panel.getByText('1 mismatch · 1 matched · 1 without a stated total').waitFor();
    const rows = panel.getByRole('table', { name: 'Statement checks' }).locator('tbody tr');
    expect(await rows.first().getByRole('rowheader').textContent()).toBe(FILES.appleMismatched);

    const found = APPLE_MISMATCHED.reduce((sum, line) => sum + toUnits(line.extended), 0n);
    const difference = found - toUnits(MISMATCH_STATED);
    const hundredths = (units: bigint) => `${units / 10n ** 16n}.${((units % 10n ** 16n) / 10n ** 14n).toString().padStart(2, '0')}`;
    expect(await cellTexts(rows.first())).toEqual([
      // The format, with the store its lines were sold on beneath it
      'Apple financial reportiTunes', 'Total_Amount', `${MISMATCH_STATED} USD`, `${hundredths(found)} USD`, `+${hundredths(difference)} USD`, 'Mismatch', 'All 3 checks',
    ]);
    expect(`+${hundredths(difference)}`).toBe('+0.09');

    const rowOf = (file: string) => panel.getByRole('row', { name: new RegExp(`^${file.replaceAll('.', '\\.')}`) });
    expect((await cellTexts(rowOf(FILES.appleMatched)))[5]).toBe('Matched');

    await rows.first().getByRole('button', { name: `Show all 3 checks of ${FILES.appleMismatched}` }).click();
    await panel.getByText(/Total_Units \(line \d+\): stated 3, found 3, difference 0 — matches/).waitFor();
  });

  it('folds the statements with no total to check behind one line after the rest, and opens it on demand', async () => {
    const panel = page.getByRole('region', { name: 'Statement checks' });
    const rows = panel.getByRole('table', { name: 'Statement checks' }).locator('tbody tr');
    expect(await rows.last().textContent()).toBe('1 statement states no total — Show');
    const tunecore = panel.getByRole('row', { name: new RegExp(`^${FILES.tunecore.replaceAll('.', '\\.')}`) });
    expect(await tunecore.count()).toBe(0);

    const fold = panel.getByRole('button', { name: 'Show the statements that state no total' });
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    await fold.click();
    expect((await cellTexts(tunecore))[5]).toBe('No stated total');
    const unfold = panel.getByRole('button', { name: 'Hide the statements that state no total' });
    expect(await unfold.getAttribute('aria-expanded')).toBe('true');
    await unfold.click();
    await expect.poll(() => tunecore.count()).toBe(0);
  });

  it('fits a 1024 × 768 window: no report takes the page wider, and the statement checks fit their panel', async () => {
    const before = page.viewportSize()!;
    await page.setViewportSize({ width: 1024, height: 768 });
    try {
      await page.getByRole('table', { name: 'Statement checks' }).waitFor();
      const { scrollWidth, innerWidth } = await page.locator('html').evaluate((html) => ({ scrollWidth: html.scrollWidth, innerWidth: html.ownerDocument.defaultView!.innerWidth }));
      expect(scrollWidth, `the page is ${scrollWidth} px wide in a ${innerWidth} px window`).toBeLessThanOrEqual(innerWidth);
      const frame = page.getByRole('table', { name: 'Statement checks' }).locator('xpath=..');
      expect(await frame.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: resultPath('health-1024.png'), fullPage: true });
    } finally {
      await page.setViewportSize(before);
    }
  });

  it('shows which platform months are in, missing or late, in words as well as symbols', async () => {
    const panel = page.getByRole('region', { name: 'Completeness' });
    const table = panel.getByRole('table', { name: 'Sales imported per platform and sale month' });
    await table.waitFor();
    expect(await table.getByRole('columnheader').count()).toBe(GRID_MONTHS + 1);
    const monthName = (m: Month) => `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m.month - 1]} ${m.year}`;
    expect((await table.getByRole('columnheader').last().textContent())?.endsWith(monthName(monthsBack(0)))).toBe(true);

    let missing = 0;
    let late = 0;
    for (const store of ['Spotify', 'Deezer']) {
      const cells = await cellTexts(table.getByRole('row', { name: new RegExp(`^${store}`) }));
      expect(cells).toHaveLength(GRID_MONTHS);
      for (let back = 0; back < GRID_MONTHS; back++) {
        const expected = expectedCell(store, back);
        // Each cell is a symbol for the eye and its state in words.
        expect(cells[GRID_MONTHS - 1 - back]!.slice(1), `${store}, ${back} months back`).toBe(expected);
        if (expected === 'Missing') missing += 1;
        if (expected === 'Late') late += 1;
      }
    }
    expect([missing, late]).toEqual([1, 2]);
    // The Apple reports' platform has neither, so the panel counts the TuneCore stores' alone.
    await panel.getByText(`Last ${GRID_MONTHS} sale months · ${missing} missing · ${late} late`).waitFor();
    await panel.getByRole('term').filter({ hasText: 'Missing' }).waitFor();
  });

  it('ran without a page error, and leaves a screenshot of the page', async () => {
    await page.getByRole('heading', { name: 'Catalogue health', level: 1 }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: resultPath('health.png'), fullPage: true });
    expect(session.problems).toEqual([]);
  });
});
