import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebBridge, type WebBridge } from '../../src/main/bridge/web-bridge';
import { resolveDataLocation, type DataLocation } from '../../src/main/core/data-location';
import { openBrowser, type BrowserSession } from '../support/browser';

const root = resolve(import.meta.dirname, '..', '..');
const screenshotFile = join(root, 'test-results', 'overview.png');

/** `npm test` builds first; a lone run of this file builds only when there is nothing to serve. */
function ensureRendererBuilt(): void {
  if (existsSync(join(root, 'out', 'renderer', 'index.html'))) return;
  const build = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('electron-vite build failed');
}

// ---- Totals worked out from the statement files themselves, sharing no code with the importer ----

const SCALE = 16;

/** Splits delimited text into rows, honouring double-quoted fields and any line ending. */
function parseDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows.filter((cells) => cells.length > 1 || cells[0] !== '');
}

/** A plain decimal as an exact count of 1e-16. */
function toUnits(text: string): bigint {
  const match = /^(-)?(\d*)(?:\.(\d*))?$/.exec(text.trim());
  if (!match || (match[3] ?? '').length > SCALE) throw new Error(`not a plain decimal: "${text}"`);
  const units = BigInt((match[2] || '0') + (match[3] ?? '').padEnd(SCALE, '0'));
  return match[1] ? -units : units;
}

/** 1e-16 units to whole cents, half away from zero. */
function toCents(units: bigint): bigint {
  const step = 10n ** BigInt(SCALE - 2);
  const magnitude = units < 0n ? -units : units;
  const cents = (magnitude + step / 2n) / step;
  return units < 0n ? -cents : cents;
}

/** "$70,309.71" → 7030971n. */
function displayedCents(text: string): bigint {
  const match = /^(-)?\$([\d,]+)\.(\d{2})$/.exec(text.trim());
  if (!match) throw new Error(`not a dollar amount: "${text}"`);
  const cents = BigInt(match[2]!.replaceAll(',', '') + match[3]);
  return match[1] ? -cents : cents;
}

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

// ---- Page helpers ----

async function exportCsv(page: Page, choose: (dialog: Locator) => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export to CSV' });
  await expect.poll(() => dialog.isVisible()).toBe(true);
  await choose(dialog);
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save' }).click()]);
  const path = await download.path();
  await dialog.getByRole('status').filter({ hasText: 'Downloading' }).waitFor();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect.poll(() => dialog.isVisible()).toBe(false);
  return { download, bytes: readFileSync(path) };
}

describe('Overview in the browser, first run to export', () => {
  let folder: string;
  let location: DataLocation;
  let bridge: WebBridge;
  let session: BrowserSession;
  let page: Page;
  let totals: StatementTotals;

  beforeAll(async () => {
    ensureRendererBuilt();
    folder = mkdtempSync(join(tmpdir(), 'tunemantra-overview-e2e-'));
    location = resolveDataLocation(join(folder, 'workstation.sqlite'));
    bridge = await startWebBridge({ location, port: 0 });
    session = await openBrowser();
    page = session.page;
  });

  afterAll(async () => {
    await session?.close();
    await bridge?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('welcomes a first run and takes the token out of the address bar', async () => {
    await page.goto(bridge.url);
    await page.getByRole('heading', { name: /See what your catalogue earns/ }).waitFor();
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
    totals = statementTotals(join(location.dataDir, 'demo-statements'));
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
      { token: bridge.token },
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

  it('ran without a page error, and leaves a screenshot of the Overview', async () => {
    mkdirSync(join(root, 'test-results'), { recursive: true });
    await page.getByRole('heading', { name: 'Overview', level: 1 }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotFile, fullPage: true });
    expect(session.problems).toEqual([]);
  });
});
