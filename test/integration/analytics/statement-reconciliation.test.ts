import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { statementReconciliation } from '../../../src/main/analytics/statement-reconciliation';
import { removeImports } from '../../../src/main/import/remove-imports';
import { MIGRATIONS } from '../../../src/main/store/migrations';
import { openReaderStore, openWriterStore } from '../../../src/main/store/open-store';
import { StatementReconciliation } from '../../../src/shared/analytics/reconciliation-contract';
import { decimalUnits, importFile, openTempStore, rowCount, type TempStore } from '../import/temp-store';

const FIXTURES = fileURLToPath(new URL('../../fixtures/statements/', import.meta.url));
const APPLE = join(FIXTURES, 'apple', 'apple-financial-report.txt');

let store: TempStore;
beforeEach(() => {
  store = openTempStore('tunemantra-reconciliation-');
});
afterEach(() => store.cleanup());

const report = () => {
  const reader = openReaderStore(join(store.dir, 'store.sqlite'));
  try {
    return StatementReconciliation.parse(statementReconciliation(reader));
  } finally {
    reader.close();
  }
};

/**
 * The Apple report's own figures, read straight from its text: the product rows' Extended Partner
 * Share, a return ("R") counted against the sales whichever sign it is printed with, and its trailers.
 */
function appleFigures(text: string) {
  const rows = text.split('\n').map((line) => line.split('\t'));
  const header = rows[0]!;
  const share = header.indexOf('Extended Partner Share');
  const kind = header.indexOf('Sales or Return');
  const products = rows.slice(1).filter((cells) => /^\d{2}\/\d{2}\/\d{4}$/.test(cells[0] ?? ''));
  const earned = (cells: string[]) => {
    const units = decimalUnits(cells[share]!);
    const magnitude = units < 0n ? -units : units;
    return cells[kind] === 'R' ? -magnitude : units;
  };
  const trailer = (label: string) => rows.find((cells) => cells[0] === label)![1]!;
  return { products: products.length, amount: products.reduce((sum, cells) => sum + earned(cells), 0n), stated: trailer('Total_Amount') };
}

