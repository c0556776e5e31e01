import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROLLUPS } from '../../../src/main/query/rollups/rollup-definitions';
import { openWriterStore } from '../../../src/main/store/open-store';
import { QuerySpec } from '../../../src/shared/query/query-spec';
import { appleFinancialReport } from '../../support/apple-financial-report';
import { coreWithChannelsEachTest } from '../../support/core-each-test';
import { dateFiscalJanuaryAsAnOlderVersionDid, takeReadAgainUpdate } from '../../support/older-apple-import';
import { importStatement, LUZ, olderAppleImport } from '../../support/older-fiscal-january';

const perTest = coreWithChannelsEachTest('tunemantra-read-again-');

function withStore<T>(use: (db: ReturnType<typeof openWriterStore>) => T): T {
  const db = openWriterStore(perTest.folder.location.databaseFile);
  try {
    return use(db);
  } finally {
    db.close();
  }
}

/** A catalogue id as what it stands for: ids change when the catalogue rows nothing else named are removed and made again. */
const CATALOGUE_NAMES: Record<string, string> = {
  recording_id: 'SELECT isrc FROM recording WHERE id = ?',
  release_id: 'SELECT upc FROM release WHERE id = ?',
  artist_id: 'SELECT name FROM artist WHERE id = ?',
};

/** Every stored figure of the store's statements, without the ids an import is given. */
function storedFigures() {
  return withStore((db) => {
    const named = (column: string, value: unknown) => (column in CATALOGUE_NAMES && value !== null ? db.prepare(CATALOGUE_NAMES[column]!).pluck().get(value) : value);
    const rollupRows = (table: string) => {
      const select = db.prepare(`SELECT * FROM ${table}`);
      const columns = select.columns().map((c) => c.name);
      return (select.raw(true).all() as unknown[][])
        .map((row) => JSON.stringify(row.map((value, i) => named(columns[i]!, value)).slice(1)))
        .sort();
    };
    return {
      lines: db
        .prepare(
          `SELECT l.line_no, l.sale_start, l.sale_end, l.sale_month, l.reporting_day, l.reporting_month, l.territory, r.isrc, l.quantity, l.currency,
             l.amount_hi, l.amount_lo, l.base_hi, l.base_lo, e.fields
           FROM statement_line l LEFT JOIN line_extra e ON e.id = l.extra_id LEFT JOIN recording r ON r.id = l.recording_id ORDER BY l.line_no`,
        )
        .raw(true)
        .all()
        .map((row) => (row as unknown[]).map((value, i, all) => (i === all.length - 1 && value !== null ? JSON.parse(value as string) : value))),
      rollups: Object.fromEntries(ROLLUPS.map(({ table }) => [table, rollupRows(table)])),
      batch: db.prepare('SELECT file_name, sale_from, sale_to, imported_count, rejected_count, totals_json, read_again_for FROM import_batch').raw(true).all(),
    };
  });
}

async function revenueByMonth(dateBasis: 'sale' | 'reporting') {
  const spec = QuerySpec.parse({ metrics: ['revenue', 'quantity'], dimensions: ['month'], dateBasis, timeRange: { kind: 'preset', preset: 'all' } });
  return (await perTest.core.runQuery(spec)).rows.map((row) => row.map(String));
}

const history = async () => (await perTest.channels['import:history']({})).imports;

