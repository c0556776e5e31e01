import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DDEX_DSR_FORMAT, DdexDsrError, openDdexStatement, writeDdexLines } from '../../../../src/main/import/ddex';
import { inspectStatementFile } from '../../../../src/main/import/statement-file';
import { StatementLineWriter } from '../../../../src/main/import/statement-line-writer';
import { decimalUnits, openTempStore, rowCount, storedQuantity, storedTotals, type TempStore } from '../temp-store';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/statements/ddex/', import.meta.url));
const BASIC = join(FIXTURES, 'DSR_PADPIDA2025031001L_PADPIDA2099000002S_PremiumSubscription_2025-03_NO_20250412T061530.tsv');
const UGC = join(FIXTURES, 'DSR_PADPIDA2025031001L_YouTube_AdSupport-music_2025-Q1_multi_20250420T101010.tsv');
const BAD_FOOT = join(FIXTURES, 'DSR_PADPIDA2025031001L_PADPIDA2099000002S_PremiumSubscription_2025-01_DE_20250202T080000.tsv');

let store: TempStore;
beforeEach(() => {
  store = openTempStore();
});
afterEach(() => store.cleanup());

/**
 * What the import pipeline does with a DSR file, step by step: first pass, open the statement
 * outside the transaction, then write every line through the real writer inside one transaction.
 */
async function importDsr(path: string, mode: 'strict' | 'lenient'): Promise<{ warnings: string[]; lines: number; writer: StatementLineWriter }> {
  const facts = await inspectStatementFile(path, () => {}, () => false);
  let lines = 0;
  const statement = await openDdexStatement(path, facts, basename(path), { isCancelled: () => false, onProgress: () => {}, lines: () => lines });
  store.db.exec('BEGIN IMMEDIATE');
  try {
    const importId = Number(
      store.db
        .prepare(
          `INSERT INTO import_batch (file_name, file_sha256, byte_length, format, format_variant, encoding, status, line_count,
             imported_count, rejected_count, quantity_total, totals_json, imported_at)
           VALUES (?, ?, ?, ?, ?, ?, 'imported', 0, 0, 0, 0, '{}', ?)`,
        )
        .run(basename(path), facts.sha256, facts.byteLength, DDEX_DSR_FORMAT.id, statement.variant, facts.encoding, new Date().toISOString())
        .lastInsertRowid,
    );
    const writer = new StatementLineWriter(store.db, importId);
    const result = await writeDdexLines(statement, writer, mode, (n) => (lines = n));
    writer.finish();
    store.db.exec('COMMIT');
    return { ...result, writer };
  } catch (error) {
    store.db.exec('ROLLBACK');
    throw error;
  }
}

describe('DSR lines written through the import writer into a real store', () => {
  it('stores a Basic Audio report with the exact total, the catalogue it names and its territory', async () => {
    const { lines, warnings, writer } = await importDsr(BASIC, 'strict');
    expect(lines).toBe(5);
    expect(warnings).toEqual([]);
    expect(writer.imported).toBe(5);
    expect(storedTotals(store.db)).toEqual({ NOK: decimalUnits('117.788888889012345') });
    expect(storedQuantity(store.db)).toBe(5613n);
    expect(store.db.prepare('SELECT title FROM recording ORDER BY title').pluck().all()).toEqual(['Ice Road', 'Let Me | Be "Free"', 'Polar Night']);
    expect(store.db.prepare('SELECT upc FROM release ORDER BY upc').pluck().all()).toEqual(['0707123456780', '7071234567893']);
    expect(store.db.prepare('SELECT DISTINCT territory FROM statement_line').pluck().all()).toEqual(['NO']);
    expect(store.db.prepare('SELECT DISTINCT p.name FROM statement_line s JOIN platform p ON p.id = s.platform_id').pluck().all()).toEqual(['Spotify']);
    expect(store.db.prepare('SELECT sale_type, SUM(quantity) FROM statement_line GROUP BY sale_type ORDER BY sale_type').raw().all()).toEqual([
      ['download', 1],
      ['stream', 5612],
    ]);
  });

  it('stores UGC lines as ugc sales and keeps the other controller\'s share out of the total', async () => {
    const { warnings } = await importDsr(UGC, 'strict');
    expect(storedTotals(store.db)).toEqual({ EUR: decimalUnits('5.642') });
    expect(store.db.prepare('SELECT DISTINCT sale_type FROM statement_line').pluck().all()).toEqual(['ugc']);
    expect(warnings).toEqual([expect.stringMatching(/Other Label AB \(1 line\)/)]);
  });

  it('strict mode refuses a file whose FOOT disagrees, naming the counts, and writes nothing', async () => {
    const refusal = importDsr(BAD_FOOT, 'strict');
    await expect(refusal).rejects.toBeInstanceOf(DdexDsrError);
    await expect(refusal).rejects.toMatchObject({
      line: 6,
      message: expect.stringMatching(/^the FOOT record disagrees with the file: FOOT says NumberOfLinesInFile = 7, but the file has 6 lines; /),
    });
    expect(rowCount(store.db, 'import_batch')).toBe(0);
    expect(rowCount(store.db, 'statement_line')).toBe(0);
  });

  it('lenient mode imports it and says what FOOT got wrong', async () => {
    const { warnings } = await importDsr(BAD_FOOT, 'lenient');
    expect(warnings[0]).toMatch(/FOOT says NumberOfSummaryRecords = 2, but the file has 1 summary records/);
    expect(storedTotals(store.db)).toEqual({ EUR: decimalUnits('0.40') });
  });

  it('quarantines a broken summary record once, and says how many usage records it holds back', async () => {
    const broken = join(store.dir, basename(BASIC));
    writeFileSync(broken, readFileSync(BASIC, 'utf8').replace('\t2040\tNOK\t', '\t2040\tN0K\t'));
    const { warnings, writer } = await importDsr(broken, 'lenient');
    // ST-0001, ST-0002 and ST-0005 refer to summary S1 (line 4); S2's two usages come in.
    expect(writer.problems).toEqual([{ line: 4, reason: expect.stringContaining('"N0K" is not a currency code') }]);
    expect(rowCount(store.db, 'rejected_line')).toBe(1);
    expect(warnings).toContain('Line 4 is quarantined, and with it the 3 usage records that refer to it: correct it and import the file again to bring them in.');
    expect(rowCount(store.db, 'statement_line')).toBe(2);
  });
});
