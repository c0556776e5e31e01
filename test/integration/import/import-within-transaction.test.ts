import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { correctLines } from '../../../src/main/import/quarantine-correction/correct-lines';
import { WriteScope } from '../../../src/main/store/write-scope';
import { DISTROKID_13_HEADER, distroKidLine } from '../../support/temp-store';
import { importFile, openTempStore, rowCount, type TempStore } from './temp-store';

let store: TempStore;

const line = (month: string, earnings: string) => distroKidLine({ saleMonth: month, store: 'Spotify', title: 'Luz', isrc: 'ESA012400001', qty: 2, earnings });
function statement(name: string, lines: string[]): string {
  const path = join(store.dir, name);
  writeFileSync(path, [DISTROKID_13_HEADER, ...lines].join('\n') + '\n');
  return path;
}
const names = () => store.db.prepare('SELECT file_name FROM import_batch ORDER BY id').pluck().all();

beforeEach(() => {
  store = openTempStore('tunemantra-within-');
});
afterEach(() => store.cleanup());

/** What undoing an import and bringing back the ones it replaced relies on: its imports and corrections are all or nothing together. */
describe('imports and corrections inside a caller’s transaction', () => {
  it('are rolled back with it', async () => {
    const write = WriteScope.begin(store.db);
    const march = await importFile(store.db, statement('march.tsv', [line('2024-03', '1.00'), line('2024-03', '12,x3')]), { mode: 'lenient' });
    expect(march).toMatchObject({ status: 'imported', imported: 1, rejected: 1 });
    const corrected = correctLines(store.db, { importId: march.importId!, lines: [{ line: 3, text: line('2024-03', '2.50') }] });
    expect(corrected.corrected).toBe(1);
    expect(store.db.inTransaction).toBe(true);
    expect(rowCount(store.db, 'statement_line')).toBe(2);
    write.rollback();
    expect(names()).toEqual([]);
    expect(rowCount(store.db, 'statement_line')).toBe(0);
    expect(rowCount(store.db, 'corrected_line')).toBe(0);
  });

  it('keep the caller’s transaction open when a file is refused, and what it wrote before', async () => {
    const write = WriteScope.begin(store.db);
    expect(await importFile(store.db, statement('march.tsv', [line('2024-03', '1.00')]))).toMatchObject({ status: 'imported' });
    expect(await importFile(store.db, statement('april.tsv', [line('2024-04', 'n/a')]))).toMatchObject({ status: 'rejected', importId: null });
    expect(store.db.inTransaction).toBe(true);
    write.commit();
    expect(names()).toEqual(['march.tsv']);
    expect(rowCount(store.db, 'statement_line')).toBe(1);
  });
});
