import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportPage } from './import-page';
import { openWorkstationInBrowser, resultPath, type WorkstationInBrowser } from './workstation-in-browser';

const FILE = 'cooperative-ventes-2025-03.csv';
const LINES = 40;

/**
 * A co-op's statement no format knows: semicolons, decimal commas, day-first dates (the 13th of
 * March, on line 14, is the first that cannot be month first), a "Type" of sale, the units sold as
 * "Ventes", and a long remark on every line, so its rows are wider and longer than the wizard.
 */
function coopStatement(): string {
  const header = 'Date de vente;Date du relevé;Boutique;Pays;Artiste;Titre;Type;Ventes;Montant net;Devise;Remarque';
  const lines = Array.from({ length: LINES }, (_, at) => {
    const day = String((at % 28) + 1).padStart(2, '0');
    const kind = at % 3 === 0 ? 'Download' : 'Stream';
    return `${day}/03/2025;05/04/2025;Spotify;FR;Ana Sol;Luz ${at};${kind};${at + 1};${at},25;EUR;${'relevé mensuel de la coopérative '.repeat(4)}`;
  });
  return [header, ...lines].join('\n');
}

interface Scrolling {
  /** Boxes in the dialog that scroll up and down now, by class. */
  vertical: string[];
  /** Those of them inside another of them. */
  nested: string[];
  /** The dialog's own boxes that are wider than they show. */
  sideways: string[];
}

/** What scrolls in the dialog as it is laid out now, measured in the page. */
async function scrolling(dialog: Locator): Promise<Scrolling> {
  return dialog.evaluate((root) => {
    type Box = typeof root;
    const view = root.ownerDocument.defaultView!;
    const name = (element: Box) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`;
    const scrolls = (element: Box) => ['auto', 'scroll'].includes(view.getComputedStyle(element).overflowY) && element.scrollHeight > element.clientHeight + 1;
    const vertical = [root, ...root.querySelectorAll<Box>('*')].filter(scrolls);
    const nested = vertical.filter((element) => vertical.some((other) => other !== element && other.contains(element)));
    const own = [root, ...root.querySelectorAll<Box>('.mapping-wizard-form, .mapping-wizard-body, .mapping-step, .mapping-preview, .mapping-fields')];
    return {
      vertical: vertical.map(name),
      nested: nested.map(name),
      sideways: own.filter((element) => element.scrollWidth > element.clientWidth + 1).map(name),
    };
  });
}

describe('The mapping wizard scrolls in one place and says why it reads dates day first', () => {
  let workstation: WorkstationInBrowser;
  let page: Page;
  let imports: ImportPage;

  beforeAll(async () => {
    workstation = await openWorkstationInBrowser('mapping-layout');
    ({ page } = workstation);
    imports = new ImportPage(page);
    const path = join(workstation.folder, FILE);
    writeFileSync(path, coopStatement());
    await workstation.openFirstRun();
    await imports.open();
    await imports.stage([path]);
    await imports.waitForPreview(FILE, 'Rejected');
  });

  afterAll(async () => {
    await workstation?.close();
  });

  for (const viewport of [{ width: 1024, height: 768 }, { width: 1400, height: 900 }]) {
    it(`at ${viewport.width} px: the raw rows and then the columns step each scroll in one box, and nothing overflows sideways`, async () => {
      await page.setViewportSize(viewport);
      await imports.card(FILE).getByRole('button', { name: 'Map columns…' }).click();
      const dialog = page.getByRole('dialog', { name: `Map the columns of ${FILE}` });
      const rows = dialog.getByRole('table', { name: `First rows of ${FILE}` });
      await rows.waitFor();

      // Step 1: the raw rows are taller than the wizard; only their table scrolls.
      expect(await scrolling(dialog)).toEqual({ vertical: ['div.table-scroll.mapping-rows'], nested: [], sideways: [] });
      await page.screenshot({ path: resultPath(`mapping-wizard-rows-${viewport.width}.png`) });
      await dialog.getByRole('button', { name: 'Next' }).click();

      // Step 2: the guesses, with the sale type and the units read from the cells.
      const guessed = async (field: string) => dialog.getByLabel(field, { exact: true }).inputValue();
      expect(await guessed('Sale period')).toBe('column:Date de vente');
      expect(await guessed('Reporting date')).toBe('column:Date du relevé');
      expect(await guessed('Sale type')).toBe('column:Type');
      expect(await guessed('Quantity')).toBe('column:Ventes');
      expect(await guessed('Earned amount')).toBe('column:Montant net');
      expect(await dialog.getByRole('radio', { name: 'Day first' }).isChecked()).toBe(true);
      const reason = dialog.getByText('Day first: 13/03/2025 on line 14 has 13 as its first number, and no date here reads only month first.');
      await reason.waitFor();
      expect(await dialog.getByRole('group', { name: 'Date order' }).getAttribute('aria-describedby')).toBe(await reason.getAttribute('id'));
      const preview = dialog.getByRole('region', { name: 'Preview' });
      await preview.getByText(`${LINES} of ${LINES} lines can be imported.`).waitFor();

      // One scrolling box at most, the body; the preview scrolls with it, not inside it.
      const step = await scrolling(dialog);
      expect(step.nested).toEqual([]);
      expect(step.sideways).toEqual([]);
      expect(step.vertical.filter((box) => box !== 'div.mapping-wizard-body')).toEqual([]);
      await reason.scrollIntoViewIfNeeded();
      await page.screenshot({ path: resultPath(`mapping-wizard-columns-${viewport.width}.png`) });

      // "Same for every line…" beside the currency box reads whole: the select is not squeezed to "Same for e".
      const currency = dialog.getByLabel('Currency', { exact: true });
      await currency.selectOption({ label: 'Same for every line…' });
      await dialog.getByLabel('Currency code', { exact: true }).waitFor();
      const fit = await currency.evaluate((select) => {
        const chosen = (select as typeof select & { selectedOptions: ArrayLike<{ text: string }> }).selectedOptions[0]!.text;
        const style = select.ownerDocument.defaultView!.getComputedStyle(select);
        const context = select.ownerDocument.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        // The menu's arrow takes about 20 px of the content box.
        const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
        return { chosen, text: context.measureText(chosen).width, room };
      });
      expect(fit.chosen).toBe('Same for every line…');
      expect(fit.text, `"${fit.chosen}" needs ${fit.text} px in a ${fit.room} px select`).toBeLessThanOrEqual(fit.room);
      expect((await scrolling(dialog)).sideways).toEqual([]);
      await currency.selectOption({ label: 'Devise' });

      // Set by hand, the other order keeps the guess's reason in view.
      await dialog.getByRole('radio', { name: 'Month first (US)' }).check();
      await dialog.getByText('Set by hand; the dates suggest day first: 13/03/2025 on line 14 has 13 as its first number').waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    });
  }

  it('left no problems in the page', () => {
    expect(workstation.session.problems).toEqual([]);
  });
});
