import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISTROKID_13_HEADER } from '../support/temp-store';
import { openOnImportPage, type ImportPage } from './import-page';
import { resultPath, type WorkstationInBrowser } from './workstation-in-browser';

/** A DistroKid line of the month, its earnings cell as given. */
const dkLine = (month: string, store: string, earnings: string) =>
  [`${month}-28`, month, store, 'Lena Vos', 'Harbour', 'NLA1Z2400001', '', '10', '100', 'Song', 'NL', '0', earnings].join('\t');

/** Long names, as statements are often named; the February one has a line that cannot be read, so its row offers Correct lines… too. */
const STATEMENTS = [
  { name: 'distrokid-lena-vos-harbour-records-full-catalogue-royalties-2024-01.tsv', month: '2024-01', earnings: ['1234.56', '0.75'] },
  { name: 'distrokid-lena-vos-harbour-records-full-catalogue-royalties-2024-02.tsv', month: '2024-02', earnings: ['12.50', '12,x3'] },
  { name: 'distrokid-lena-vos-harbour-records-full-catalogue-royalties-2024-03.tsv', month: '2024-03', earnings: ['8.25', '0.10'] },
];

/** The history's columns a label reads the figures from. */
const FIGURES = ['Lines', 'Quarantined', 'Earned'];

/**
 * What of the figures cannot be read in the history as it is laid out: a header or a cell of Lines,
 * Quarantined or Earned that the actions column covers, that lies outside the part of the table
 * in view, or whose text its own box cuts short.
 */
async function hiddenFigures(page: Page, figures: string[]): Promise<string[]> {
  return page.getByRole('table', { name: 'Import history' }).evaluate((table, headers) => {
    const frame = table.parentElement!.getBoundingClientRect();
    const heads = [...table.querySelectorAll('thead th')];
    const found: string[] = [];
    const check = (cell: (typeof heads)[number], actions: (typeof heads)[number], what: string) => {
      const box = cell.getBoundingClientRect();
      const cover = actions.getBoundingClientRect();
      if (box.right > cover.left + 0.5) found.push(`${what} ends at ${box.right} px, under the actions from ${cover.left} px`);
      if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5) found.push(`${what} lies outside the table's view (${box.left}–${box.right} of ${frame.left}–${frame.right} px)`);
      if (cell.scrollWidth > cell.clientWidth + 1) found.push(`${what} is cut short: ${cell.scrollWidth} px of text in ${cell.clientWidth} px`);
    };
    for (const header of headers) {
      const index = heads.findIndex((head) => head.textContent?.trim() === header);
      if (index < 0) {
        found.push(`no ${header} column`);
        continue;
      }
      check(heads[index]!, heads.at(-1)!, `the ${header} header`);
      for (const row of table.querySelectorAll('tbody tr')) check(row.children[index]!, row.lastElementChild!, `${header} of ${row.children[0]?.textContent}`);
    }
    return found;
  }, figures);
}

describe('The import history at common window sizes', () => {
  let workstation: WorkstationInBrowser;
  let page: Page;
  let imports: ImportPage;

  beforeAll(async () => {
    ({ workstation, page, imports } = await openOnImportPage('import-history-layout'));
    for (const { name, month, earnings } of STATEMENTS) {
      writeFileSync(join(workstation.folder, name), [DISTROKID_13_HEADER, dkLine(month, 'Spotify', earnings[0]!), dkLine(month, 'Deezer', earnings[1]!)].join('\n') + '\n');
    }
  });

  afterAll(async () => {
    await workstation?.close();
  });

  it('imports three statements, one with a line it quarantines', async () => {
    await imports.stage(STATEMENTS.map(({ name }) => join(workstation.folder, name)));
    for (const { name } of STATEMENTS) await imports.waitForPreview(name, 'Ready');
    const summary = await imports.importReady(3);
    await summary.getByText('3 files imported, with 5 lines.').waitFor();
    await expect.poll(() => imports.historyRows().count()).toBe(4);
  });

  for (const width of [1024, 1280]) {
    it(`shows every import's Lines, Quarantined and Earned, headers included, whole and uncovered at ${width} px`, async () => {
      await page.setViewportSize({ width, height: 900 });
      await imports.open();
      const history = imports.history();
      await history.getByRole('button', { name: `Correct quarantined lines of ${STATEMENTS[1]!.name}` }).waitFor();
      expect(await hiddenFigures(page, FIGURES)).toEqual([]);
      // What the figures say, readable as such.
      const january = imports.historyRows().filter({ hasText: STATEMENTS[0]!.name });
      expect(await january.getByRole('cell').nth(5).textContent()).toBe('$1,235.31');
      await history.scrollIntoViewIfNeeded();
      await page.screenshot({ path: resultPath(`import-history-figures-${width}.png`), fullPage: true });
    });
  }
});
