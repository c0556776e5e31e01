import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserSession } from '../support/browser';
import { displayedCents, parseDelimited, toCents, toUnits } from './exact-figures';
import { escapeAndReopen } from './escape-and-reopen';
import { exportCsv } from './export-csv';
import { openWorkstationInBrowser, resultPath, type WorkstationInBrowser } from './workstation-in-browser';

// ---- Totals worked out from the statement files themselves, sharing no code with the importer ----

/** "21,690,951" → 21690951n. */
function displayedCount(text: string): bigint {
  if (!/^-?[\d,]+$/.test(text.trim())) throw new Error(`not a count: "${text}"`);
  return BigInt(text.trim().replaceAll(',', ''));
}

interface StatementTotals {
  earnedUnits: bigint;
  quantity: bigint;
  stores: Set<string>;
}

/** Reads every demo statement: DistroKid (tab or quoted comma) and TuneCore, matched by header name. */
function statementTotals(folder: string): StatementTotals {
  const totals: StatementTotals = { earnedUnits: 0n, quantity: 0n, stores: new Set() };
  const files = readdirSync(folder).filter((name) => /\.(tsv|csv)$/.test(name));
  expect(files.length).toBeGreaterThan(0);
  for (const name of files) {
    // Latin-1 keeps every byte as one character: the figures are ASCII whatever the file's encoding.
    const text = readFileSync(join(folder, name)).toString('latin1').replace(/^\u00ef\u00bb\u00bf/, '');
    const firstLine = text.slice(0, text.search(/[\r\n]/));
    const [header, ...lines] = parseDelimited(text, firstLine.includes('\t') ? '\t' : ',');
    const column = (...names: string[]) => {
      const index = header!.findIndex((cell) => names.includes(cell.trim()));
      if (index < 0) throw new Error(`${name} has none of the columns ${names.join(', ')}`);
      return index;
    };
    const earned = column('Earnings (USD)', 'Total Earned');
    const quantity = column('Quantity', '# Units Sold');
    const store = column('Store', 'Store Name');
    for (const cells of lines) {
      totals.earnedUnits += toUnits(cells[earned]!);
      totals.quantity += BigInt(cells[quantity]!.trim());
      totals.stores.add(cells[store]!.trim());
    }
  }
  return totals;
}

