import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setFxRates } from '../../../src/main/currency/fx-rates';
import { deleteMapping, saveMapping, savedMappingFormats } from '../../../src/main/import/column-mapping/saved-mappings';
import { MappingSpec } from '../../../src/shared/contract/column-mapping';
import { COOP_MAPPING } from '../../support/coop-mapping';
import { checkCorrections, correctLines } from '../../../src/main/import/quarantine-correction/correct-lines';
import { quarantinedLines } from '../../../src/main/import/quarantine-correction/quarantined-lines';
import { writeWorkbook } from '../../fixtures/make-containers';
import { importAll, importFile, openTempStore, type TempStore } from './temp-store';

let store: TempStore;
beforeEach(() => {
  store = openTempStore('tunemantra-correction-');
});
afterEach(() => store.cleanup());

const DK_HEADER = [
  'Date Inserted', 'Reporting Date', 'Sale Month', 'Store', 'Artist', 'Title', 'ISRC', 'UPC', 'Quantity', 'Team Percentage',
  'Source Type', 'Country of Sale', 'Songwriter Royalties Withheld (USD)', 'Earnings (USD)', 'Recoup (USD)',
];
/** A title whose cell holds the text delimiter, quotes and a line break: what a CSV would have to quote. */
const AWKWARD_TITLE = 'He said "Hi", then\nleft';

const APPLE = fileURLToPath(new URL('../../fixtures/statements/apple/apple-financial-report.txt', import.meta.url));

const TC_HEADER = 'Sales Period,Posted Date,Store Name,Country Of Sale,Artist,Release Type,Release Title,Song Title,Label,UPC,Optional UPC,TC Song ID,Optional ISRC,Sales Type,# Units Sold,Per Unit Price,Net Sales,Net Sales Currency,Exchange Rate,Total Earned,Currency';
const tcLine = (earned: string) => `2024-05-01,2024-06-15,Spotify,DE,Ana Sol,Single,Luz,Luz,,,,1,ESA012400001,Streaming,100,0.003,0.30,EUR,1,${earned},EUR`;

