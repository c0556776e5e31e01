import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergePlatform } from '../../src/main/catalogue/platform-merge';
import { openWriterStore } from '../../src/main/store/open-store';
import type { BrowserSession } from '../support/browser';
import { DISTROKID_13_HEADER } from '../support/temp-store';
import { focusedRow } from './focused-row';
import { openOnImportPage } from './import-page';
import { mergeHistoryRows, UNDONE_ON } from './merge-history';
import { goTo, resultPath, type WorkstationInBrowser } from './workstation-in-browser';

/** As many merges as a label that folded a long tail of misspelt stores has made. */
const MERGES = 120;

/** "Stray 007", "Home 007": a platform a statement misspelt, and the one it really is. */
const name = (kind: 'Stray' | 'Home', k: number) => `${kind} ${String(k).padStart(3, '0')}`;

/** One DistroKid line for each stray and each home platform. */
function statement(): string {
  const line = (store: string) => ['2024-04-05', '2024-03', store, 'Ana Sol', 'Luz', 'ESA012400001', '', '10', '100', 'Song', 'ES', '0', '0.01'].join('\t');
  const stores = Array.from({ length: MERGES }, (_, i) => [name('Stray', i + 1), name('Home', i + 1)]).flat();
  return `${[DISTROKID_13_HEADER, ...stores.map(line)].join('\n')}\n`;
}

function showMore(page: Page) {
  return page.getByRole('region', { name: 'Merge history' }).getByRole('button', { name: /^Show \d+ more$/ });
}

describe('A merge history of 120 platform merges, in the browser', () => {
  let workstation: WorkstationInBrowser;
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    const opened = await openOnImportPage('merge-history-paging');
    ({ workstation, page } = opened);
    session = workstation.session;
    await page.setViewportSize({ width: 1280, height: 800 });
    const path = join(workstation.folder, 'march.tsv');
    writeFileSync(path, statement());
    await opened.imports.stage([path]);
    await opened.imports.waitForPreview('march.tsv', 'Ready');
    const summary = await opened.imports.importReady(1);
    await summary.getByText(`1 file imported, with ${MERGES * 2} lines.`).waitFor();
    // Made beside the app, as "Merge all exact matches" would make them: 120 merges through the dialog would test the dialog 120 times.
    const db = openWriterStore(workstation.location.databaseFile);
    try {
      const idOf = (platform: string) => db.prepare<[string], number>('SELECT id FROM platform WHERE name = ?').pluck().get(platform)!;
      for (let k = 1; k <= MERGES; k++) mergePlatform(db, idOf(name('Stray', k)), idOf(name('Home', k)));
    } finally {
      db.close();
    }
  });
  afterAll(async () => {
    await workstation?.close();
  });

  it('lists the newest 5, then 25 more at a time, reading only those, until the oldest', async () => {
    const answered = page.waitForResponse((response) => response.url().endsWith('/api/invoke/catalogue:merges'));
    await goTo(page, 'Platforms', 'Platforms');
    const history = page.getByRole('region', { name: 'Merge history' });
    await history.getByText(`Showing 5 of ${MERGES} merges`).waitFor();
    // The store is asked for the merges shown, not all of them with the rest hidden.
    expect(((await (await answered).json()) as { value: { merges: unknown[]; total: number } }).value).toMatchObject({ merges: { length: 5 }, total: MERGES });
    expect((await mergeHistoryRows(page)).map((row) => row[0])).toEqual([120, 119, 118, 117, 116].map((k) => `“${name('Stray', k)}” into “${name('Home', k)}”`));

    let shown = 5;
    while (shown < MERGES) {
      const next = Math.min(25, MERGES - shown);
      await showMore(page).filter({ hasText: `Show ${next} more` }).click();
      shown += next;
      await expect.poll(async () => (await mergeHistoryRows(page)).length).toBe(shown);
      // The first new row takes the focus, also once the last one has taken the button away.
      expect(await focusedRow(page)).toBe(`Merge history row ${shown - next + 1}`);
      if (shown === 30) {
        await history.getByText(`Showing 30 of ${MERGES} merges`).waitFor();
        await history.screenshot({ path: resultPath('merge-history-paging-1280.png') });
        await page.setViewportSize({ width: 1024, height: 768 });
        await history.screenshot({ path: resultPath('merge-history-paging-1024.png') });
        await page.setViewportSize({ width: 1280, height: 800 });
      }
    }
    expect(await showMore(page).count()).toBe(0);
    const rows = await mergeHistoryRows(page);
    expect(rows.map((row) => row[0])).toEqual(Array.from({ length: MERGES }, (_, i) => `“${name('Stray', MERGES - i)}” into “${name('Home', MERGES - i)}”`));
    expect(rows.at(-1)?.at(-1)).toBe('Undo the merge of “Stray 001” into “Home 001”');
  });

  it('undoes the oldest merge from the end of the list, which stays as long', async () => {
    await page.getByRole('button', { name: 'Undo the merge of “Stray 001” into “Home 001”' }).click();
    await page.getByRole('status').filter({ hasText: '“Stray 001” is its own platform again: 1 line moved back.' }).waitFor();
    await expect.poll(async () => (await mergeHistoryRows(page)).at(-1)?.at(-1)).toMatch(UNDONE_ON);
    expect(await mergeHistoryRows(page)).toHaveLength(MERGES);
    await page.getByRole('region', { name: 'Merge history' }).screenshot({ path: resultPath('merge-history-paging-oldest-1280.png') });
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByRole('region', { name: 'Merge history' }).screenshot({ path: resultPath('merge-history-paging-oldest-1024.png') });
  });

  it('ran without a page error', () => {
    expect(session.problems).toEqual([]);
  });
});
