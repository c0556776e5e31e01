import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportPage, openOnImportPage } from './import-page';
import { resultPath, type WorkstationInBrowser } from './workstation-in-browser';

const DISTROKID_HEADER = [
  'Reporting Date', 'Sale Month', 'Store', 'Artist', 'Title', 'ISRC', 'UPC', 'Quantity', 'Team Percentage',
  'Song/Album', 'Country of Sale', 'Songwriter Royalties Withheld', 'Earnings (USD)',
].join('\t');

/** March 2024 from DistroKid, one row per line. */
function march(lines: [title: string, isrc: string, earnings: string][]): string {
  const rows = lines.map(([title, isrc, earnings]) => ['2024-04-28', '2024-03', 'Spotify', 'Lena Vos', title, isrc, '', '10', '100', 'Song', 'NL', '0', earnings].join('\t'));
  return [DISTROKID_HEADER, ...rows].join('\n') + '\n';
}

/** The files the panel lists as taken from the folder, newest first, each as its text. */
async function takes(panel: Locator): Promise<string[]> {
  return panel.getByRole('list', { name: 'Taken from the folder' }).getByRole('listitem').allInnerTexts();
}

describe('The drop folder says what it did, in the browser', () => {
  let workstation: WorkstationInBrowser;
  let page: Page;
  let imports: ImportPage;
  let drop: string;
  let panel: Locator;

  beforeAll(async () => {
    ({ workstation, page, imports } = await openOnImportPage('drop-folder-recent'));
    drop = join(workstation.folder, 'drop');
    mkdirSync(drop);
    panel = page.getByRole('region', { name: 'Drop folder' });
    await panel.getByRole('textbox', { name: 'Folder to watch' }).fill(drop);
    await panel.getByRole('button', { name: 'Watch', exact: true }).click();
    await panel.getByText('Watching', { exact: true }).waitFor();
  });

  afterAll(async () => {
    await workstation?.close();
  });

  it('lists an import, a corrected statement saved over it in its place, and a skipped one with the import covering it', async () => {
    const latest = join(drop, 'distrokid-latest.tsv');
    writeFileSync(latest, march([['Harbour', 'NLA1Z2400001', '1.80']]));
    // The watcher waits until a file's size holds still for two seconds before taking it.
    await panel.getByText('Imported 1 line, earning $1.80.').waitFor({ timeout: 20_000 });
    await imports.history().getByText('distrokid-latest.tsv', { exact: true }).waitFor();

    writeFileSync(latest, march([['Harbour', 'NLA1Z2400001', '1.80'], ['Tides', 'NLA1Z2400002', '0.55']]));
    await panel.getByText(/^Imported 2 lines, earning \$2\.35\. It replaced distrokid-latest\.tsv, the file as it was/).waitFor({ timeout: 20_000 });
    // One import in the history, holding the corrected figures.
    await expect.poll(() => imports.historyRows().count()).toBe(2);

    // Another file of March changes no data: the panel hears of it from the end of its job alone.
    writeFileSync(join(drop, 'distrokid-copy.tsv'), march([['Harbour', 'NLA1Z2400001', '9.99']]));
    const skipped = panel.getByText(/^Skipped: its period is already covered by distrokid-latest\.tsv\. To replace that import with it, pick this file on this page and choose Replace\.$/);
    await skipped.waitFor({ timeout: 20_000 });

    // The first import is no longer in the history: the corrected statement took its place.
    await panel.getByText(/^Imported 1 line, earning \$1\.80\. Since replaced by distrokid-latest\.tsv\.$/).waitFor();
    const listed = await takes(panel);
    expect(listed).toHaveLength(3);
    expect(listed[0]).toContain('distrokid-copy.tsv');
    expect(listed[0]).toContain('Skipped');
    expect(listed[1]).toContain('Imported 2 lines, earning $2.35.');
    expect(listed[2]).toContain('Imported 1 line, earning $1.80.');
    expect(await panel.getByText('Watching this folder for new statements.').isVisible()).toBe(true);
    await page.screenshot({ path: resultPath('drop-folder-recent.png'), fullPage: true });
  });

  it('says a statement whose copy stalls mid-line is still arriving, without a reload, and lists it as taken once whole', async () => {
    const april = march([['Harbour', 'NLA1Z2400001', '2.10'], ['Tides', 'NLA1Z2400002', '0.40']]).replaceAll('\t2024-03\t', '\t2024-04\t');
    const cut = april.indexOf('\tTides\t');
    const noticed = panel.getByRole('list', { name: 'Noticed in the folder' });
    writeFileSync(join(drop, 'distrokid-april.tsv'), april.slice(0, cut));
    // Found cut short once it has held still for two seconds; it is then given thirty.
    await noticed
      .getByText('Waiting for distrokid-april.tsv to finish copying (it does not end with a line break yet); left as it is for 30 seconds, it is imported as it stands')
      .waitFor({ timeout: 20_000 });
    expect(await noticed.getByRole('listitem').count()).toBe(1);
    expect(await noticed.getByRole('listitem').innerText()).toMatch(/noticed /);
    expect((await takes(panel))[0]).toContain('distrokid-copy.tsv');
    await page.screenshot({ path: resultPath('drop-folder-arriving.png'), fullPage: true });

    appendFileSync(join(drop, 'distrokid-april.tsv'), april.slice(cut));
    await panel.getByText('Imported 2 lines, earning $2.50.').waitFor({ timeout: 20_000 });
    await noticed.waitFor({ state: 'detached' });
    const listed = await takes(panel);
    expect(listed).toHaveLength(4);
    expect(listed[0]).toContain('distrokid-april.tsv');
  });
});