describe('a quarantined line read again with its import layout', () => {
  it('gives a workbook row back the very cells the sheet had, quotes, delimiter and line break included', async () => {
    const path = await writeWorkbook(join(store.dir, 'royalties.xlsx'), [
      {
        name: 'Sheet1',
        rows: [
          DK_HEADER,
          ['2025-06-03', '2025-06-05', '2025-04', 'Spotify', 'Ana Sol', 'Luz', 'ESA012400001', null, 10, 100, 'Song', 'ES', 0, 1.5, 0],
          ['2025-06-03', '2025-06-05', '2025-04', 'Deezer', 'Ana Sol', AWKWARD_TITLE, 'ESA012400002', null, 4, 100, 'Song', 'FR', 0, 'n/a', 0],
        ],
      },
    ]);
    const [outcome] = await importAll(store.db, path, { mode: 'lenient' });
    expect(outcome).toMatchObject({ status: 'imported', imported: 1, rejected: 1 });
    const importId = outcome!.importId!;
    const [quarantined] = quarantinedLines(store.db, importId).lines;
    expect(quarantined!.raw.split('\t')[5]).toBe(AWKWARD_TITLE);

    const request = { importId, lines: [{ line: 3, text: quarantined!.raw.replace('n/a', '2.5') }] };
    expect(checkCorrections(store.db, request).lines).toEqual([
      { line: 3, reads: true, sample: expect.objectContaining({ Line: '3', Platform: 'Deezer', Title: AWKWARD_TITLE, Quantity: '4', Earned: '2.50000000 USD' }) },
    ]);
    expect(correctLines(store.db, request)).toMatchObject({ corrected: 1, stillQuarantined: 0 });
    const stored = store.db
      .prepare('SELECT l.line_no, r.title, l.territory, l.quantity FROM statement_line l JOIN recording r ON r.id = l.recording_id WHERE l.import_id = ? ORDER BY l.line_no')
      .all(importId);
    expect(stored).toEqual([
      { line_no: 2, title: 'Luz', territory: 'ES', quantity: 10 },
      { line_no: 3, title: AWKWARD_TITLE, territory: 'FR', quantity: 4 },
    ]);
    expect(store.db.prepare('SELECT imported_count, rejected_count, quantity_total, totals_json FROM import_batch WHERE id = ?').get(importId)).toEqual({
      imported_count: 2, rejected_count: 0, quantity_total: 14, totals_json: '{"USD":"4.00000000"}',
    });
  });

  it('keeps a text line as the file would write it, so a title holding the delimiter and quotes reads back as one cell', async () => {
    const title = 'Love, "Actually"';
    const quotedTitle = '"Love, ""Actually"""';
    const line = (earned: string) => tcLine(earned).replace(',Single,Luz,Luz,', `,Single,Luz,${quotedTitle},`).replace('ESA012400001', 'ESA012400002');
    const path = join(store.dir, 'tunecore-quoted.csv');
    writeFileSync(path, [TC_HEADER, tcLine('0.30'), line('0,3O')].join('\n'));
    const outcome = await importFile(store.db, path, { mode: 'lenient' });
    expect(outcome).toMatchObject({ status: 'imported', imported: 1, rejected: 1 });
    const [quarantined] = quarantinedLines(store.db, outcome.importId!).lines;
    expect(quarantined!.raw).toBe(line('0,3O'));

    // Only the amount is mended, as a user would in the dialog.
    const request = { importId: outcome.importId!, lines: [{ line: 3, text: quarantined!.raw.replace('0,3O', '0.35') }] };
    expect(correctLines(store.db, request)).toMatchObject({ corrected: 1, stillQuarantined: 0 });
    const stored = store.db
      .prepare('SELECT r.title, l.quantity, l.amount_hi FROM statement_line l JOIN recording r ON r.id = l.recording_id WHERE l.import_id = ? AND l.line_no = 3')
      .get(outcome.importId!);
    expect(stored).toEqual({ title, quantity: 100, amount_hi: 35_000_000 });
  });

  it('converts a corrected line with the FX rate of its month and keeps its other columns under an id of its own', async () => {
    setFxRates(store.db, [{ month: 202405, currency: 'EUR', rate: '1.1' }]);
    const path = join(store.dir, 'tunecore.csv');
    writeFileSync(path, [TC_HEADER, tcLine('0.30'), tcLine('0,3O')].join('\n'));
    const outcome = await importFile(store.db, path, { mode: 'lenient' });
    expect(outcome).toMatchObject({ status: 'imported', imported: 1, rejected: 1 });
    const extraIdsBefore = store.db.prepare('SELECT id FROM line_extra').pluck().all() as number[];

    expect(correctLines(store.db, { importId: outcome.importId!, lines: [{ line: 3, text: tcLine('0.45') }] })).toMatchObject({ corrected: 1 });
    const line3 = store.db.prepare('SELECT base_hi, base_lo, extra_id, currency FROM statement_line WHERE import_id = ? AND line_no = 3').get(outcome.importId!) as {
      base_hi: number; base_lo: number; extra_id: number | null; currency: string;
    };
    // 0.45 EUR × 1.1 = 0.495 USD: 49,500,000 units of 1e-8.
    expect(line3).toMatchObject({ base_hi: 49_500_000, base_lo: 0, currency: 'EUR' });
    expect(line3.extra_id).not.toBeNull();
    expect(extraIdsBefore).not.toContain(line3.extra_id);
    expect(store.db.prepare('SELECT import_id FROM line_extra WHERE id = ?').pluck().get(line3.extra_id)).toBe(outcome.importId);
    expect(JSON.parse(store.db.prepare('SELECT totals_json FROM import_batch WHERE id = ?').pluck().get(outcome.importId!) as string)).toEqual({ EUR: '0.75000000' });
  });

  it("judges the file's own totals again: the corrected line is what they were missing", async () => {
    const printed = readFileSync(APPLE, 'utf8');
    const path = join(store.dir, 'apple.txt');
    writeFileSync(path, printed.replace('\t8.40\t', '\t8,4O\t'));
    const outcome = await importFile(store.db, path, { mode: 'lenient' });
    expect(outcome).toMatchObject({ status: 'imported', imported: 5, rejected: 1 });
    const kept = () => store.db.prepare('SELECT label, stated, found, matches FROM stated_total_check WHERE import_id = ? ORDER BY position').raw(true).all(outcome.importId!);
    // 19.985 − 8.40 = 11.585 and 20 − 12 = 8 without line 2.
    expect(kept()).toEqual([['Total_Rows', '6', '6', 1], ['Total_Amount', '19.985', '11.585', 0], ['Total_Units', '20', '8', 0]]);

    const line2 = printed.split('\n')[1]!;
    expect(correctLines(store.db, { importId: outcome.importId!, lines: [{ line: 2, text: line2 }] })).toMatchObject({ corrected: 1 });
    expect(kept()).toEqual([['Total_Rows', '6', '6', 1], ['Total_Amount', '19.985', '19.985', 1], ['Total_Units', '20', '20', 1]]);
  });

  it('reads a line of a statement read by a saved column mapping as that mapping did, though it was deleted since', async () => {
    const { mappingId } = saveMapping(store.db, 'Co-op', MappingSpec.parse(COOP_MAPPING));
    const path = join(store.dir, 'coop.csv');
    const line = (amount: string) => `01/03/2025;Deezer;BE;Ana Sol;Luz;FRX202500001;350;${amount}`;
    writeFileSync(path, ['Releve de ventes;Indie Pressing Co-op', 'Edite le;05/04/2025', 'Periode;Boutique;Pays;Interprete;Titre;Code ISRC;Ventes;Montant net',
      line('3,456789'), line('0,9x')].join('\n'));
    const outcome = await importFile(store.db, path, { mode: 'lenient', extraFormats: savedMappingFormats(store.db) });
    expect(outcome).toMatchObject({ status: 'imported', imported: 1, rejected: 1 });
    deleteMapping(store.db, mappingId);

    // Decimal commas and day-first dates, as the mapping said when the statement was read.
    expect(checkCorrections(store.db, { importId: outcome.importId!, lines: [{ line: 5, text: line('0,5') }] }).lines).toEqual([
      { line: 5, reads: true, sample: expect.objectContaining({ Line: '5', 'Sale period': '2025-03-01', Quantity: '350', Earned: '0.50000000 USD' }) },
    ]);
  });
});
