import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserSession } from '../support/browser';
import { DISTROKID_13_HEADER } from '../support/temp-store';
import { twoSheetWorkbook, WORKBOOK_SHEETS } from '../fixtures/two-sheet-workbook';
import { ImportPage, openOnImportPage } from './import-page';
import { goTo, openWorkstationInBrowser, resultPath, ROOT, type WorkstationInBrowser } from './workstation-in-browser';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'statements');

/** The earnings of each fixture, added up by hand (see test/integration/import/statement-fixtures.test.ts). */
const DISTROKID_LEGACY_USD = '12.74358024679';
const TUNECORE_SALES_USD = '7.797106160651';

// ---- Money worked out here, sharing no code with the app ----

/** A plain decimal as whole cents, half away from zero. */
function cents(decimal: string): bigint {
  const match = /^(-)?(\d+)(?:\.(\d*))?$/.exec(decimal);
  if (!match) throw new Error(`not a plain decimal: "${decimal}"`);
  const fraction = (match[3] ?? '').padEnd(3, '0');
  let value = BigInt(match[2]! + fraction.slice(0, 2));
  if (Number(fraction[2]) >= 5) value += 1n;
  return match[1] ? -value : value;
}

/** Whole cents as the app shows US dollars: "$1,234.56". */
function dollars(amount: bigint): string {
  const whole = (amount / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `$${whole}.${(amount % 100n).toString().padStart(2, '0')}`;
}

/** Adds two plain non-negative decimals digit by digit. */
function sumDecimals(a: string, b: string): string {
  const places = Math.max(a.split('.')[1]?.length ?? 0, b.split('.')[1]?.length ?? 0);
  const units = (text: string) => BigInt(text.replace('.', '') + '0'.repeat(places - (text.split('.')[1]?.length ?? 0)));
  const total = (units(a) + units(b)).toString().padStart(places + 1, '0');
  return `${total.slice(0, total.length - places)}.${total.slice(total.length - places)}`;
}

// ---- Page helpers ----

async function allTimeRevenue(page: Page): Promise<string> {
  await goTo(page, 'Overview', 'Overview');
  await page.getByRole('radio', { name: 'All time' }).check();
  await page.getByRole('region', { name: 'Revenue', exact: true }).getByText('no earlier period to compare').waitFor();
  return (await page.getByTestId('kpi-revenue').textContent()) ?? '';
}

describe('Import in the browser: check, import, undo, quarantine', () => {
  let workstation: WorkstationInBrowser;
  let session: BrowserSession;
  let page: Page;
  let imports: ImportPage;

  /** Stages fixture statements; the button always offers to pick more than one. */
  async function pickFixtures(names: string[]): Promise<void> {
    const chooser = await imports.stage(names.map((name) => join(FIXTURES, name)));
    expect(chooser.isMultiple()).toBe(true);
  }

  beforeAll(async () => {
    workstation = await openWorkstationInBrowser('import');
    ({ session, page } = workstation);
    imports = new ImportPage(page);
  });

  afterAll(async () => {
    await workstation?.close();
  });

  it('opens the Import page from the header of a first run, with an empty history that says what to do', async () => {
    await workstation.openFirstRun();
    await imports.open();
    const nav = page.getByRole('navigation', { name: 'Pages' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Overview', 'Breakdown', 'Catalogue health', 'Import', 'Review recordings', 'FX rates', 'Platforms']);
    expect(await nav.getByRole('link', { name: 'Import' }).getAttribute('aria-current')).toBe('page');
    await page.getByText('Nothing imported yet.').waitFor();
  });

  it('checks three picked files: DistroKid and TuneCore ready with their exact totals, the shopping list rejected with its reason', async () => {
    await pickFixtures(['distrokid-legacy.tsv', 'tunecore-sales.csv', 'shopping-list.csv']);

    const distrokid = imports.card('distrokid-legacy.tsv');
    await distrokid.getByText('Ready', { exact: true }).waitFor();
    await distrokid.getByText('DistroKid · 13-column · UTF-8').waitFor();
    const distrokidTotal = distrokid.getByTitle(`${DISTROKID_LEGACY_USD} USD`);
    expect(await distrokidTotal.textContent()).toBe(dollars(cents(DISTROKID_LEGACY_USD)));
    expect(await distrokid.getByRole('table', { name: 'First lines of distrokid-legacy.tsv' }).getByRole('row').count()).toBe(6);

    const tunecore = imports.card('tunecore-sales.csv');
    await tunecore.getByText('Ready', { exact: true }).waitFor();
    await tunecore.getByText(/^TuneCore/).waitFor();
    expect(await tunecore.getByTitle(`${TUNECORE_SALES_USD} USD`).textContent()).toBe(dollars(cents(TUNECORE_SALES_USD)));

    const shopping = imports.card('shopping-list.csv');
    await shopping.getByText('Rejected', { exact: true }).waitFor();
    await shopping.getByText(/line 1: not a statement layout this app recognises \(it begins "item,quantity,price"\)/).waitFor();

    expect(await page.getByRole('radio', { name: 'Lenient' }).isChecked()).toBe(true);
    expect(await page.getByRole('button', { name: 'Import 2 files' }).isEnabled()).toBe(true);
  });

  it('imports the two ready files, sums them up, and lists both in the history', async () => {
    const summary = await imports.importReady(2);
    await summary.getByText('2 files imported, with 10 lines.').waitFor();
    expect(await summary.getByRole('listitem').count()).toBe(2);
    await expect.poll(() => imports.historyRows().count()).toBe(3);
    // The rejected file stays on the list to be looked at; the imported ones left it.
    expect(await imports.card('shopping-list.csv').isVisible()).toBe(true);
    expect(await imports.card('distrokid-legacy.tsv').count()).toBe(0);
  });

  it('shows all-time revenue on the Overview equal to the two statements added up', async () => {
    expect(await allTimeRevenue(page)).toBe(dollars(cents(sumDecimals(DISTROKID_LEGACY_USD, TUNECORE_SALES_USD))));
  });

  it('undoes the DistroKid import after asking, and the Overview drops by its earnings', async () => {
    await imports.open();
    await expect.poll(() => imports.historyRows().count()).toBe(3);
    await page.getByRole('button', { name: 'Undo import of distrokid-legacy.tsv' }).click();
    const dialog = page.getByRole('dialog', { name: 'Undo this import?' });
    await dialog.getByText('Remove the 5 lines this import added? The original file stays archived.').waitFor();
    await dialog.getByRole('button', { name: 'Undo import' }).click();
    await page.getByRole('status').filter({ hasText: 'Removed 5 lines imported from distrokid-legacy.tsv.' }).waitFor();
    await expect.poll(() => imports.historyRows().count()).toBe(2);
    expect(await imports.history().getByText('tunecore-sales.csv').count()).toBe(1);

    expect(await allTimeRevenue(page)).toBe(dollars(cents(TUNECORE_SALES_USD)));
  });

  it('shows a file picked again after importing it as already imported, and imports nothing', async () => {
    await imports.open();
    await pickFixtures(['tunecore-sales.csv']);
    const card = await imports.waitForPreview('tunecore-sales.csv', 'Already imported');
    await card.getByText('tunecore-sales.csv is already imported, with the same content: importing it again changes nothing.', { exact: true }).waitFor();
    await card.getByText(/^Imported on \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} as TuneCore/).waitFor();
    // Dates on the card are in the app's words, not also as ISO days.
    expect(await card.textContent()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(await page.getByRole('button', { name: 'Nothing to import' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Remove tunecore-sales.csv' }).click();
    await page.getByRole('button', { name: 'Remove shopping-list.csv' }).click();
    expect(await page.getByRole('region', { name: 'Files to import' }).count()).toBe(0);
  });

  it('imports a statement with text for money leniently, quarantining that line, and the CSV says which line and why', async () => {
    await page.getByRole('button', { name: 'Close summary' }).click();
    await pickFixtures(['distrokid-text-in-money.tsv']);
    const file = await imports.waitForPreview('distrokid-text-in-money.tsv', 'Ready');
    await file.getByText('Line 4').waitFor();
    await file.getByText(/twelve cents/).first().waitFor();

    const summary = await imports.importReady(1);
    await summary.getByText('1 file imported, with 3 lines.').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      summary.getByRole('button', { name: 'Download quarantined lines (CSV) of distrokid-text-in-money.tsv' }).click(),
    ]);
    await summary.getByRole('status').filter({ hasText: 'Downloading' }).waitFor();
    const csv = readFileSync(await download.path()).toString('utf8');
    const lines = csv.split(/\r?\n/).filter((line) => line !== '');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^4,/);
    expect(lines[1]).toMatch(/Earnings \(USD\)""?: ""twelve cents"" is not a number/);
    await expect.poll(() => imports.historyRows().count()).toBe(3);
  });

  it("downloads a statement's lines as the store keeps them from the history: the three it took, exact", async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      imports.history().getByRole('button', { name: 'Download the stored lines of distrokid-text-in-money.tsv (CSV)' }).click(),
    ]);
    await imports.history().getByRole('status').filter({ hasText: 'Downloading' }).waitFor();
    expect(download.suggestedFilename()).toBe('distrokid-text-in-money-stored-lines.csv');
    const rows = readFileSync(await download.path()).toString('utf8').split('\r\n').slice(1, -1).map((row) => row.split(','));
    // File, line, platform (by its canonical name), territory and the amount in USD; line 4 was quarantined.
    expect(rows.map((cells) => [cells[0], cells[1], cells[5], cells[6], cells[16]])).toEqual([
      ['distrokid-text-in-money.tsv', '2', 'Spotify', 'US', '3.84123456789'],
      ['distrokid-text-in-money.tsv', '3', 'Apple Music', 'GB', '2.0123456789'],
      ['distrokid-text-in-money.tsv', '5', 'TIDAL', 'NO', '0.11800000'],
    ]);
  });

  it('imports a Spotify for Artists songs export: its history row offers the readings it stored, not lines, and they download', async () => {
    const songs = '3kQm7VxPz2LwR8dNfT1bYc-songs-1year.csv';
    await page.getByRole('button', { name: 'Close summary' }).click();
    await pickFixtures([join('spotify-for-artists', songs)]);
    await imports.waitForPreview(songs, 'Ready');
    await imports.importReady(1);
    await expect.poll(() => imports.historyRows().count()).toBe(4);

    const gaugeRow = imports.historyRows().filter({ hasText: songs });
    expect(await gaugeRow.getByRole('button', { name: `Download the stored lines of ${songs} (CSV)` }).count()).toBe(0);
    const statementRow = imports.historyRows().filter({ hasText: 'tunecore-sales.csv' });
    expect(await statementRow.getByRole('button', { name: 'Download the stored lines of tunecore-sales.csv (CSV)' }).count()).toBe(1);
    expect(await statementRow.getByRole('button', { name: /^Download the readings of/ }).count()).toBe(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      gaugeRow.getByRole('button', { name: `Download the readings of ${songs} (CSV)` }).click(),
    ]);
    await gaugeRow.getByRole('status').filter({ hasText: 'Downloading' }).waitFor();
    expect(download.suggestedFilename()).toBe('3kQm7VxPz2LwR8dNfT1bYc-songs-1year-readings.csv');
    const rows = readFileSync(await download.path()).toString('utf8').split('\r\n');
    expect(rows[0]).toBe('Line,Day,Window,Subject kind,Subject,Recording,ISRC,Metric,Value');
    // The fixture's three songs, each figure a reading; Café Noir has no saves. The first two songs
    // are the ones tunecore-sales.csv brought into the catalogue with their ISRCs.
    expect(rows.slice(1, -1)).toEqual([
      '2,,1year,recording,"Hold On, Let Go","Hold On, Let Go",TCAGH2500051,listeners,5120',
      '2,,1year,recording,"Hold On, Let Go","Hold On, Let Go",TCAGH2500051,streams,18433',
      '2,,1year,recording,"Hold On, Let Go","Hold On, Let Go",TCAGH2500051,saves,640',
      '3,,1year,recording,Blue Horizon,Blue Horizon,TCAGH2500050,listeners,2210',
      '3,,1year,recording,Blue Horizon,Blue Horizon,TCAGH2500050,streams,6105',
      '3,,1year,recording,Blue Horizon,Blue Horizon,TCAGH2500050,saves,133',
      '4,,1year,recording,Café Noir,,,listeners,87',
      '4,,1year,recording,Café Noir,,,streams,140',
    ]);
  });

  it("says an Apple financial report's own trailer totals agree, in its preview and in the summary", async () => {
    const report = 'apple-financial-report.txt';
    // The fixture's trailer: Total_Rows 6, Total_Amount 19.985, Total_Units 20, all true of its lines.
    const agree = "Totals checked against the file's own totals: 3 of 3 agree (Total_Rows 6, Total_Amount 19.985 USD, Total_Units 20).";
    await page.getByRole('button', { name: 'Close summary' }).click();
    await pickFixtures([join('apple', report)]);
    const card = await imports.waitForPreview(report, 'Ready');
    await card.getByText(agree, { exact: true }).waitFor();
    const summary = await imports.importReady(1);
    await summary.getByRole('listitem').filter({ hasText: report }).getByText(agree, { exact: true }).waitFor();
  });

  it('lists a busy file’s first three warnings in the summary and the other two a click away', async () => {
    const name = 'distrokid-five-bad-isrcs.tsv';
    const path = join(workstation.folder, name);
    const badIsrcs = ['NOTANISRC1', 'NOTANISRC2', 'NOTANISRC3', 'NOTANISRC4', 'NOTANISRC5'];
    const lines = badIsrcs.map((isrc, i) => ['2025-04-30', '2025-03', 'Spotify', 'Lena Vos', `Song ${i + 1}`, isrc, '', '10', '1', 'Song', 'US', '0', '0.05'].join('\t'));
    writeFileSync(path, [DISTROKID_13_HEADER, ...lines].join('\n') + '\n');
    await page.getByRole('button', { name: 'Close summary' }).click();
    await imports.stage([path]);
    await imports.waitForPreview(name, 'Ready');
    const summary = await imports.importReady(1);
    const warnings = summary.getByRole('list', { name: `Warnings about ${name}` });
    await expect.poll(() => warnings.getByRole('listitem').count()).toBe(3);
    await summary.getByRole('button', { name: 'Show 2 more warnings' }).click();
    await expect.poll(() => warnings.getByRole('listitem').count()).toBe(5);
    for (const isrc of badIsrcs) await warnings.getByText(new RegExp(isrc)).waitFor();
    await summary.screenshot({ path: resultPath('import-summary-all-warnings.png') });
    await summary.getByRole('button', { name: 'Show fewer warnings' }).click();
    await expect.poll(() => warnings.getByRole('listitem').count()).toBe(3);
  });

  it('ran without a page error, and leaves a screenshot of the Import page', async () => {
    await pickFixtures(['distrokid-legacy.tsv', 'shopping-list.csv']);
    // February 2024, as distrokid-text-in-money.tsv imported above: asked what to do, so not ready yet.
    await imports.waitForPreview('distrokid-legacy.tsv', 'Answer needed');
    await imports.waitForPreview('shopping-list.csv', 'Rejected');
    await page.getByRole('heading', { name: 'Import statements', level: 1 }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: resultPath('import.png'), fullPage: true });
    expect(session.problems).toEqual([]);
  });
});

