import { createWriteStream, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReaderStore } from '../../src/main/store/open-store';
import { DISTROKID_13_HEADER } from '../support/temp-store';
import { toCents, toUnits } from './exact-figures';
import { ImportPage, openOnImportPage } from './import-page';
import { allTimeRevenueCents } from './overview-figures';
import { resultPath, type WorkstationInBrowser } from './workstation-in-browser';

/** A DistroKid 13-column line of Zoë Brontë, sold in France, from the cells a test varies. */
function distroKidRow(reported: string, saleMonth: string, store: string, title: string, isrc: string, quantity: number, earned: string): string {
  return [reported, saleMonth, store, 'Zoë Brontë', title, isrc, '', quantity, '100', 'Song', 'FR', '0', earned].join('\t');
}

/** The statement dropped onto the page: reported in March 2023, so no later statement overlaps it. */
const DROPPED_EARNINGS = ['1.25', '2.000000000001'];
const DROPPED = [
  DISTROKID_13_HEADER,
  distroKidRow('2023-03-05', '2023-02', 'Spotify', 'Café Noir', 'FRZ012300001', 400, DROPPED_EARNINGS[0]!),
  distroKidRow('2023-03-05', '2023-02', 'Deezer', 'Niño Perdido', 'FRZ012300002', 250, DROPPED_EARNINGS[1]!),
].join('\n') + '\n';
// 1.25 + 2.000000000001
const DROPPED_USD = DROPPED_EARNINGS.reduce((sum, earned) => sum + toUnits(earned), 0n);