describe('the statement reconciliation report', () => {
  it("shows each file's own totals next to what was imported, with the exact difference", async () => {
    const text = readFileSync(APPLE, 'utf8');
    const figures = appleFigures(text);
    expect(figures).toEqual({ products: 6, amount: decimalUnits('19.985'), stated: '19.985' });
    expect((await importFile(store.db, APPLE)).status).toBe('imported');

    // The same report, its Total_Amount a cent and a half off: lenient mode imports it with a warning.
    const edited = join(store.dir, 'apple-edited.txt');
    writeFileSync(edited, text.replace('Total_Amount\t19.985', 'Total_Amount\t19.97'));
    expect((await importFile(store.db, edited, { mode: 'lenient' })).status).toBe('imported');
    expect((await importFile(store.db, join(FIXTURES, 'distrokid-legacy.tsv'))).status).toBe('imported');

    const { imports, summary } = report();
    expect(summary).toEqual({ matched: 1, mismatch: 1, noStatedTotal: 1, notRecorded: 0 });
    // DistroKid's "Amazon (Downloads)" is filed under its canonical name; Apple's reports are the iTunes Store's.
    expect(imports.map((i) => i.platforms)).toEqual([['Amazon Downloads', 'Apple Music', 'iTunes', 'Spotify'], ['iTunes'], ['iTunes']]);
    expect(imports.map((i) => [i.fileName, i.format, i.status])).toEqual([
      ['distrokid-legacy.tsv', 'DistroKid', 'noStatedTotal'],
      ['apple-edited.txt', 'Apple financial report', 'mismatch'],
      ['apple-financial-report.txt', 'Apple financial report', 'matched'],
    ]);
    const [, mismatched, matched] = imports;
    expect(matched!.amounts).toEqual({ USD: '19.98500000' });
    expect(matched!.checks).toEqual([
      { label: 'Total_Rows', measure: 'lines', currency: null, line: 8, stated: String(figures.products), found: '6', difference: '0', matches: true },
      { label: 'Total_Amount', measure: 'amount', currency: 'USD', line: 9, stated: figures.stated, found: '19.985', difference: '0.000', matches: true },
      { label: 'Total_Units', measure: 'quantity', currency: null, line: 10, stated: '20', found: '20', difference: '0', matches: true },
    ]);
    expect(decimalUnits(matched!.checks[1]!.found)).toBe(figures.amount);
    // 19.985 imported against 19.97 stated: 0.015 more than the file says
    expect(mismatched!.checks[1]).toEqual({
      label: 'Total_Amount', measure: 'amount', currency: 'USD', line: 9, stated: '19.97', found: '19.985', difference: '0.015', matches: false,
    });
    expect(imports[0]!.checks).toEqual([]);
  });

  it("keeps a DSR file's FOOT counts, disagreeing ones included when lenient mode took the file", async () => {
    const dsr = join(FIXTURES, 'ddex', 'DSR_PADPIDA2025031001L_PADPIDA2099000002S_PremiumSubscription_2025-01_DE_20250202T080000.tsv');
    const lines = readFileSync(dsr, 'utf8').split('\n').filter((line) => line !== '');
    const foot = lines.findIndex((line) => line.startsWith('FOOT\t'));
    const [linesInFile, linesInReport, summaries] = lines[foot]!.split('\t').slice(1);
    expect((await importFile(store.db, dsr, { mode: 'lenient' })).status).toBe('imported');

    const [dsrImport] = report().imports;
    expect(dsrImport).toMatchObject({ format: 'DDEX DSR', platforms: ['Spotify'], status: 'mismatch' });
    const byLabel = Object.fromEntries(dsrImport!.checks.map((c) => [c.label, c]));
    expect(byLabel['FOOT NumberOfLinesInFile']).toEqual({
      label: 'FOOT NumberOfLinesInFile', measure: 'records', currency: null, line: foot + 1,
      stated: linesInFile, found: String(lines.length), difference: String(lines.length - Number(linesInFile)), matches: false,
    });
    expect(byLabel['FOOT NumberOfLinesInReport']!.stated).toBe(linesInReport);
    const summaryRecords = lines.filter((line) => line.startsWith('SY')).length;
    expect(byLabel['FOOT NumberOfSummaryRecords']).toMatchObject({ stated: summaries, found: String(summaryRecords), difference: String(summaryRecords - Number(summaries)) });
  });

  it('forgets an undone import together with its checks', async () => {
    const outcome = await importFile(store.db, APPLE);
    expect(rowCount(store.db, 'stated_total_check')).toBe(3);
    removeImports(store.db, [outcome.importId!]);
    expect(rowCount(store.db, 'stated_total_check')).toBe(0);
    expect(report()).toEqual({ imports: [], summary: { matched: 0, mismatch: 0, noStatedTotal: 0, notRecorded: 0 } });
  });

  it('says "not recorded" for imports made before stated totals were kept', () => {
    const file = join(store.dir, 'older.sqlite');
    const older = new Database(file);
    for (const migration of MIGRATIONS.filter((m) => m.version <= 7)) older.exec(migration.sql);
    older.pragma('user_version = 7');
    older
      .prepare(
        `INSERT INTO import_batch (file_name, file_sha256, byte_length, format, format_variant, encoding, status, line_count,
           imported_count, rejected_count, quantity_total, totals_json, imported_at)
         VALUES ('kontor-2024-04.csv', 'abc', 10, 'kontor', 'sales', 'utf-8', 'imported', 3, 3, 0, 4950, '{"EUR":"14.845678"}', '2024-05-01T10:00:00.000Z')`,
      )
      .run();
    older.close();
    openWriterStore(file).close();
    const reader = openReaderStore(file);
    try {
      const result = statementReconciliation(reader);
      expect(result.summary.notRecorded).toBe(1);
      expect(result.imports[0]).toMatchObject({ fileName: 'kontor-2024-04.csv', format: 'Kontor New Media', status: 'notRecorded', amounts: { EUR: '14.845678' }, checks: [] });
    } finally {
      reader.close();
    }
  });
});
