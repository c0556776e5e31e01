import { describe, expect, it } from 'vitest';
import { MappingSpec } from '../../../src/shared/contract/column-mapping';
import { QuerySpec } from '../../../src/shared/query/query-spec';
import { latestMappings, saveMapping } from '../../../src/main/import/column-mapping/saved-mappings';
import { openWriterStore } from '../../../src/main/store/open-store';
import { writeWorkbook } from '../../fixtures/make-containers';
import { COOP_HEADER as HEADER, COOP_MAPPING as MAPPING } from '../../support/coop-mapping';
import { coreEachTest } from '../../support/core-each-test';

/**
 * A co-operative distributor's statement the app has no format for: semicolons, decimal commas,
 * day-first dates, two preamble rows, no currency column (it pays in US dollars).
 */
const MARCH_APRIL = [
  'Releve de ventes;Indie Pressing Co-op',
  'Edite le;05/05/2025',
  HEADER.join(';'),
  '01/03/2025;Spotify;FR;Ana Sol;Luz;FRX202500001;1.200;3,456789',
  '01/03/2025;Deezer;BE;Ana Sol;Luz;FRX202500001;350;0,98765',
  '01/04/2025;Spotify;DE;Ana Sol;Mar;FRX202500002;2.000;5,5',
  '01/04/2025;Apple Music;FR;Ana Sol;Mar;FRX202500002;-1;-0,99',
].join('\r\n');
/** 3.456789 + 0.98765 + 5.5 - 0.99, by hand. */
const MARCH_APRIL_USD = '8.95443900';

/** The next month's export: the same columns in another order, and no preamble. */
const REORDERED = ['Montant net', 'Ventes', 'Code ISRC', 'Titre', 'Interprete', 'Pays', 'Boutique', 'Periode'];
const MAY = [
  REORDERED.join(';'),
  '0,000001;1;FRX202500001;Luz;Ana Sol;US;YouTube Music;01/05/2025',
  '12,34;4.321;FRX202500002;Mar;Ana Sol;FR;Spotify;01/05/2025',
  '1.000,1;10;FRX202500003;Sal;Ana Sol;ES;Amazon Music;01/05/2025',
].join('\n');
/** 0.000001 + 12.34 + 1000.1, by hand. */
const MAY_USD = '1012.44000100';


const perTest = coreEachTest('tunemantra-mapping-');

