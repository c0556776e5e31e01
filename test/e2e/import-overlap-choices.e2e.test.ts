import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeImports } from '../../src/main/import/remove-imports';
import { openWriterStore } from '../../src/main/store/open-store';
import { APPLE_EUROPE_FEBRUARY, APPLE_UK_FEBRUARY } from '../support/apple-region-report';
import { DISTROKID_13_HEADER } from '../support/temp-store';
import { ImportPage, openOnImportPage } from './import-page';
import { allTimeRevenueCents } from './overview-figures';
import type { WorkstationInBrowser } from './workstation-in-browser';

/** A DistroKid statement reported on 5 April 2024: one line per [sale month, earnings]. */
const statement = (lines: [saleMonth: string, earnings: string][]) =>
  [DISTROKID_13_HEADER, ...lines.map(([sale, earnings]) => ['2024-04-05', sale, 'Spotify', 'Ana Sol', 'Luz', 'ESA012400001', '', '10', '100', 'Song', 'ES', '0', earnings].join('\t'))].join('\n');

// feb.tsv earns 1.25 + 2.50 = 3.75, march.tsv 4.00; q1-revised.tsv covers both months with 5.00 + 6.00.
const FEB = statement([['2024-02', '1.25'], ['2024-02', '2.50']]);
const MARCH = statement([['2024-03', '4.00']]);
const Q1_REVISED = statement([['2024-02', '5.00'], ['2024-03', '6.00']]);
const JANUARY = statement([['2024-01', '0.80']]);