describe('Overview in the browser, first run to export', () => {
  let workstation: WorkstationInBrowser;
  let session: BrowserSession;
  let page: Page;
  let totals: StatementTotals;

  beforeAll(async () => {
    workstation = await openWorkstationInBrowser('overview');
    ({ session, page } = workstation);
  });

  afterAll(async () => {
    await workstation?.close();
  });

  it('welcomes a first run and takes the token out of the address bar', async () => {
    await workstation.openFirstRun();
    expect(new URL(page.url()).searchParams.has('token')).toBe(false);
    await expect.poll(() => page.getByRole('button', { name: 'Load demo data' }).isEnabled()).toBe(true);
  });

  it('loads the demo data with a progress bar, then opens the Overview', async () => {
    await page.getByRole('button', { name: 'Load demo data' }).click();
    await page.getByRole('progressbar', { name: 'Loading demo data' }).waitFor();
    await page.getByRole('button', { name: 'Cancel' }).waitFor();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor({ timeout: 150_000 });
    await page.getByTestId('kpi-revenue').waitFor();
  });

  it('shows all-time figures equal to the totals of the statement files', async () => {
    totals = statementTotals(join(workstation.location.dataDir, 'demo-statements'));
    await page.getByRole('radio', { name: 'All time' }).check();
    const revenueCard = page.getByRole('region', { name: 'Revenue', exact: true });
    // All time has no earlier period; the change line says so once the new answer is in.
    await revenueCard.getByText('no earlier period to compare').waitFor();

    const revenue = (await page.getByTestId('kpi-revenue').textContent()) ?? '';
    const units = (await page.getByTestId('kpi-units').textContent()) ?? '';
    const streams = (await page.getByTestId('kpi-streams').textContent()) ?? '';
    expect(displayedCents(revenue)).toBe(toCents(totals.earnedUnits));
    expect(displayedCount(units)).toBe(totals.quantity);
    // Streams are the stream-type share of the units, so they are positive and never more.
    expect(displayedCount(streams)).toBeGreaterThan(0n);
    expect(displayedCount(streams)).toBeLessThanOrEqual(totals.quantity);
    await expect.poll(() => revenueCard.getByText('USD').isVisible()).toBe(true);

    await page.getByRole('img', { name: 'Revenue by month' }).waitFor();
    await page.getByRole('img', { name: 'Revenue by platform' }).waitFor();
    const recordings = page.getByRole('table', { name: 'Top recordings by revenue' });
    await expect.poll(() => recordings.getByRole('row').count()).toBe(11);
  });

  it('exports every platform as semicolon CSV with LF and no BOM, adding up to the total', async () => {
    const { download, bytes } = await exportCsv(page, async (dialog) => {
      await dialog.getByRole('radio', { name: 'Revenue by platform' }).check();
      await dialog.getByLabel('Delimiter').selectOption(';');
      await dialog.getByRole('checkbox', { name: /UTF-8 BOM/ }).uncheck();
      await dialog.getByRole('radio', { name: /^LF/ }).check();
    });
    expect(download.suggestedFilename()).toMatch(/^overview-revenue-by-platform-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).not.toContain('\r');

    const [header, ...rows] = parseDelimited(text, ';');
    expect(header!.length).toBe(3);
    expect(header!.join(';')).toMatch(/platform/i);
    const revenue = header!.findIndex((cell) => /revenue/i.test(cell));
    expect(revenue).toBeGreaterThanOrEqual(0);

    // Every platform, not the ten on screen: as many rows as the engine counts platforms, and no
    // more than the distinct store names the statements use (aliases fold into one platform).
    const counted = await page.evaluate(
      async ({ token }) => {
        const response = await fetch('/api/invoke/query:run', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Workstation-Token': token },
          body: JSON.stringify({ metrics: ['revenue'], dimensions: ['platform'], timeRange: { kind: 'preset', preset: 'all' } }),
        });
        return ((await response.json()) as { value: { totalRows: number } }).value.totalRows;
      },
      { token: workstation.bridge.token },
    );
    expect(rows.length).toBe(counted);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThanOrEqual(totals.stores.size);

    const sum = rows.reduce((total, cells) => total + toUnits(cells[revenue]!), 0n);
    expect(toCents(sum)).toBe(toCents(totals.earnedUnits));
  });

  it('exports with tab, BOM and CRLF when asked', async () => {
    const { bytes } = await exportCsv(page, async (dialog) => {
      await dialog.getByLabel('Delimiter').selectOption('\t');
      await dialog.getByRole('checkbox', { name: /UTF-8 BOM/ }).check();
      await dialog.getByRole('radio', { name: /^CRLF/ }).check();
    });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    const lines = text.split('\n');
    expect(lines.at(-1)).toBe('');
    for (const line of lines.slice(0, -1)) expect(line.endsWith('\r')).toBe(true);
    expect(lines[0]).toContain('\t');
  });

  it('Export… by keyboard: Escape gives the focus back to it, where Enter at once opens the dialog again, without the last export’s outcome', async () => {
    const exportButton = page.getByRole('button', { name: 'Export…' });
    const dialog = page.getByRole('dialog', { name: 'Export to CSV' });
    await exportButton.focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    expect(await dialog.getByRole('button', { name: 'Cancel' }).isVisible()).toBe(true);
    await escapeAndReopen(page, dialog);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => exportButton.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
  });

  it('ran without a page error, and leaves a screenshot of the Overview', async () => {
    await page.getByRole('heading', { name: 'Overview', level: 1 }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: resultPath('overview.png'), fullPage: true });
    expect(session.problems).toEqual([]);
  });
});
