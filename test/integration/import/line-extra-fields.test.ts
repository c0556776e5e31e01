import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeImports } from '../../../src/main/import/remove-imports';
import { compactStore, openWriterStore } from '../../../src/main/store/open-store';
import { olderImport, olderStore } from '../../support/older-store';
import { importFile, openTempStore, rowCount, type TempStore } from './temp-store';

let store: TempStore;
beforeEach(() => (store = openTempStore()));
afterEach(() => store.cleanup());

const HEADER = '"Date Inserted","Reporting Date","Sale Month","Store","Artist","Title","ISRC","UPC","Quantity","Team Percentage","Source Type","Country of Sale","Songwriter Royalties Withheld (USD)","Earnings (USD)","Recoup (USD)"';

function distroKid(name: string, insertedDates: string[]): string {
  const rows = insertedDates.map(
    (inserted, i) => `"${inserted}","2025-04-20","2025-03","Spotify","Nova","Song ${i}","QZBEN250000${i}","","${10 + i}","100","Song","US","0","0.0${i + 1}","0"`,
  );
  const path = join(store.dir, name);
  writeFileSync(path, [HEADER, ...rows].join('\n'));
  return path;
}

/** Each line's kept columns, by line number, read back through its reference. */
function keptColumns(importId: number): Map<number, Record<string, string> | null> {
  const rows = store.db
    .prepare<[number], { line_no: number; fields: string | null }>(
      'SELECT l.line_no, e.fields FROM statement_line l LEFT JOIN line_extra e ON e.id = l.extra_id WHERE l.import_id = ? ORDER BY l.line_no',
    )
    .all(importId);
  return new Map(rows.map((r) => [r.line_no, r.fields === null ? null : (JSON.parse(r.fields) as Record<string, string>)]));
}

describe('kept columns, stored once per import', () => {
  it('stores each distinct set of a statement’s kept columns once, and every line reads its own back', async () => {
    const outcome = await importFile(store.db, distroKid('dk.csv', ['2025-05-02', '2025-05-02', '2025-05-09', '2025-05-02']));
    expect(outcome.status).toBe('imported');
    expect(rowCount(store.db, 'line_extra')).toBe(2);
    const kept = keptColumns(outcome.importId!);
    expect([...kept.keys()]).toEqual([2, 3, 4, 5]);
    expect(kept.get(4)).toMatchObject({ date_inserted: '2025-05-09', team_percentage: '100', source_type: 'Song' });
    for (const line of [2, 3, 5]) expect(kept.get(line)).toMatchObject({ date_inserted: '2025-05-02' });
  });

  it('undo removes an import’s kept columns and leaves another import’s', async () => {
    const first = await importFile(store.db, distroKid('march.csv', ['2025-05-02', '2025-05-02']));
    const second = await importFile(store.db, distroKid('april.csv', ['2025-06-01', '2025-06-03', '2025-06-03']));
    expect(rowCount(store.db, 'line_extra')).toBe(3);
    removeImports(store.db, [first.importId!]);
    expect(rowCount(store.db, 'line_extra')).toBe(2);
    expect([...keptColumns(second.importId!).values()].map((f) => f?.date_inserted)).toEqual(['2025-06-01', '2025-06-03', '2025-06-03']);
  });

  it('folds the kept columns of lines stored before, import by import, and compacts the file (migration 14)', () => {
    const file = join(store.dir, 'older.sqlite');
    const older = olderStore(file, 13);
    olderImport(older, 'a.csv');
    olderImport(older, 'b.csv');
    const line = older.prepare(
      `INSERT INTO statement_line (import_id, line_no, sale_start, sale_end, sale_month, platform_id, territory, sale_type, quantity,
         currency, amount_hi, amount_lo, extra_json)
       VALUES (?, ?, 20250301, 20250331, 202503, 1, 'US', 'stream', 1, 'USD', 0, 1, ?)`,
    );
    const same = '{"team_percentage":"100"}';
    line.run(1, 2, same);
    line.run(1, 3, null);
    line.run(1, 4, same);
    line.run(1, 5, '{"team_percentage":"50"}');
    line.run(2, 2, same);
    older.close();

    const migrated = openWriterStore(file);
    try {
      const columns = migrated.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('statement_line')").all().map((c) => c.name);
      expect(columns).toContain('extra_id');
      expect(columns).not.toContain('extra_json');
      expect(migrated.prepare('SELECT import_id, fields FROM line_extra ORDER BY import_id, fields').all()).toEqual([
        { import_id: 1, fields: same },
        { import_id: 1, fields: '{"team_percentage":"50"}' },
        { import_id: 2, fields: same },
      ]);
      const lines = migrated
        .prepare('SELECT l.import_id, l.line_no, e.import_id AS extra_import, e.fields FROM statement_line l LEFT JOIN line_extra e ON e.id = l.extra_id ORDER BY l.id')
        .all();
      expect(lines).toEqual([
        { import_id: 1, line_no: 2, extra_import: 1, fields: same },
        { import_id: 1, line_no: 3, extra_import: null, fields: null },
        { import_id: 1, line_no: 4, extra_import: 1, fields: same },
        { import_id: 1, line_no: 5, extra_import: 1, fields: '{"team_percentage":"50"}' },
        { import_id: 2, line_no: 2, extra_import: 2, fields: same },
      ]);
      expect(migrated.pragma('integrity_check', { simple: true })).toBe('ok');
      // The rebuilt table's old pages are given back, not left in the file as free space.
      expect(migrated.pragma('freelist_count', { simple: true })).toBe(0);
    } finally {
      migrated.close();
    }
  });

  it('opens the store even when the compaction after the update cannot run', () => {
    // A VACUUM inside a transaction is refused, as one without the disk space it needs would be.
    store.db.exec('BEGIN');
    try {
      expect(compactStore(store.db)).toBe(false);
      expect(store.db.inTransaction).toBe(true);
    } finally {
      store.db.exec('ROLLBACK');
    }
    expect(compactStore(store.db)).toBe(true);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
