import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DISTROKID_13_HEADER, distroKidLine } from '../../support/temp-store';
import { decimalUnits, importFile, openTempStore, rowCount, storedTotals, type TempStore } from '../import/temp-store';

let store: TempStore;
beforeEach(() => {
  store = openTempStore('tunemantra-disk-full-');
});
afterEach(() => store.cleanup());

function statement(name: string, saleMonth: string, lines: number): string {
  const rows = Array.from({ length: lines }, (_, i) =>
    distroKidLine({ saleMonth, store: 'Spotify', title: `Song ${i}`, isrc: `QZABC${String(2400000 + i).padStart(7, '0')}`, qty: 10, earnings: '0.25' }),
  );
  const path = join(store.dir, name);
  writeFileSync(path, [DISTROKID_13_HEADER, ...rows].join('\n'));
  return path;
}

// SQLite answers SQLITE_FULL when a database would grow past max_page_count, exactly as when the disk
// has no room left: the same error, from the same place, without filling a real disk.
describe('a disk that fills up during an import', () => {
  it('fails that import with a sentence naming the data folder, keeps everything before it, and takes the file once there is room', async () => {
    expect((await importFile(store.db, statement('june.tsv', '2024-06', 3))).status).toBe('imported');
    const before = { lines: rowCount(store.db, 'statement_line'), imports: rowCount(store.db, 'import_batch'), totals: storedTotals(store.db) };
    const pages = store.db.pragma('page_count', { simple: true }) as number;
    store.db.pragma(`max_page_count = ${pages + 20}`);

    const july = statement('july.tsv', '2024-07', 20_000);
    const outcome = await importFile(store.db, july, { mode: 'lenient' });
    expect(outcome).toMatchObject({ status: 'failed', imported: 0, importId: null });
    expect(outcome.message).toBe(
      `july.tsv: the disk holding the data folder ${dirname(store.db.name)} ran out of space; free some space and import it again; nothing was imported.`,
    );
    expect(store.db.inTransaction).toBe(false);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect({ lines: rowCount(store.db, 'statement_line'), imports: rowCount(store.db, 'import_batch'), totals: storedTotals(store.db) }).toEqual(before);

    store.db.pragma('max_page_count = 1073741823');
    const again = await importFile(store.db, july, { mode: 'lenient' });
    expect(again).toMatchObject({ status: 'imported', imported: 20_000 });
    // 20,000 × 0.25 USD more than June's 0.75.
    expect(storedTotals(store.db)).toEqual({ USD: decimalUnits('5000.75') });
  });
});
