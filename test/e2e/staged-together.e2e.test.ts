import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { zipBytes } from '../fixtures/make-containers';
import { DISTROKID_13_HEADER } from '../support/temp-store';
import { ImportPage, openOnImportPage } from './import-page';
import { resultPath, type WorkstationInBrowser } from './workstation-in-browser';

const DDEX = fileURLToPath(new URL('../fixtures/statements/ddex/', import.meta.url));
/** The DDEX reference samples shared with the product docs. */
const SHARED_DDEX = fileURLToPath(new URL('../../../shared/fixtures/ddex/', import.meta.url));
const MARCH_NO = 'DSR_PADPIDA2025031001L_PADPIDA2099000002S_PremiumSubscription_2025-03_NO_20250412T061530.tsv';
const PART_1 = 'DSR_PADPIDA2025031001L_PADPIDA2099000003D_Streaming_2025-02_GB_1of2_20250305T120000.tsv';
const PART_2 = 'DSR_PADPIDA2025031001L_PADPIDA2099000003D_Streaming_2025-02_GB_2of2_20250305T120000.tsv';
const REPORT = 'Report "DZ-GB-2025-02" from Deezer has 2 files and';
const TOGETHER = 'staged with it: they are imported together, each as its own import, and the report is checked across its files once the last of them is in.';

/** A DistroKid line of June 2025, reported in July, its earnings cell as given. */
const juneLine = (store: string, qty: number, earnings: string) =>
  ['2025-07-05', '2025-06', store, 'Ana Sol', 'Luz', 'ESA012400001', '', String(qty), '100', 'Song', 'ES', '0', earnings].join('\t');
/** Lines 2 and 4 earn 1.25 + 0.50; line 3 prints "12,x3" and is quarantined. */
const BAD = [DISTROKID_13_HEADER, juneLine('Spotify', 10, '1.25'), juneLine('Deezer', 20, '12,x3'), juneLine('Apple Music', 5, '0.50')].join('\n');
const REVISED = [DISTROKID_13_HEADER, juneLine('Spotify', 10, '9.99')].join('\n');
const MEMBER = 'label-june.zip › statements/dk-june-bad.tsv';