/** A DistroKid statement of one sale month reported on one day, one line per earning. */
function distrokidStatement(reported: string, saleMonth: string, earnings: string[]): string {
  const lines = earnings.map((earned, i) => [reported, saleMonth, 'Spotify', 'Ana Sol', `Luz ${i + 1}`, `ESA01240000${i + 1}`, '', '10', '100', 'Song', 'ES', '0', earned]);
  return [DISTROKID_13_HEADER, ...lines.map((cells) => cells.join('\t'))].join('\n');
}

describe('Import in the browser: a statement over a period already imported', () => {
  let workstation: WorkstationInBrowser;
  let page: Page;
  let imports: ImportPage;

  /** Writes a statement into the test's scratch folder and stages it (several at once, in order). */
  async function stageWritten(files: Record<string, string>): Promise<void> {
    const paths = Object.entries(files).map(([name, text]) => {
      const path = join(workstation.folder, name);
      writeFileSync(path, text);
      return path;
    });
    await imports.stage(paths);
  }

  beforeAll(async () => {
    ({ workstation, page, imports } = await openOnImportPage('import-overlap'));
  });

  afterAll(async () => {
    await workstation?.close();
  });

  it('asks about a corrected copy with nothing chosen, holds Import until answered, and Replace keeps only the corrected figures', async () => {
    await stageWritten({ 'march.tsv': distrokidStatement('2024-04-05', '2024-03', ['1.25', '2.50']) });
    await imports.waitForPreview('march.tsv', 'Ready');
    await (await imports.importReady(1)).getByText('1 file imported, with 2 lines.').waitFor();
    await page.getByRole('button', { name: 'Close summary' }).click();

    // Same period, one amount corrected.
    await stageWritten({ 'march-corrected.tsv': distrokidStatement('2024-04-05', '2024-03', ['1.25', '3.10']) });
    // Not ready until answered.
    const card = await imports.waitForPreview('march-corrected.tsv', 'Answer needed');
    const question = card.getByRole('radiogroup', { name: 'Same period as an earlier import' });
    await question.getByText(/^march\.tsv \(sales Mar 2024, imported /).waitFor();
    expect(await question.getAttribute('aria-required')).toBe('true');
    const radios = question.getByRole('radio');
    expect(await radios.count()).toBe(3);
    for (const radio of await radios.all()) expect(await radio.isChecked()).toBe(false);
    const needed = question.getByText('Answer needed: choose what to do with this file before importing.');
    expect(await question.getAttribute('aria-describedby')).toBe(await needed.getAttribute('id'));

    const importButton = page.getByRole('button', { name: 'Import 1 file' });
    const reason = page.getByText('Choose what to do with 1 statement that covers an imported period');
    await reason.waitFor();
    expect(await importButton.isDisabled()).toBe(true);
    expect(await importButton.getAttribute('aria-describedby')).toBe(await reason.getAttribute('id'));

    await question.getByRole('radio', { name: /^Replace — / }).check();
    await imports.waitForPreview('march-corrected.tsv', 'Ready');
    expect(await importButton.isEnabled()).toBe(true);
    expect(await reason.count()).toBe(0);
    expect(await needed.count()).toBe(0);

    const summary = await imports.importReady(1);
    await summary.getByText('1 file imported, with 2 lines.').waitFor();
    await expect.poll(() => imports.historyRows().count()).toBe(2);
    expect(await imports.history().getByText('march-corrected.tsv').count()).toBe(1);
    expect(await imports.history().getByText('march.tsv', { exact: true }).count()).toBe(0);
    expect(await allTimeRevenue(page)).toBe('$4.35');
  });

  /**
   * Stages two statements of one period together and checks the second card asks about the first,
   * with nothing chosen, while Import waits saying why; returns the second card's question.
   */
  async function stageTwoOfOnePeriod(first: string, second: string, files: Record<string, string>) {
    await imports.open();
    await page.getByRole('button', { name: 'Close summary' }).click();
    await stageWritten(files);
    const firstCard = await imports.waitForPreview(first, 'Ready');
    const secondCard = await imports.waitForPreview(second, 'Answer needed');

    // The first is imported first: it meets nothing; the second meets it.
    expect(await firstCard.getByRole('radiogroup').count()).toBe(0);
    const question = secondCard.getByRole('radiogroup', { name: `Same period as ${first}, which is imported first` });
    await question.waitFor();
    const radios = question.getByRole('radio');
    expect(await radios.count()).toBe(3);
    for (const radio of await radios.all()) expect(await radio.isChecked()).toBe(false);
    await question.getByText('Answer needed: choose what to do with this file before importing.').waitFor();

    const importButton = page.getByRole('button', { name: 'Import 2 files' });
    const reason = page.getByText('Choose what to do with 1 statement that covers the same period as another');
    await reason.waitFor();
    expect(await importButton.isDisabled()).toBe(true);
    expect(await importButton.getAttribute('aria-describedby')).toBe(await reason.getAttribute('id'));
    return { question, importButton, reason };
  }

  it('asks the second of two files of one period picked together, naming the first, and Keep both imports both', async () => {
    const { question, importButton, reason } = await stageTwoOfOnePeriod('april.tsv', 'april-again.tsv', {
      'april.tsv': distrokidStatement('2024-05-05', '2024-04', ['2.00']),
      'april-again.tsv': distrokidStatement('2024-05-05', '2024-04', ['2.00', '0.40']),
    });
    await question.getByRole('radio', { name: /^Keep both/ }).check();
    expect(await importButton.isEnabled()).toBe(true);
    expect(await reason.count()).toBe(0);

    const summary = await imports.importReady(2);
    await summary.getByText('2 files imported, with 3 lines.').waitFor();
    // march-corrected.tsv from before, and both April statements.
    await expect.poll(() => imports.historyRows().count()).toBe(4);
    expect(await imports.history().getByText('april.tsv', { exact: true }).count()).toBe(1);
    expect(await imports.history().getByText('april-again.tsv', { exact: true }).count()).toBe(1);
    // $4.35 before, plus $2.00 and $2.40.
    expect(await allTimeRevenue(page)).toBe('$8.75');
  });

  it('asks the same of two files of another period, and Replace keeps only the second one’s figures', async () => {
    const { question } = await stageTwoOfOnePeriod('may.tsv', 'may-corrected.tsv', {
      'may.tsv': distrokidStatement('2024-06-05', '2024-05', ['3.00']),
      'may-corrected.tsv': distrokidStatement('2024-06-05', '2024-05', ['3.00', '0.50']),
    });
    await question.getByRole('radio', { name: 'Replace — for a corrected statement, in place of may.tsv' }).check();
    expect(await page.getByRole('button', { name: 'Import 1 file' }).isEnabled()).toBe(true);
    // The file replaced whole is not sent: importing it only to take it out again would count it.
    const replaced = imports.card('may.tsv');
    await replaced.getByText('Replaced below', { exact: true }).waitFor();
    await replaced.getByText('may-corrected.tsv, below, replaces this file, as chosen there: this file is not imported.').waitFor();

    const summary = await imports.importReady(1);
    await summary.getByText('1 file imported, with 2 lines.').waitFor();
    await summary.getByRole('listitem').filter({ hasText: 'may.tsv' }).getByText('Not imported: may-corrected.tsv, picked below it, replaces it, as chosen there.').waitFor();
    await expect.poll(() => imports.historyRows().count()).toBe(5);
    expect(await imports.history().getByText('may-corrected.tsv', { exact: true }).count()).toBe(1);
    expect(await imports.history().getByText('may.tsv', { exact: true }).count()).toBe(0);
    // $8.75 before, plus the corrected May statement's $3.50 alone.
    expect(await allTimeRevenue(page)).toBe('$12.25');
    expect(workstation.session.problems).toEqual([]);
  });
});

describe('Import in the browser: one sheet of a workbook', () => {
  let workstation: WorkstationInBrowser;
  let imports: ImportPage;

  beforeAll(async () => {
    ({ workstation, imports } = await openOnImportPage('import-sheet'));
  });

  afterAll(async () => {
    await workstation?.close();
  });

  it('offers the sheets of a workbook with two statement sheets, previews the one picked, and imports only it', async () => {
    const { april, may } = WORKBOOK_SHEETS;
    await imports.stage([await twoSheetWorkbook(join(workstation.folder, 'months.xlsx'))]);
    const card = await imports.waitForPreview('months.xlsx', 'Ready');
    // Both sheets first: 1.5833333333 + 2.625 USD.
    await card.getByTitle('4.2083333333 USD').waitFor();
    const sheets = card.getByRole('combobox', { name: 'Sheets' });
    expect(await sheets.getByRole('option').allTextContents()).toEqual(['All statement sheets', april.name, may.name]);

    await sheets.selectOption({ label: may.name });
    await card.getByTitle('2.62500000 USD').waitFor();
    await card.getByText('Ready', { exact: true }).waitFor();
    // The list still offers every sheet, so the whole workbook can be chosen again.
    expect(await sheets.getByRole('option').count()).toBe(3);

    const summary = await imports.importReady(1);
    await summary.getByText('1 file imported, with 1 line.').waitFor();
    await expect.poll(() => imports.historyRows().count()).toBe(2);
    await imports.history().getByText(`months.xlsx › ${may.name}`, { exact: true }).waitFor();
    expect(await imports.history().getByText(`months.xlsx › ${april.name}`).count()).toBe(0);
    expect(workstation.session.problems).toEqual([]);
  });
});
