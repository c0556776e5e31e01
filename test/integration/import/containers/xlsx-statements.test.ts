import type ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workbookSheets } from '../../../../src/main/import/containers/workbook-sheets';
import { minimalWorkbook, writeWorkbook } from '../../../fixtures/make-containers';
import { decimalUnits, importAll, openTempStore, rowCount, storedQuantity, storedTotals, type TempStore } from '../temp-store';

let store: TempStore;
beforeEach(() => {
  store = openTempStore();
});
afterEach(() => store.cleanup());

const HEADER = [
  'Date Inserted', 'Reporting Date', 'Sale Month', 'Store', 'Artist', 'Title', 'ISRC', 'UPC', 'Quantity', 'Team Percentage',
  'Source Type', 'Country of Sale', 'Songwriter Royalties Withheld (USD)', 'Earnings (USD)', 'Recoup (USD)',
];
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
/** Excel's serial day number, as a formula such as =DATE(2025,6,3) caches it. */
const serial = (date: Date) => (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;

const HYPERLINK_TEXT = '=HYPERLINK("https://example.com/lluvia","Lluvia de Mayo")';

/**
 * A DistroKid export saved as a workbook: a preamble row above the header, dates as date cells,
 * earnings as doubles with many decimals, a store as a hyperlink cell, the artist as rich text, an
 * album title that is `=HYPERLINK(…)` typed as text, and on the album row a formula earning and a
 * formula date (each with its cached result). A summary tab follows.
 * Earnings: 5.7234567890123 + 0.0001234567890123 − 0.57 + 6.33 = 11.4835802458013123.
 * Units: 5230 + 1040 − 1 + 1 = 6270.
 */
function statementRows(badEarning?: string): ExcelJS.CellValue[][] {
  const artist = { richText: [{ text: 'Marisol ' }, { font: { bold: true }, text: 'Peñalba' }] };
  return [
    ['DistroKid — Bank → See excruciating detail, exported 2025-06-30'],
    HEADER,
    [day(2025, 6, 3), day(2025, 6, 5), '2025-04', 'Spotify', artist, 'Hold On, Let Go', 'QZK6J2500007', null, 5230, 100, 'Song', 'MX', 0, 5.7234567890123, 0],
    [day(2025, 6, 3), day(2025, 6, 5), '2025-04', { text: 'Apple Music', hyperlink: 'https://music.apple.com' }, artist, 'Hold On, Let Go', 'QZK6J2500007', null, 1040, 50, 'Song', 'US', 0, 0.0001234567890123, 0],
    [day(2025, 6, 3), day(2025, 6, 5), '2025-04', 'iTunes', artist, 'Hold On, Let Go', 'QZK6J2500007', 196589012357, -1, 100, 'Song', 'CA', 0, -0.57, 0],
    [
      { formula: 'DATE(2025,6,3)', result: serial(day(2025, 6, 3)) }, day(2025, 6, 5), '2025-04', 'iTunes', artist, HYPERLINK_TEXT, null,
      196589012357, 1, 100, 'Album', 'ES', 0, { formula: 'ROUND(6.33,2)', result: 6.33 }, 0,
    ],
    ...(badEarning === undefined ? [] : [[day(2025, 6, 3), day(2025, 6, 5), '2025-04', 'Deezer', 'Ana Sol', 'Luz', 'ESA012400001', null, 10, 100, 'Song', 'ES', 0, badEarning, 0]]),
  ];
}

const SUMMARY: ExcelJS.CellValue[][] = [['Summary'], ['Total earnings', 11.48], ['Lines', 4]];

async function royaltiesWorkbook(name = 'royalties.xlsx', badEarning?: string): Promise<string> {
  return writeWorkbook(join(store.dir, name), [
    { name: 'Sheet1', rows: statementRows(badEarning), formats: { A6: 'yyyy-mm-dd' } },
    { name: 'Summary', rows: SUMMARY },
  ]);
}

describe('statements in .xlsx workbooks', () => {
  it('imports the statement sheet with exact totals and reports the summary tab as skipped', async () => {
    const path = await royaltiesWorkbook();
    const outcomes = await importAll(store.db, path);
    expect(outcomes).toHaveLength(1);
    const [outcome] = outcomes;
    expect(outcome).toMatchObject({
      status: 'imported', format: 'DistroKid', variant: '15-column (Source Type)', encoding: 'xlsx', lines: 4, imported: 4,
      file: `${path} › Sheet1`, amounts: { USD: '11.4835802458013123' }, quantity: 6270,
    });
    expect(outcome!.message).toMatch(/^royalties\.xlsx › Sheet1: 4 lines imported as DistroKid/);
    expect(outcome!.warnings).toEqual([expect.stringMatching(/^royalties\.xlsx › Summary: skipped, no statement header in its first 20 rows \(it begins "Summary"\)/)]);
    expect(storedTotals(store.db)).toEqual({ USD: decimalUnits('11.4835802458013123') });
    expect(storedQuantity(store.db)).toBe(6270n);

    const lines = store.db
      .prepare<[], { line_no: number; sale_start: number; reporting_day: number; extra_json: string | null }>(
        'SELECT l.line_no, l.sale_start, l.reporting_day, e.fields AS extra_json FROM statement_line l LEFT JOIN line_extra e ON e.id = l.extra_id ORDER BY l.line_no',
      )
      .all();
    // Line numbers are the sheet's row numbers: the preamble is row 1, the header row 2.
    expect(lines.map((l) => l.line_no)).toEqual([3, 4, 5, 6]);
    expect(lines.every((l) => l.sale_start === 20250401 && l.reporting_day === 20250605)).toBe(true);
    // The formula date on row 6 is its cached result, read through its date format.
    expect(JSON.parse(lines[3]!.extra_json!)).toMatchObject({ date_inserted: '2025-06-03', team_percentage: '100' });
    expect(JSON.parse(lines[0]!.extra_json!)).toMatchObject({ date_inserted: '2025-06-03' });
    expect(store.db.prepare('SELECT name FROM artist').pluck().all()).toEqual(['Marisol Peñalba']);
    expect(store.db.prepare('SELECT title FROM release').pluck().all()).toEqual([HYPERLINK_TEXT]);
    const platforms = store.db.prepare('SELECT DISTINCT p.name FROM statement_line s JOIN platform p ON p.id = s.platform_id ORDER BY 1').pluck().all();
    expect(platforms).toContain('Apple Music');

    const batch = store.db.prepare('SELECT file_name, encoding, byte_length FROM import_batch').get();
    expect(batch).toMatchObject({ file_name: 'royalties.xlsx › Sheet1', encoding: 'xlsx' });
  });

  it('re-importing the same workbook is a duplicate and changes nothing', async () => {
    const path = await royaltiesWorkbook();
    const [first] = await importAll(store.db, path);
    const again = await importAll(store.db, path);
    expect(again).toEqual([expect.objectContaining({ status: 'duplicate', importId: first!.importId })]);
    expect(again[0]!.message).toMatch(/^royalties\.xlsx › Sheet1: already imported/);
    expect(rowCount(store.db, 'import_batch')).toBe(1);
  });

  it('names the sheet and its row in a strict refusal, and writes nothing', async () => {
    const path = await royaltiesWorkbook('royalties-bad.xlsx', 'twelve cents');
    const [outcome] = await importAll(store.db, path);
    expect(outcome!.status).toBe('rejected');
    expect(outcome!.message).toContain('royalties-bad.xlsx › Sheet1 line 7: column "Earnings (USD)": "twelve cents" is not a number');
    expect(outcome!.problems).toEqual([{ line: 7, reason: expect.stringContaining('twelve cents') }]);
    for (const table of ['statement_line', 'import_batch', 'rejected_line']) expect(rowCount(store.db, table), table).toBe(0);
  });

  it('quarantines the bad row by its sheet row number in lenient mode', async () => {
    const path = await royaltiesWorkbook('royalties-bad.xlsx', 'twelve cents');
    const [outcome] = await importAll(store.db, path, { mode: 'lenient' });
    expect(outcome).toMatchObject({ status: 'imported', imported: 4, rejected: 1, amounts: { USD: '11.4835802458013123' } });
    const quarantined = store.db.prepare('SELECT line_no, raw FROM rejected_line').all();
    expect(quarantined).toEqual([{ line_no: 7, raw: expect.stringContaining('Deezer\tAna Sol\tLuz') }]);
  });

  it('imports only the chosen sheet, and refuses a sheet that is missing or no statement', async () => {
    const path = await royaltiesWorkbook();
    const summary = await importAll(store.db, path, { sheet: 'Summary' });
    expect(summary).toEqual([expect.objectContaining({ status: 'rejected', message: expect.stringMatching(/^royalties\.xlsx › Summary: no statement header/) })]);
    const missing = await importAll(store.db, path, { sheet: 'April' });
    expect(missing[0]!.message).toMatch(/^royalties\.xlsx: the workbook has no sheet named "April" \(its sheets: Sheet1, Summary\)/);
    const chosen = await importAll(store.db, path, { sheet: 'Sheet1' });
    expect(chosen).toEqual([expect.objectContaining({ status: 'imported', imported: 4, warnings: [] })]);
  });

  it('imports every statement sheet of a workbook as its own import', async () => {
    const path = await writeWorkbook(join(store.dir, 'two-months.xlsx'), [
      { name: 'May', rows: statementRows().slice(1, 4) },
      { name: 'June', rows: statementRows().slice(1, 2).concat(statementRows().slice(4, 5)) },
    ]);
    const outcomes = await importAll(store.db, path);
    expect(outcomes.map((o) => [o.file, o.status, o.amounts])).toEqual([
      [`${path} › May`, 'imported', { USD: '5.7235802458013123' }],
      [`${path} › June`, 'imported', { USD: '-0.57000000' }],
    ]);
    expect(store.db.prepare('SELECT file_name FROM import_batch ORDER BY id').pluck().all()).toEqual(['two-months.xlsx › May', 'two-months.xlsx › June']);
  });

  it('reads a workbook from another writer: inline strings, no shared strings or styles, the sheet before the workbook part', async () => {
    const header = ['Reporting Date', 'Sale Month', 'Store', 'Artist', 'Title', 'ISRC', 'UPC', 'Quantity', 'Team Percentage', 'Song/Album', 'Country of Sale', 'Songwriter Royalties Withheld', 'Earnings (USD)'];
    const path = join(store.dir, 'generated.xlsx');
    writeFileSync(path, minimalWorkbook('Export & Co', [
      header,
      ['2024-03-05', '2024-01', 'Spotify', 'Lena Vos', 'Harbour', 'NLA1Z2400001', '', 1200, 100, 'Song', 'NL', 0, 3.456789012345],
      ['2024-03-05', '2024-01', 'Deezer', 'Lena Vos', 'Harbour', 'NLA1Z2400001', '', 40, 100, 'Song', 'FR', 0, '.12345678'],
    ]));
    const [outcome] = await importAll(store.db, path);
    // 3.456789012345 + .12345678; 1200 + 40
    expect(outcome).toMatchObject({ status: 'imported', file: `${path} › Export & Co`, amounts: { USD: '3.580245792345' }, quantity: 1240 });
  });

  it('refuses a sheet whose XML is broken, by its name, and a workbook damaged inside, without hanging', async () => {
    const broken = join(store.dir, 'broken.xlsx');
    writeFileSync(broken, minimalWorkbook('Export', [['Reporting Date', 'Sale Month'], ...Array.from({ length: 50 }, () => ['2024-03-05', '2024-01'])], true));
    const [xml] = await importAll(store.db, broken);
    expect(xml!.message).toMatch(/^broken\.xlsx › Export: the sheet cannot be read \(.+\); nothing was imported\.$/);

    const bytes = readFileSync(await royaltiesWorkbook());
    // Flip bytes in the middle of the file, inside a part's compressed data.
    for (let i = Math.floor(bytes.length * 0.3); i < Math.floor(bytes.length * 0.3) + 64; i++) bytes[i] = bytes[i]! ^ 0xff;
    const damaged = join(store.dir, 'damaged.xlsx');
    writeFileSync(damaged, bytes);
    const [outcome] = await importAll(store.db, damaged);
    expect(outcome!.status).toBe('rejected');
    expect(outcome!.message).toMatch(/^damaged\.xlsx: (the workbook's part .* cannot be read: it is damaged inside the archive|this zip archive \(or \.xlsx workbook\) cannot be read)/);
    for (const table of ['statement_line', 'import_batch']) expect(rowCount(store.db, table), table).toBe(0);
  });

  it('refuses a workbook with no statement sheet, naming what each sheet begins with', async () => {
    const path = await writeWorkbook(join(store.dir, 'notes.xlsx'), [{ name: 'Summary', rows: SUMMARY }, { name: 'Empty', rows: [] }]);
    const [outcome] = await importAll(store.db, path);
    expect(outcome!.status).toBe('rejected');
    expect(outcome!.message).toMatch(/^notes\.xlsx: no sheet of this workbook holds a statement layout this app recognises \(Summary: no statement header .*"Summary"\); Empty: the sheet is empty\)/);
  });

  it('reads the last sheet after passing over the others unread, round after round, with no stray error', async () => {
    // exceljs parks these sheets in temp files and deletes each when it moves on; a sheet passed
    // over unread once left a pending read of a deleted file (an uncaught ENOENT, now and then).
    const rows = (name: string) => [['Month', 'Sheet'], ...Array.from({ length: 40 }, (_, i) => [`2024-${String((i % 12) + 1).padStart(2, '0')}`, name])];
    const path = await writeWorkbook(join(store.dir, 'three.xlsx'), [{ name: 'A', rows: rows('A') }, { name: 'B', rows: rows('B') }, { name: 'C', rows: rows('C') }]);
    for (let round = 0; round < 40; round++) {
      const lastRows: string[][] = [];
      for await (const sheet of workbookSheets(path, () => undefined)) {
        if (sheet.name !== 'C') continue;
        for await (const row of sheet.rows) lastRows.push(row.fields);
      }
      expect(lastRows).toHaveLength(41);
      expect(lastRows.slice(1).every((fields) => fields[1] === 'C')).toBe(true);
    }
  });
});