describe('Import page: which earlier imports Replace replaces, a statement picked twice, cards kept up to date', () => {
  let workstation: WorkstationInBrowser;
  let page: Page;
  let imports: ImportPage;

  /** Writes statements (into a sub-folder when the name has one) and picks them together, in order. */
  async function stageWritten(files: [name: string, text: string][]): Promise<void> {
    const paths = files.map(([name, text]) => {
      const path = join(workstation.folder, name);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, text);
      return path;
    });
    await imports.stage(paths);
  }

  async function importAlone(name: string, text: string, lines: string): Promise<void> {
    await stageWritten([[name, text]]);
    await imports.waitForPreview(name, 'Ready');
    await (await imports.importReady(1)).getByText(`1 file imported, with ${lines}.`).waitFor();
    await page.getByRole('button', { name: 'Close summary' }).click();
  }

  const historyRow = (name: string) => imports.historyRows().filter({ has: page.getByRole('rowheader').getByText(name, { exact: true }) });

  beforeAll(async () => {
    ({ workstation, page, imports } = await openOnImportPage('import-overlap-choices'));
  });
  afterAll(async () => {
    await workstation?.close();
  });

  it('under Replace ticks every earlier import, names each with its period, lines and earnings, and replaces only those left ticked', async () => {
    await importAlone('feb.tsv', FEB, '2 lines');
    await importAlone('march.tsv', MARCH, '1 line');
    await stageWritten([['q1-revised.tsv', Q1_REVISED]]);
    const card = await imports.waitForPreview('q1-revised.tsv', 'Answer needed');
    const question = card.getByRole('radiogroup', { name: 'Same period as 2 earlier imports' });
    await question.getByRole('radio', { name: /^Replace — / }).check();

    const which = card.getByRole('group', { name: 'Earlier imports to replace' });
    const feb = which.getByRole('checkbox', { name: 'feb.tsv: sales Feb 2024, 2 lines, $3.75' });
    const march = which.getByRole('checkbox', { name: 'march.tsv: sales Mar 2024, 1 line, $4.00' });
    expect([await feb.isChecked(), await march.isChecked()]).toEqual([true, true]);
    await imports.waitForPreview('q1-revised.tsv', 'Ready');

    // None ticked: Replace would replace nothing, so the card says so and Import waits.
    await feb.uncheck();
    await march.uncheck();
    const none = which.getByRole('alert');
    await none.getByText('Tick at least one earlier import to replace, or choose another answer.').waitFor();
    await imports.waitForPreview('q1-revised.tsv', 'Answer needed');
    const importButton = page.getByRole('button', { name: 'Import 1 file' });
    expect(await importButton.isDisabled()).toBe(true);
    await page.getByText('Tick at least one earlier import to replace for 1 statement, or choose another answer').waitFor();

    await feb.focus();
    await page.keyboard.press('Space');
    expect(await feb.isChecked()).toBe(true);
    expect(await none.count()).toBe(0);
    // Replace now counts what it replaces, and the list says that the period kept beside this file counts twice.
    await question.getByRole('radio', { name: 'Replace — for a corrected statement, in place of 1 of the 2 earlier imports (those ticked below)' }).waitFor();
    await which.getByRole('status').getByText('march.tsv stays: Mar 2024 is then counted in both.', { exact: true }).waitFor();
    await march.check();
    await question.getByRole('radio', { name: 'Replace — for a corrected statement, in place of the 2 earlier imports' }).waitFor();
    await which.getByText('Those left unticked stay, beside this file.').waitFor();
    await march.uncheck();
    const summary = await imports.importReady(1);
    await summary.getByText('1 file imported, with 2 lines.').waitFor();

    // feb.tsv's $3.75 is replaced; march.tsv's $4.00 stays beside the revised $11.00.
    await historyRow('q1-revised.tsv').waitFor();
    await expect.poll(() => imports.historyRows().count()).toBe(3);
    expect(await historyRow('march.tsv').count()).toBe(1);
    expect(await historyRow('feb.tsv').count()).toBe(0);
    expect(await allTimeRevenueCents(page)).toBe(1500n);
    await imports.open();
  });

  it('checks a staged card again by itself after Undo and bring back, and the undo brings back only the import replaced', async () => {
    await page.getByRole('button', { name: 'Close summary' }).click();
    // feb.tsv picked again meets the import that replaced it.
    await stageWritten([['again/feb.tsv', FEB]]);
    const card = await imports.waitForPreview('feb.tsv', 'Answer needed');
    await card.getByRole('radiogroup', { name: 'Same period as an earlier import' }).getByText(/^q1-revised\.tsv \(sales Feb – Mar 2024, imported /).waitFor();

    await historyRow('q1-revised.tsv').getByRole('button', { name: 'Undo import of q1-revised.tsv' }).click();
    const dialog = page.getByRole('dialog', { name: 'Undo this import?' });
    await dialog.getByRole('button', { name: 'Undo and bring back feb.tsv' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('status').filter({ hasText: 'Brought back feb.tsv' }).waitFor();
    await expect.poll(() => imports.historyRows().count()).toBe(3);
    expect(await historyRow('march.tsv').count()).toBe(1);
    expect(await historyRow('feb.tsv').count()).toBe(1);

    // No Check again: the card found by itself that feb.tsv is imported once more.
    await imports.waitForPreview('feb.tsv', 'Already imported');
    await card.getByText(/^Imported on .* as DistroKid · 13-column: 2 lines, \$3\.75\.$/).waitFor();
    expect(await card.getByRole('radiogroup').count()).toBe(0);
    expect(await allTimeRevenueCents(page)).toBe(775n);
    await imports.open();
    await page.getByRole('button', { name: 'Remove feb.tsv' }).click();
  });

  it('checks a card again by itself when another program removes the import it matched: the app hears of it within seconds', async () => {
    await stageWritten([['again/march.tsv', MARCH]]);
    const card = await imports.waitForPreview('march.tsv', 'Already imported');
    // Another program (the command line, a second copy of the app) removes march.tsv's import from the store.
    const db = openWriterStore(workstation.location.databaseFile);
    try {
      const id = db.prepare<[string], number>('SELECT id FROM import_batch WHERE file_name = ?').pluck().get('march.tsv')!;
      removeImports(db, [id]);
    } finally {
      db.close();
    }
    // The writer sees the other connection's commit and every view reads again: no Check again needed.
    await imports.waitForPreview('march.tsv', 'Ready');
    await expect.poll(() => imports.historyRows().filter({ hasText: 'march.tsv' }).count()).toBe(0);
    expect(await card.getByRole('button', { name: 'Check march.tsv again' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Remove march.tsv' }).click();
  });

  it('says a statement picked twice from two folders is the same as the other, asks nothing between them, and imports it once', async () => {
    await stageWritten([['one/january.tsv', JANUARY], ['two/january-copy.tsv', JANUARY]]);
    await imports.waitForPreview('january.tsv', 'Ready');
    const copy = await imports.waitForPreview('january-copy.tsv', 'Picked twice');
    await copy.getByText('The same statement as january.tsv, which is imported first: this file will not be imported a second time.').waitFor();
    expect(await page.getByRole('radiogroup').count()).toBe(0);
    await page.getByText('2 files, 1 ready to import, 1 picked twice').waitFor();
    const summary = await imports.importReady(1);
    await summary.getByText('1 file imported, with 1 line.').waitFor();
    await expect.poll(() => imports.historyRows().filter({ hasText: 'january' }).count()).toBe(1);
    // feb.tsv's $3.75 (march.tsv was removed above) and January's $0.80 once.
    expect(await allTimeRevenueCents(page)).toBe(455n);
    expect(workstation.session.problems).toEqual([]);
  });

  it('checks a small staged file again by itself when the imports change, and offers the check on a large one instead', async () => {
    // Over 32 MB: 450,000 lines of June 2024, none of which overlaps what is imported.
    const june = ['2024-07-05', '2024-06', 'Spotify', 'Ana Sol', 'Luz', 'ESA012400001', '', '10', '100', 'Song', 'ES', '0', '0.0125'].join('\t');
    const large = [DISTROKID_13_HEADER, ...Array<string>(450_000).fill(june)].join('\n');
    expect(large.length).toBeGreaterThan(32 * 1024 * 1024);
    await imports.open();
    await stageWritten([['large-june.tsv', large], ['small-feb-again.tsv', FEB]]);
    const largeCard = await imports.waitForPreview('large-june.tsv', 'Ready');
    const smallCard = await imports.waitForPreview('small-feb-again.tsv', 'Already imported');

    // Undoing feb.tsv changes the imports: the small card finds feb.tsv's statement no longer imported by itself.
    await historyRow('feb.tsv').getByRole('button', { name: 'Undo import of feb.tsv' }).click();
    const dialog = page.getByRole('dialog', { name: 'Undo this import?' });
    await dialog.getByRole('button', { name: 'Undo import' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await imports.waitForPreview('small-feb-again.tsv', 'Ready');
    expect(await smallCard.getByText(/Imports have changed since/).count()).toBe(0);

    const stale = largeCard.getByText('Imports have changed since large-june.tsv was checked: what it overlaps or repeats may differ now.');
    await stale.waitFor();
    await largeCard.getByRole('button', { name: 'Check large-june.tsv again' }).click();
    await stale.waitFor({ state: 'detached' });
    await imports.waitForPreview('large-june.tsv', 'Ready');
    await page.getByRole('button', { name: 'Remove large-june.tsv' }).click();
    await page.getByRole('button', { name: 'Remove small-feb-again.tsv' }).click();
  }, 120_000);

  it("asks nothing of a store's report for another region of a month already imported: their territories share none", async () => {
    await importAlone('apple-eu-2025-02.txt', APPLE_EUROPE_FEBRUARY.toString(), '3 lines');
    await stageWritten([['apple-gb-2025-02.txt', APPLE_UK_FEBRUARY.toString()]]);
    const card = await imports.waitForPreview('apple-gb-2025-02.txt', 'Ready');
    expect(await card.getByRole('radiogroup').count()).toBe(0);
    await (await imports.importReady(1)).getByText('1 file imported, with 2 lines.').waitFor();
    await expect.poll(() => imports.historyRows().filter({ hasText: 'apple-' }).count()).toBe(2);
  });
});