describe('reading an import again from its archived original', () => {
  it('dates an Apple report an older version read by the days printed as this version does, keeping corrections, set-asides and what it replaced', async () => {
    const importId = await olderAppleImport(perTest);
    const asImportedNow = storedFigures();
    // 7.56 + 1.89 + 2.52 = 11.97 EUR × 1.0351 = 12.390147 USD in 19 units, all in January.
    const january = [['2025-01', '12.39014700', '19']];
    expect(await revenueByMonth('sale')).toEqual(january);

    dateFiscalJanuaryAsAnOlderVersionDid(perTest.folder.location.databaseFile, importId);
    // Read from the file: the core's answers stand until it changes the store itself.
    const months = withStore((db) => db.prepare('SELECT DISTINCT basis, month FROM rollup_month_platform ORDER BY basis').raw(true).all());
    expect(months).toEqual([['reporting', 202502], ['sale', 202412]]);
    const [older] = await history();
    expect(older).toMatchObject({ importId, fileName: 'apple-eu-fy25-p04.txt', setAside: 1, readAgain: { why: expect.stringContaining("Apple's fiscal months"), cannot: null } });
    expect(older!.replaced.map((r) => r.fileName)).toEqual(['apple-eu-fy25-p04-draft.txt']);

    const answer = await perTest.channels['import:readAgain']({ importId });
    expect(answer.previousImportId).toBe(importId);
    expect(answer.readAgain).toMatchObject({ fileName: 'apple-eu-fy25-p04.txt', imported: 3, rejected: 1, amounts: { EUR: '11.97000000' }, toCorrectAgain: [] });
    expect(answer.message).toBe(
      'Read apple-eu-fy25-p04.txt again from its archived original: 3 lines imported, 1 line quarantined. ' +
        'Line 4 of apple-eu-fy25-p04.txt, corrected after its first import, is corrected again as it was.',
    );

    // Every line, kept column and rollup as a fresh import of the report stores them, converted at January's rate.
    expect(storedFigures()).toEqual(asImportedNow);
    expect(await revenueByMonth('sale')).toEqual(january);
    expect(await revenueByMonth('reporting')).toEqual(january);
    const [readAgain] = await history();
    expect(readAgain).toMatchObject({ importId: answer.readAgain.importId, setAside: 1, rejected: 1, readAgain: null });
    expect(readAgain!.replaced.map((r) => r.fileName)).toEqual(['apple-eu-fy25-p04-draft.txt']);

    // What it replaced is still brought back by undoing it.
    const undone = await perTest.channels['import:undoBringingBack']({ importId: answer.readAgain.importId });
    expect(undone.broughtBack.map((b) => b.fileName)).toEqual(['apple-eu-fy25-p04-draft.txt']);
    expect(await revenueByMonth('sale')).toEqual([['2025-01', '7.82535600', '12']]);
  });

  it('says why it cannot when the archived original is gone, and changes nothing', async () => {
    const importId = await olderAppleImport(perTest);
    dateFiscalJanuaryAsAnOlderVersionDid(perTest.folder.location.databaseFile, importId);
    const before = storedFigures();
    const archive = withStore((db) => db.prepare<[number], string>('SELECT archive_path FROM import_batch WHERE id = ?').pluck().get(importId)!);
    rmSync(archive);

    const missing = `The archived original of apple-eu-fy25-p04.txt is missing (${archive}): undo it and import the file again if you still have it.`;
    expect((await history())[0]!.readAgain).toEqual({ why: expect.any(String), cannot: missing });
    await expect(perTest.channels['import:readAgain']({ importId })).rejects.toThrow(`${missing} Nothing was changed.`);
    expect(storedFigures()).toEqual(before);
  });

  it('is offered only for Apple reports still dated by a fiscal span, however often the store update runs', async () => {
    // Fiscal February 2026 is the calendar month itself (Sunday 1 – Saturday 28 February): nothing to read otherwise.
    const february = appleFinancialReport('02/01/2026', '02/28/2026', [{ ...LUZ, quantity: 2, share: '0.63', extended: '1.26', kind: 'S', country: 'DE' }], '1.26', 2);
    await importStatement(perTest, 'apple-eu-fy26-p05.txt', february, 'keepBoth');
    const importId = await olderAppleImport(perTest);
    dateFiscalJanuaryAsAnOlderVersionDid(perTest.folder.location.databaseFile, importId);
    takeReadAgainUpdate(perTest.folder.location.databaseFile);

    const offered = (await history()).filter((batch) => batch.readAgain !== null).map((batch) => batch.fileName);
    expect(offered).toEqual(['apple-eu-fy25-p04.txt']);
  });
});