describe('files picked together, and a statement of a zip brought back, in the browser', () => {
  let workstation: WorkstationInBrowser;
  let page: Page;
  let imports: ImportPage;

  beforeEach(async () => {
    ({ workstation, page, imports } = await openOnImportPage('staged-together'));
  });
  afterEach(async () => {
    await workstation?.close();
  });

  function written(fileName: string, content: string | Buffer): string {
    const path = join(workstation.folder, fileName);
    writeFileSync(path, content);
    return path;
  }

  it('says on each card of a two-file DSR report that the other file is staged with it, and not once it is removed', async () => {
    const paths = [PART_1, PART_2].map((name) => {
      const path = join(workstation.folder, name);
      copyFileSync(join(DDEX, name), path);
      return path;
    });
    await imports.stage(paths);
    const first = await imports.waitForPreview(PART_1, 'Ready');
    const second = await imports.waitForPreview(PART_2, 'Ready');
    await first.getByText(`${REPORT} file 2 is ${TOGETHER}`, { exact: true }).waitFor();
    await second.getByText(`${REPORT} file 1 is ${TOGETHER}`, { exact: true }).waitFor();
    expect(await page.getByText(/not imported yet/).count()).toBe(0);
    await page.screenshot({ path: resultPath('ddex-report-parts-staged-together.png') });

    await second.getByRole('button', { name: `Remove ${PART_2}` }).click();
    await first.getByText(/has 2 files and file 2 is not imported yet: its figures are incomplete until then/).waitFor();
  });

  it('says in the summary that the second file of a DSR report was imported after the first, in the same run', async () => {
    const paths = [PART_1, PART_2].map((name) => {
      const path = join(workstation.folder, name);
      copyFileSync(join(DDEX, name), path);
      return path;
    });
    await imports.stage(paths);
    await imports.waitForPreview(PART_1, 'Ready');
    await imports.waitForPreview(PART_2, 'Ready');
    const summary = await imports.importReady(2);
    await summary.getByText('2 files imported, with 7 lines.').waitFor();
    const came = 'Report "DZ-GB-2025-02" from Deezer has 2 files: file 2 was imported after it in this run, and the report was checked across its files then.';
    await summary.getByRole('list', { name: `Warnings about ${PART_1}` }).getByText(came, { exact: true }).waitFor();
    // File 2 completed the report, and its files agree: nothing to warn about the report.
    await summary.getByRole('list', { name: `Warnings about ${PART_2}` }).waitFor();
    expect(await summary.getByRole('list', { name: `Warnings about ${PART_2}` }).getByText(/^Report /).count()).toBe(0);
    expect(await summary.getByText(/not imported yet/).count()).toBe(0);
    // The file that completed the report says so in its own row, once, without its counts again.
    const complete = summary.getByText(/^Report "DZ-GB-2025-02" from Deezer is complete: its 2 files are imported and agree with each other/);
    await complete.waitFor();
    expect(await complete.count()).toBe(1);
    expect(await complete.textContent()).not.toMatch(/lines imported as/);
    await page.screenshot({ path: resultPath('ddex-report-parts-imported-in-one-run.png') });
  });

  it('reads the import history once per change for the summary and the history panel together', async () => {
    const historyReads: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/invoke/import:history')) historyReads.push(request.url());
    });
    await imports.stage([written('dk-may.tsv', [DISTROKID_13_HEADER, juneLine('Spotify', 1, '1.00').replace('2025-06', '2025-05')].join('\n'))]);
    await imports.waitForPreview('dk-may.tsv', 'Ready');
    await (await imports.importReady(1)).getByText('1 file imported, with 1 line.').waitFor();
    await page.getByRole('button', { name: 'Close summary' }).click();
    await imports.stage([written('dk-june.tsv', BAD)]);
    await imports.waitForPreview('dk-june.tsv', 'Ready');
    const summary = await imports.importReady(1);
    await summary.getByText('1 file imported, with 2 lines.').waitFor();
    await expect.poll(() => imports.historyRows().count()).toBe(3);

    // Undoing May changes the store once: the summary (still shown) and the history follow one answer.
    const before = historyReads.length;
    await imports.historyRows().filter({ hasText: 'dk-may.tsv' }).getByRole('button', { name: 'Undo import of dk-may.tsv' }).click();
    const dialog = page.getByRole('dialog', { name: 'Undo this import?' });
    await dialog.getByRole('button', { name: 'Undo import' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => imports.historyRows().count()).toBe(2);
    expect(historyReads.length - before).toBe(1);
  });

  it('offers to bring back a statement that came out of a zip, and brings back that statement alone', async () => {
    const zip = zipBytes([
      { name: 'statements/dk-june-bad.tsv', data: BAD },
      { name: 'statements/dk-may.tsv', data: [DISTROKID_13_HEADER, juneLine('Deezer', 3, '2.00').replace('2025-06', '2025-05')].join('\n') },
    ]);
    await imports.stage([written('label-june.zip', zip)]);
    await imports.waitForPreview('label-june.zip', 'Ready');
    await (await imports.importReady(1)).getByText('2 statements imported from 1 file, with 3 lines.').waitFor();
    await page.getByRole('button', { name: 'Close summary' }).click();
    // May is undone: bringing June back must not bring May back with it.
    await imports.historyRows().filter({ hasText: 'dk-may.tsv' }).getByRole('button', { name: /^Undo import of/ }).click();
    await page.getByRole('dialog', { name: 'Undo this import?' }).getByRole('button', { name: 'Undo import' }).click();
    await expect.poll(() => imports.historyRows().count()).toBe(2);

    await imports.stage([written('dk-june-revised.tsv', REVISED)]);
    const card = await imports.waitForPreview('dk-june-revised.tsv', 'Answer needed');
    await card.getByRole('radiogroup', { name: 'Same period as an earlier import' }).getByRole('radio', { name: /^Replace — / }).check();
    await (await imports.importReady(1)).getByText('1 file imported, with 1 line.').waitFor();

    const revisedRow = imports.historyRows().filter({ hasText: 'dk-june-revised.tsv' });
    await revisedRow.getByRole('button', { name: 'Undo import of dk-june-revised.tsv' }).click();
    const dialog = page.getByRole('dialog', { name: 'Undo this import?' });
    const bringBack = dialog.getByRole('button', { name: `Undo and bring back ${MEMBER}` });
    await bringBack.waitFor();
    // The button naming the zip's statement wraps within the dialog, which cuts none of it off.
    expect(await dialog.evaluate((box) => box.scrollWidth <= box.clientWidth)).toBe(true);
    await page.screenshot({ path: resultPath('undo-bring-back-zip-member.png') });
    await bringBack.focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('status').filter({ hasText: `Brought back ${MEMBER}: 2 lines imported again from its archived original, 1 line quarantined.` }).waitFor();
    // The header row and the June member's: May stays undone.
    await expect.poll(() => imports.historyRows().count()).toBe(2);
    await imports.historyRows().filter({ hasText: MEMBER }).waitFor();

    // The next import retires what the undo said.
    const broughtBack = page.getByRole('status').filter({ hasText: 'Brought back' });
    await imports.stage([written('dk-july.tsv', [DISTROKID_13_HEADER, juneLine('Spotify', 4, '0.80').replace('2025-07-05\t2025-06', '2025-08-05\t2025-07')].join('\n'))]);
    await imports.waitForPreview('dk-july.tsv', 'Ready');
    await (await imports.importReady(1)).getByText('1 file imported, with 1 line.').waitFor();
    await expect.poll(() => imports.historyRows().count()).toBe(3);
    await expect.poll(() => broughtBack.count()).toBe(0);
  });

  it('says on a zip which of its statements a file picked above it holds, counts only the rest, and imports that statement once', async () => {
    const may = [DISTROKID_13_HEADER, juneLine('Deezer', 3, '2.00').replace('2025-06', '2025-05')].join('\n');
    await imports.stage([written('dk-june-bad.tsv', BAD)]);
    await imports.waitForPreview('dk-june-bad.tsv', 'Ready');
    await imports.stage([written('label-june.zip', zipBytes([{ name: 'statements/dk-june-bad.tsv', data: BAD }, { name: 'statements/dk-may.tsv', data: may }]))]);
    const card = await imports.waitForPreview('label-june.zip', 'Ready');
    await card.getByText('Its statement statements/dk-june-bad.tsv is the same as dk-june-bad.tsv, which is imported first: it will not be imported again.').waitFor();
    const fact = (label: string) => card.locator('.fact-grid > div').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');
    expect(await fact('Importable').textContent()).toBe('1');
    expect(await fact('Earned').textContent()).toBe('$2.00');
    await page.getByText('2 files, 2 ready to import, 1 holding a statement picked twice').waitFor();

    const summary = await imports.importReady(2);
    await summary.getByText('2 files imported, with 3 lines.').waitFor();
    // The zip's copy is found a duplicate of the file imported first; no line of it was corrected since.
    await summary.getByText(`${MEMBER}`, { exact: true }).waitFor();
    expect(await summary.getByText(/With the corrected lines/).count()).toBe(0);
    await expect.poll(() => imports.historyRows().count()).toBe(3);
  });

  it('says a DSR file picked again, and a zip holding it, are the same statement as the file picked first, asks nothing, and imports it once', async () => {
    const report = readFileSync(join(DDEX, MARCH_NO));
    await imports.stage([written(MARCH_NO, report), written('march-no-copy.tsv', report), written('dsr-march.zip', zipBytes([{ name: `reports/${MARCH_NO}`, data: report }]))]);
    await imports.waitForPreview(MARCH_NO, 'Ready');
    for (const again of ['march-no-copy.tsv', 'dsr-march.zip']) {
      const card = await imports.waitForPreview(again, 'Picked twice');
      await card.getByText(`The same statement as ${MARCH_NO}, which is imported first: this file will not be imported a second time.`, { exact: true }).waitFor();
    }
    expect(await page.getByRole('radiogroup').count()).toBe(0);
    await page.getByText('3 files, 1 ready to import, 2 picked twice').waitFor();
    await page.screenshot({ path: resultPath('ddex-picked-twice.png') });

    const summary = await imports.importReady(1);
    await summary.getByText('1 file imported, with 5 lines.').waitFor();
    // The summary accounts for the files not sent as well, and they leave the page with the one sent.
    for (const again of ['march-no-copy.tsv', 'dsr-march.zip']) {
      const row = summary.getByRole('listitem').filter({ has: page.getByText(again, { exact: true }) });
      await row.getByText('Picked twice', { exact: true }).waitFor();
      await row.getByText(`The same statement as ${MARCH_NO}, imported once.`, { exact: true }).waitFor();
    }
    expect(await page.locator('.staged-card').count()).toBe(0);
    // The header row and the one import.
    await expect.poll(() => imports.historyRows().count()).toBe(2);
    await imports.historyRows().filter({ hasText: MARCH_NO }).waitFor();

    // Undone, then imported again from the copy: the new import takes the freed id, and the undo's notice goes all the same.
    await page.getByRole('button', { name: 'Close summary' }).click();
    await imports.historyRows().filter({ hasText: MARCH_NO }).getByRole('button', { name: `Undo import of ${MARCH_NO}` }).click();
    await page.getByRole('dialog', { name: 'Undo this import?' }).getByRole('button', { name: 'Undo import' }).click();
    const removed = page.getByRole('status').filter({ hasText: `Removed 5 lines imported from ${MARCH_NO}.` });
    await removed.waitFor();
    await expect.poll(() => imports.historyRows().count()).toBe(0);
    await imports.stage([written('march-no-again.tsv', report)]);
    await imports.waitForPreview('march-no-again.tsv', 'Ready');
    await (await imports.importReady(1)).getByText('1 file imported, with 5 lines.').waitFor();
    await imports.historyRows().filter({ hasText: 'march-no-again.tsv' }).waitFor();
    await expect.poll(() => removed.count()).toBe(0);
    expect(workstation.session.problems).toEqual([]);
  });

  it('says once on a zip of two header-only files of one DSR report what both say, and nothing of their report, as they are refused', async () => {
    const names = [1, 2].map((n) => `DSR_PADPIDA2014999999Z_PADPIDA2014111801Y_AdSupport_2015-02_AU_${n}of2_20150723T092522.tsv`);
    const parts = names.map((name) => readFileSync(join(SHARED_DDEX, name)));
    await imports.stage([...names.map((name, i) => written(name, parts[i]!)), written('dsr-au-2parts.zip', zipBytes(names.map((name, i) => ({ name, data: parts[i]! }))))]);
    const foot = 'The FOOT record disagrees with the file: FOOT says NumberOfLinesInFile = 123, but the file has 7 lines.';
    for (const file of [...names, 'dsr-au-2parts.zip']) {
      const card = await imports.waitForPreview(file, 'Rejected');
      expect(await card.getByText(foot, { exact: true }).count()).toBe(1);
    }
    expect(await page.getByText(/not imported yet/).count()).toBe(0);
    await page.screenshot({ path: resultPath('ddex-header-only-parts-refused.png'), fullPage: true });
  });

  it('says on a zip of a two-file DSR report which file a file picked above it holds, counts only the other, and imports each file once', async () => {
    await imports.stage([written(PART_1, readFileSync(join(DDEX, PART_1)))]);
    await imports.waitForPreview(PART_1, 'Ready');
    await imports.stage([written('dz-gb.zip', zipBytes([PART_1, PART_2].map((name) => ({ name: `gb/${name}`, data: readFileSync(join(DDEX, name)) }))))]);
    const card = await imports.waitForPreview('dz-gb.zip', 'Ready');
    await card.getByText(`Its statement gb/${PART_1} is the same as ${PART_1}, which is imported first: it will not be imported again.`, { exact: true }).waitFor();
    const fact = (label: string) => card.locator('.fact-grid > div').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');
    // File 2 alone: its 2 usage lines.
    expect(await fact('Importable').textContent()).toBe('2');
    await page.getByText('2 files, 2 ready to import, 1 holding a statement picked twice').waitFor();

    const summary = await imports.importReady(2);
    await summary.getByText('2 files imported, with 7 lines.').waitFor();
    await expect.poll(() => imports.historyRows().count()).toBe(3);
    await imports.historyRows().filter({ hasText: `dz-gb.zip › gb/${PART_2}` }).waitFor();
    expect(await imports.historyRows().filter({ hasText: `dz-gb.zip › gb/${PART_1}` }).count()).toBe(0);
  });
});