describe('Import gestures in the browser: a dropped file, and an import cancelled half-way', () => {
  let workstation: WorkstationInBrowser;
  let page: Page;
  let imports: ImportPage;

  beforeAll(async () => {
    ({ workstation, page, imports } = await openOnImportPage('import-gestures'));
  });

  afterAll(async () => {
    await workstation?.close();
  });

  it('stages and previews a file dropped onto the drop zone, then imports it', async () => {
    const zone = page.locator('section.drop-zone');
    await zone.getByRole('heading', { name: 'Drop statement files anywhere on this page' }).waitFor();

    // A real File in the page, built from this test's bytes, carried by a DataTransfer as a drag from the desktop would.
    const bytes = [...Buffer.from(DROPPED, 'utf8')];
    // (The page's own DataTransfer and DragEvent: this file is typed for Node, which has neither.)
    const dataTransfer = await page.evaluateHandle((content) => {
      const { DataTransfer: Transfer } = globalThis as unknown as { DataTransfer: new () => { items: { add(file: File): unknown } } };
      const transfer = new Transfer();
      transfer.items.add(new File([new Uint8Array(content)], 'dropped-march.tsv', { type: 'text/tab-separated-values' }));
      return transfer;
    }, bytes);
    /** Dispatches a drag event on the zone as the browser would; true when the page took it (preventDefault). */
    const drag = (type: 'dragenter' | 'dragover' | 'drop') =>
      zone.evaluate(
        (element, [eventType, transfer]) => {
          const { DragEvent: Drag } = globalThis as unknown as { DragEvent: new (type: string, init: object) => Parameters<typeof element.dispatchEvent>[0] };
          return !element.dispatchEvent(new Drag(eventType, { bubbles: true, cancelable: true, composed: true, dataTransfer: transfer }));
        },
        [type, dataTransfer] as const,
      );

    await drag('dragenter');
    await page.getByText('Drop to check these files', { exact: true }).waitFor();
    expect(await zone.getAttribute('class')).toContain('drop-zone--active');
    // Only a dragover the page cancels lets the browser drop there.
    expect(await drag('dragover')).toBe(true);
    expect(await drag('drop')).toBe(true);
    await page.getByText('Drop to check these files', { exact: true }).waitFor({ state: 'detached' });
    expect(await zone.getAttribute('class')).not.toContain('drop-zone--active');

    const card = await imports.waitForPreview('dropped-march.tsv', 'Ready');
    await card.getByText('DistroKid · 13-column · UTF-8').waitFor();
    // 1.25 + 2.000000000001, exact in its title.
    await card.getByTitle('3.250000000001 USD').waitFor();
    const sample = card.getByRole('table', { name: 'First lines of dropped-march.tsv' });
    await sample.getByRole('cell', { name: 'Café Noir', exact: true }).waitFor();
    await sample.getByRole('cell', { name: 'Niño Perdido', exact: true }).waitFor();
    expect(await sample.getByRole('row').count()).toBe(3);

    const summary = await imports.importReady(1);
    await summary.getByText('1 file imported, with 2 lines.').waitFor();
    await expect.poll(() => imports.historyRows().count()).toBe(2);
    await imports.history().getByText('dropped-march.tsv', { exact: true }).waitFor();
    expect(await allTimeRevenueCents(page)).toBe(toCents(DROPPED_USD));
  });

  it('cancels a long import while its progress shows: the summary says so, and nothing of it is kept', async () => {
    // ~300,000 lines of one reporting month (July 2024): large enough that importing takes seconds.
    const LINES = 300_000;
    const path = join(workstation.folder, 'big-july.tsv');
    const out = createWriteStream(path);
    out.write(`${DISTROKID_13_HEADER}\n`);
    const stores = ['Spotify', 'Deezer', 'TIDAL', 'Apple Music'];
    for (let start = 0; start < LINES; start += 10_000) {
      const block: string[] = [];
      for (let i = start; i < start + 10_000; i++) {
        const track = i % 2_000;
        block.push(distroKidRow('2024-07-05', `2024-0${1 + (i % 6)}`, stores[i % 4]!, `Track ${track}`, `FRZ01240${String(track).padStart(4, '0')}`, 1 + (i % 7), `0.${String(i % 1000).padStart(3, '0')}1`));
      }
      out.write(`${block.join('\n')}\n`);
    }
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
    expect(statSync(path).size).toBeGreaterThan(20 * 2 ** 20);

    await imports.open();
    await page.getByRole('button', { name: 'Close summary' }).click();
    await imports.stage([path]);
    await imports.waitForPreview('big-july.tsv', 'Ready');

    await page.getByRole('button', { name: 'Import 1 file' }).click();
    const running = page.getByRole('region', { name: 'Importing' });
    await running.getByRole('progressbar', { name: 'Importing statements' }).waitFor();
    const started = Date.now();
    await running.getByRole('button', { name: 'Cancel' }).click();

    const summary = page.getByRole('region', { name: 'Import cancelled' });
    await summary.waitFor();
    const cancelMs = Date.now() - started;
    await summary.getByRole('status').filter({ hasText: 'Cancelled. 0 files imported before the cancel, with 0 lines. The file not imported is back under Files to import.' }).waitFor();
    // Back as picked, checked: no second upload or check to wait for.
    await imports.waitForPreview('big-july.tsv', 'Ready');
    await page.getByRole('button', { name: 'Import 1 file' }).waitFor();
    const outcome = summary.getByRole('listitem').filter({ hasText: 'big-july.tsv' });
    await outcome.getByText('Cancelled', { exact: true }).waitFor();
    await outcome.getByText('The import was cancelled; nothing was written.', { exact: false }).waitFor();
    await page.screenshot({ path: resultPath('import-cancelled.png'), fullPage: true });

    // The history still holds the dropped statement alone.
    await expect.poll(() => imports.historyRows().count()).toBe(2);
    expect(await imports.history().getByText('big-july.tsv').count()).toBe(0);
    await imports.history().getByText('dropped-march.tsv', { exact: true }).waitFor();

    // Nothing half-imported: the store holds the dropped statement's batch and two lines, nothing else.
    const store = openReaderStore(workstation.location.databaseFile);
    try {
      expect(store.prepare('SELECT file_name FROM import_batch').pluck().all()).toEqual(['dropped-march.tsv']);
      expect(store.prepare('SELECT COUNT(*) FROM statement_line').pluck().get()).toBe(2);
      expect(store.prepare('SELECT COUNT(*) FROM rejected_line').pluck().get()).toBe(0);
      expect(store.prepare("SELECT COUNT(*) FROM recording WHERE title LIKE 'Track %'").pluck().get()).toBe(0);
    } finally {
      store.close();
    }

    // The Overview shows the dropped statement's revenue and none of the cancelled one's.
    expect(await allTimeRevenueCents(page)).toBe(toCents(DROPPED_USD));
    expect(workstation.session.problems).toEqual([]);
    expect(cancelMs).toBeLessThan(30_000);

    // The file put back imports whole from where it was staged.
    await imports.open();
    await page.getByRole('button', { name: 'Import 1 file' }).click();
    const imported = page.getByRole('region', { name: 'Import finished' });
    await imported.getByText(`1 file imported, with ${LINES.toLocaleString('en')} lines.`).waitFor({ timeout: 120_000 });
    await expect.poll(() => imports.historyRows().count()).toBe(3);
  });
});
