import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISTROKID_13_HEADER } from '../support/temp-store';
import { focusedRow } from './focused-row';
import { openOnImportPage, type ImportPage } from './import-page';
import { tuneCoreStatement } from './tunecore-currencies';
import { resultPath, type WorkstationInBrowser } from './workstation-in-browser';

// ---- Sixty statements written here: four years of DistroKid, a year of TuneCore ----

interface Statement {
  name: string;
  text: string;
  /** The sale month, as the history's period reads it. */
  period: string;
  /** What it earned, in cents. */
  cents: number;
  quarantined: boolean;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ARTISTS = ['Lena Vos', 'Mira Kade', 'Jonas Berg', 'Ana Sol'];
const slug = (artist: string) => artist.toLowerCase().replace(' ', '-');

/** One DistroKid statement a month from January 2020, the artists in turn; every eighth has a line that cannot be read. */
const DISTROKID: Statement[] = Array.from({ length: 48 }, (_, index) => {
  const year = 2020 + Math.floor(index / 12);
  const month = `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
  const artist = ARTISTS[index % ARTISTS.length]!;
  const quarantined = index % 8 === 3;
  const line = (store: string, earnings: string) => [`${month}-28`, month, store, artist, 'Harbour', 'NLA1Z2400001', '', '10', '100', 'Song', 'NL', '0', earnings].join('\t');
  return {
    name: `distrokid-${slug(artist)}-${month}.tsv`,
    text: [DISTROKID_13_HEADER, line('Spotify', `${(index + 1) * 3}.25`), line('Deezer', quarantined ? '12,x3' : '0.50')].join('\n') + '\n',
    period: `${MONTHS[index % 12]} ${year}`,
    cents: (index + 1) * 300 + 25 + (quarantined ? 0 : 50),
    quarantined,
  };
});

/** One TuneCore report a month of 2019. */
const TUNECORE: Statement[] = Array.from({ length: 12 }, (_, index) => {
  const month = `2019-${String(index + 1).padStart(2, '0')}`;
  return {
    name: `tunecore-${month}.csv`,
    text: tuneCoreStatement([[`${month}-05`, 'Spotify', 'US', 'Harbour', 'NLA1Z2400001', `${index + 1}.10`, 'USD']], {
      posted: `${month}-20`, artist: 'Lena Vos', label: 'Vos Records', songId: '4100001',
    }),
    period: `${MONTHS[index]} 2019`,
    cents: (index + 1) * 100 + 10,
    quarantined: false,
  };
});

/** In the order they are picked, and so imported. */
const STATEMENTS = [...DISTROKID, ...TUNECORE];
const names = (statements: Statement[]) => statements.map((statement) => statement.name);

describe('Finding one import in a history of sixty', () => {
  let workstation: WorkstationInBrowser;
  let page: Page;
  let imports: ImportPage;

  const panel = () => page.getByRole('region', { name: 'Import history' });
  const search = () => panel().getByRole('searchbox', { name: 'Find' });
  const header = (column: string) => panel().getByRole('columnheader', { name: column, exact: true });
  /** The file names of the rows shown, top to bottom. */
  const shownNames = () => imports.history().getByRole('rowheader').allTextContents();
  /** How many imports the history holds, or match: the status beside the finding tools. */
  const count = () => panel().getByRole('status').filter({ hasText: /\bimports\b/ }).textContent();

  async function sortBy(column: string, subtitle: string): Promise<void> {
    await header(column).getByRole('button').click();
    await panel().getByText(subtitle, { exact: true }).waitFor();
  }

  /** Each row's buttons, by how far down the page they start: one line holds them all. */
  async function buttonRows(rows: Locator): Promise<number[][]> {
    return rows.evaluateAll((found) => found.map((row) => [...row.querySelectorAll('td.row-actions button')].map((button) => Math.round(button.getBoundingClientRect().top))));
  }

  beforeAll(async () => {
    ({ workstation, page, imports } = await openOnImportPage('import-history-search'));
    for (const { name, text } of STATEMENTS) writeFileSync(join(workstation.folder, name), text);
  });

  afterAll(async () => {
    await workstation?.close();
  });

  it('imports sixty statements in one run', async () => {
    await imports.stage(STATEMENTS.map(({ name }) => join(workstation.folder, name)));
    for (const { name } of STATEMENTS) await imports.waitForPreview(name, 'Ready');
    const summary = await imports.importReady(STATEMENTS.length);
    await summary.getByText(/^60 files imported/).waitFor();
    await page.getByRole('button', { name: 'Close summary' }).click();
  });

  it('lists the newest 25 first, in the order the run imported them, and more on request', async () => {
    await expect.poll(shownNames).toEqual(names(STATEMENTS).reverse().slice(0, 25));
    await panel().getByText('Newest first', { exact: true }).waitFor();
    expect(await count()).toBe('60 imports');
    expect(await header('Imported').getAttribute('aria-sort')).toBe('descending');
    await panel().getByText('Showing 25 of 60').waitFor();

    await panel().getByRole('button', { name: 'Show 25 more' }).click();
    await expect.poll(shownNames).toEqual(names(STATEMENTS).reverse().slice(0, 50));
    // The first new row takes the focus: a screen reader reads the new rows, and Tab goes on from there.
    expect(await focusedRow(page)).toBe('Import history row 26');
    await panel().getByRole('button', { name: 'Show 10 more' }).click();
    await expect.poll(shownNames).toEqual(names(STATEMENTS).reverse());
    expect(await panel().getByText(/^Showing/).count()).toBe(0);
    // The button went with the last rows, and the focus stayed in the list instead of falling to the top of the page.
    expect(await focusedRow(page)).toBe('Import history row 51');

    await sortBy('Imported', 'Oldest first');
    expect(await shownNames()).toEqual(names(STATEMENTS));
    await sortBy('Imported', 'Newest first');
  });

  it('finds imports by words of their file name, format or sale month', async () => {
    await search().fill('lena 2021');
    const lena2021 = STATEMENTS.filter(({ name }) => name.includes('lena-vos-2021'));
    await expect.poll(shownNames).toEqual(names(lena2021).reverse());
    expect(await count()).toBe(`${lena2021.length} of 60 imports match`);

    await search().fill('TuneCore');
    await expect.poll(shownNames).toEqual(names(TUNECORE).reverse());

    // "Mar 2021" is how the history reads the period; the file name says 2021-03.
    await search().fill('mar 2021');
    await expect.poll(shownNames).toEqual(names(STATEMENTS.filter(({ period }) => period === 'Mar 2021')));
    expect(await count()).toBe('1 of 60 imports matches');

    await search().fill('royalties-2031');
    await panel().getByText('No import matches these choices.').waitFor();
    expect(await imports.history().count()).toBe(0);
    await panel().getByRole('button', { name: 'Show every import' }).click();
    await expect.poll(shownNames).toEqual(names(STATEMENTS).reverse().slice(0, 25));
    expect(await search().inputValue()).toBe('');
  });

  it('filters by format and by quarantined lines', async () => {
    const format = panel().getByLabel('Format', { exact: true });
    const show = panel().getByLabel('Show', { exact: true });
    expect(await format.locator('option').allTextContents()).toEqual(['All formats', 'DistroKid', 'TuneCore']);
    await format.selectOption('TuneCore');
    await expect.poll(shownNames).toEqual(names(TUNECORE).reverse());

    await format.selectOption('DistroKid');
    await show.selectOption({ label: 'With quarantined lines' });
    const quarantined = DISTROKID.filter((statement) => statement.quarantined);
    expect(quarantined.length).toBe(6);
    await expect.poll(shownNames).toEqual(names(quarantined).reverse());
    expect(await count()).toBe('6 of 60 imports match');
    for (const { name } of quarantined) await panel().getByRole('button', { name: `Correct quarantined lines of ${name}` }).waitFor();

    await format.selectOption('');
    await show.selectOption('all');
    await expect.poll(count).toBe('60 imports');
  });

  it('orders by file, sale period and earnings from the column headers', async () => {
    await sortBy('File', 'By file name, A to Z');
    expect(await header('File').getAttribute('aria-sort')).toBe('ascending');
    expect(await header('Imported').getAttribute('aria-sort')).toBeNull();
    const byName = names(STATEMENTS).sort();
    expect(await shownNames()).toEqual(byName.slice(0, 25));
    await sortBy('File', 'By file name, Z to A');
    expect(await shownNames()).toEqual([...byName].reverse().slice(0, 25));

    await sortBy('Sale period', 'By sale period, latest first');
    expect(await shownNames()).toEqual(names(DISTROKID).reverse().slice(0, 25));
    await sortBy('Sale period', 'By sale period, earliest first');
    expect(await shownNames()).toEqual(names([...TUNECORE, ...DISTROKID]).slice(0, 25));

    await sortBy('Earned', 'Largest earnings first, by currency');
    const byEarnings = [...STATEMENTS].sort((a, b) => b.cents - a.cents);
    expect(await shownNames()).toEqual(names(byEarnings).slice(0, 25));

    await sortBy('Lines', 'Most lines first');
    const lines = await imports.history().locator('tbody tr').evaluateAll((rows) => rows.map((row) => Number(row.children[4]!.textContent)));
    expect(lines).toEqual([...lines].sort((a, b) => b - a));

    await sortBy('Imported', 'Newest first');
    expect(await shownNames()).toEqual(names(STATEMENTS).reverse().slice(0, 25));
  });

  for (const width of [1024, 1280]) {
    it(`keeps each row's buttons on one line at ${width} px, and the panel a few screens tall`, async () => {
      await page.setViewportSize({ width, height: 800 });
      const rows = imports.history().locator('tbody tr');
      await expect.poll(() => rows.count()).toBe(25);
      for (const tops of await buttonRows(rows)) {
        expect(tops.length).toBeGreaterThanOrEqual(2);
        expect(new Set(tops).size, `buttons starting at ${tops.join(', ')} px`).toBe(1);
      }
      const height = (await panel().boundingBox())!.height;
      expect(height).toBeLessThan(2600);
      await panel().scrollIntoViewIfNeeded();
      await page.screenshot({ path: resultPath(`import-history-search-${width}.png`), fullPage: true });
    });
  }

  it('undoes an import found by search, and the search stays', async () => {
    await search().fill('lena 2021');
    const lena2021 = names(STATEMENTS.filter(({ name }) => name.includes('lena-vos-2021'))).reverse();
    await expect.poll(shownNames).toEqual(lena2021);
    const middle = lena2021[1]!;
    await panel().getByRole('button', { name: `Undo import of ${middle}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Undo this import?' });
    await dialog.getByRole('button', { name: 'Undo import' }).click();
    await panel().getByRole('status').filter({ hasText: `imported from ${middle}` }).waitFor();
    await expect.poll(shownNames).toEqual(lena2021.filter((name) => name !== middle));
    expect(await search().inputValue()).toBe('lena 2021');
    expect(await count()).toBe(`${lena2021.length - 1} of 59 imports match`);
    expect(workstation.session.problems).toEqual([]);
  });
});