async function importStaged(stagedId: string, mode: 'lenient' | 'strict' = 'lenient') {
  const { jobId } = perTest.core.startStagedImport({ files: [{ stagedId, onOverlap: 'keepBoth' }], mode });
  for (;;) {
    const job = perTest.core.jobs.snapshot(jobId);
    if (job.status !== 'running') return (job.result as { outcomes: { status: string; format: string; variant: string; imported: number; amounts: Record<string, string>; message: string }[] }).outcomes;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const stage = (name: string, text: string) => perTest.core.stageUpload(name, Buffer.from(text, 'utf8')).stagedId;

describe('column mappings through the core', () => {
  it('inspects, previews, saves, and then reads a reordered file of the same layout by itself, to the exact total', async () => {
    const first = stage('coop-march-april.csv', MARCH_APRIL);
    expect(await perTest.core.previewImport(first)).toMatchObject({ status: 'rejected', message: expect.stringMatching(/not a statement layout this app recognises/) });

    const inspected = await perTest.core.inspectForMapping({ stagedId: first });
    expect(inspected).toMatchObject({ kind: 'text', encoding: 'utf-8', delimiter: ';', sheet: null, suggestedHeaderRow: 3 });
    expect(inspected.rows).toHaveLength(7);
    expect(inspected.rows[2]).toEqual(HEADER);
    expect(inspected.rows[3]).toEqual(['01/03/2025', 'Spotify', 'FR', 'Ana Sol', 'Luz', 'FRX202500001', '1.200', '3,456789']);
    // Split another way on request: a comma splits the decimal commas instead.
    expect((await perTest.core.inspectForMapping({ stagedId: first, delimiter: ',' })).rows[3]).toEqual(['01/03/2025;Spotify;FR;Ana Sol;Luz;FRX202500001;1.200;3', '456789']);

    const draft = await perTest.core.previewMapping(first, MappingSpec.parse(MAPPING));
    expect(draft).toMatchObject({
      status: 'ready', format: 'Column mapping', variant: 'not saved yet', importable: 4, rejected: 0, quantity: 3549,
      amounts: { USD: MARCH_APRIL_USD }, saleFrom: '2025-03-01', saleTo: '2025-04-01',
    });
    expect(draft.sample[0]).toMatchObject({ Line: '4', 'Sale period': '2025-03-01', Platform: 'Spotify', Artist: 'Ana Sol', Quantity: '1200', Earned: '3.45678900 USD' });
    expect(await perTest.core.listMappings()).toEqual([]);

    expect(await perTest.core.saveMapping('Indie Pressing Co-op', MappingSpec.parse(MAPPING))).toMatchObject({ version: 1 });
    expect(await perTest.core.listMappings()).toMatchObject([{ name: 'Indie Pressing Co-op', version: 1, columns: HEADER }]);

    const again = await perTest.core.previewImport(first);
    expect(again).toMatchObject({ status: 'ready', format: 'Indie Pressing Co-op', variant: 'saved mapping Indie Pressing Co-op v1', amounts: { USD: MARCH_APRIL_USD } });

    const may = stage('coop-may.csv', MAY);
    expect(await perTest.core.previewImport(may)).toMatchObject({ status: 'ready', variant: 'saved mapping Indie Pressing Co-op v1', importable: 3, quantity: 4332, amounts: { USD: MAY_USD } });

    const [aprilImported] = await importStaged(first);
    const [mayImported] = await importStaged(may);
    expect(aprilImported).toMatchObject({ status: 'imported', format: 'Indie Pressing Co-op', imported: 4, amounts: { USD: MARCH_APRIL_USD } });
    expect(mayImported).toMatchObject({ status: 'imported', format: 'Indie Pressing Co-op', imported: 3, amounts: { USD: MAY_USD } });

    const history = await perTest.core.importHistory();
    expect(history.map((h) => [h.fileName, h.format, h.variant])).toEqual([
      ['coop-may.csv', 'Indie Pressing Co-op', 'saved mapping Indie Pressing Co-op v1'],
      ['coop-march-april.csv', 'Indie Pressing Co-op', 'saved mapping Indie Pressing Co-op v1'],
    ]);
    const totals = await perTest.core.runQuery(QuerySpec.parse({ metrics: ['revenue', 'quantity'] }));
    // 8.954439 + 1012.440001 = 1021.39444, and 3549 + 4332 units.
    expect(totals.rows[0]).toEqual(['1021.39444000', 7881]);
  });

  it('saves a second version for the same header, and imports use the latest', async () => {
    await perTest.core.saveMapping('Co-op', MappingSpec.parse(MAPPING));
    const second = await perTest.core.saveMapping('Co-op shop', MappingSpec.parse({ ...MAPPING, fields: { ...MAPPING.fields, platform: { kind: 'fixed', value: 'Co-op Shop' } } }));
    expect(second.version).toBe(2);
    // A different header is a different layout: its own version 1.
    expect((await perTest.core.saveMapping('Other', MappingSpec.parse({ ...MAPPING, header: [...HEADER, 'Remarque'] }))).version).toBe(1);
    expect((await perTest.core.listMappings()).map((m) => [m.name, m.version])).toEqual([['Co-op shop', 2], ['Other', 1]]);

    const preview = await perTest.core.previewImport(stage('coop-may.csv', MAY));
    expect(preview).toMatchObject({ status: 'ready', format: 'Co-op shop', variant: 'saved mapping Co-op shop v2', amounts: { USD: MAY_USD } });
    expect(preview.sample.map((line) => line.Platform)).toEqual(['Co-op Shop', 'Co-op Shop', 'Co-op Shop']);
  });

  it('refuses a bad cell naming the line and the column: quarantined when lenient, the whole file when strict', async () => {
    await perTest.core.saveMapping('Co-op', MappingSpec.parse(MAPPING));
    const bad = MAY.replace('12,34;', 'douze;');
    const lenient = await perTest.core.previewImport(stage('coop-bad.csv', bad));
    expect(lenient).toMatchObject({ status: 'ready', importable: 2, rejected: 1, problems: [{ line: 3, reason: 'column "Montant net": "douze" is not a number' }] });

    const [strict] = await importStaged(stage('coop-bad.csv', bad), 'strict');
    expect(strict).toMatchObject({ status: 'rejected', imported: 0 });
    expect(strict!.message).toBe('coop-bad.csv line 3: column "Montant net": "douze" is not a number; nothing was imported.');
  });

  it('decodes a file as the mapping says: Shift_JIS names under an English header', async () => {
    // "テスト" in Shift_JIS; not UTF-8, so the importer alone would take the file for Windows-1252.
    const artist = Buffer.from([0x83, 0x65, 0x83, 0x58, 0x83, 0x67]);
    const file = Buffer.concat([
      Buffer.from('Month,Shop,Artist,Track,Units,Royalty\n2025-02,LINE MUSIC,'), artist, Buffer.from(',Hana,12,0.48\n'),
    ]);
    const stagedId = perTest.core.stageUpload('jp.csv', file).stagedId;
    expect((await perTest.core.inspectForMapping({ stagedId })).encoding).toBe('windows-1252');
    const inspected = await perTest.core.inspectForMapping({ stagedId, encoding: 'shift_jis' });
    expect(inspected.rows[1]?.[2]).toBe('テスト');

    await perTest.core.saveMapping('LINE', MappingSpec.parse({
      headerRow: 1, header: inspected.rows[0], delimiter: ',', encoding: 'shift_jis',
      fields: { salePeriod: 'Month', platform: { kind: 'column', column: 'Shop' }, artist: 'Artist', title: 'Track', quantity: 'Units', amount: 'Royalty', currency: { kind: 'fixed', value: 'JPY' } },
    }));
    const preview = await perTest.core.previewImport(stagedId);
    expect(preview).toMatchObject({ status: 'ready', encoding: 'shift_jis', amounts: { JPY: '0.48000000' } });
    expect(preview.sample[0]).toMatchObject({ Artist: 'テスト', Title: 'Hana' });
  });

  it('lists a workbook\'s sheets and shows the rows of the one asked for', async () => {
    const path = await writeWorkbook(perTest.folder.write('coop.xlsx', ''), [
      { name: 'Notes', rows: [['Read me first']] },
      { name: 'Ventes', rows: [HEADER, ['01/03/2025', 'Spotify', 'FR', 'Ana Sol', 'Luz', 'FRX202500001', 1200, 3.456789]] },
    ]);
    const stagedId = perTest.core.stagePaths([path])[0]!.stagedId;
    expect(await perTest.core.inspectForMapping({ stagedId })).toMatchObject({ kind: 'workbook', encoding: null, delimiter: null, sheets: ['Notes', 'Ventes'], sheet: 'Notes', rows: [['Read me first']] });
    const sales = await perTest.core.inspectForMapping({ stagedId, sheet: 'Ventes' });
    expect(sales).toMatchObject({ sheet: 'Ventes', suggestedHeaderRow: 1 });
    expect(sales.rows[1]).toEqual(['01/03/2025', 'Spotify', 'FR', 'Ana Sol', 'Luz', 'FRX202500001', '1200', '3.456789']);
    await expect(perTest.core.inspectForMapping({ stagedId, sheet: 'Missing' })).rejects.toThrow('The workbook has no sheet named "Missing" (its sheets: Notes, Ventes).');

    const preview = await perTest.core.previewMapping(stagedId, MappingSpec.parse({ ...MAPPING, headerRow: 1, sheet: 'Ventes', decimalSeparator: '.' }));
    expect(preview).toMatchObject({ status: 'ready', importable: 1, amounts: { USD: '3.45678900' }, quantity: 1200 });
  });
});

describe('saved mappings in the store', () => {
  it('pass over a stored mapping that cannot be read, and still import with the others', async () => {
    const db = openWriterStore(perTest.folder.location.databaseFile.replace(/\.sqlite$/, '-direct.sqlite'));
    try {
      saveMapping(db, 'Co-op', MappingSpec.parse(MAPPING));
      db.prepare("INSERT INTO column_mapping (name, fingerprint, version, spec_json, created_at) VALUES ('Broken', 'x', 1, '{not json', '2025-01-01')").run();
      db.prepare("INSERT INTO column_mapping (name, fingerprint, version, spec_json, created_at) VALUES ('Future', 'y', 1, '{\"specVersion\":2}', '2025-01-01')").run();
      expect(latestMappings(db).map((m) => m.name)).toEqual(['Co-op']);
    } finally {
      db.close();
    }
  });
});
