// SQLite's own floor for storing an import's lines: the line table, as the app's store defines it,
// filled with the same number of rows by one INSERT … SELECT over a recursive CTE — no file read,
// no JavaScript per row, foreign keys off as the importer has them — then the two indexes the
// importer sets aside built again, and committed. Whatever reads a statement can only add to it.
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';

/** Seconds SQLite alone takes to store `lines` statement lines in a fresh store shaped like `schemaFrom`. */
export function lineTableFloorSeconds(schemaFrom, file, lines) {
  const source = new Database(schemaFrom, { readonly: true });
  const schema = source
    .prepare(`SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'statement_line' AND sql IS NOT NULL ORDER BY type DESC`)
    .all();
  source.close();
  const table = schema.find((s) => s.type === 'table');
  const indexes = schema.filter((s) => s.type === 'index');
  if (!table || indexes.length === 0) throw new Error(`${schemaFrom} has no statement_line table and indexes to copy`);

  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  const db = new Database(file);
  db.pragma('page_size = 16384');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = OFF');
  // The importer keeps the index led by import_id and rebuilds the others once the lines are in.
  const kept = indexes.filter((i) => /\(\s*import_id\b/.test(i.sql));
  const rebuilt = indexes.filter((i) => !kept.includes(i));
  db.exec(table.sql);
  for (const index of kept) db.exec(index.sql);

  const started = performance.now();
  db.exec('BEGIN');
  db.exec(`
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${Number(lines)})
    INSERT INTO statement_line (import_id, line_no, sale_start, sale_end, sale_month, reporting_day, reporting_month,
      platform_id, territory, artist_id, release_id, recording_id, sale_type, quantity, currency,
      amount_hi, amount_lo, base_hi, base_lo, extra_id)
    SELECT 1, i + 1, 20230101 + (i % 36) * 100, 20230101 + (i % 36) * 100, 202301 + i % 36, 20260105, 202601,
      1 + i % 40, char(65 + i % 10, 65 + (i / 10) % 10), 1 + i % 500, 1 + i % 2000, 1 + i % 20000,
      CASE WHEN i % 9 = 0 THEN 'download' ELSE 'stream' END, i % 5000, 'USD',
      (i * 7919) % 5000, (i * 104729) % 100000000, (i * 7919) % 5000, (i * 104729) % 100000000, NULL
    FROM n`);
  for (const index of rebuilt) db.exec(index.sql);
  db.exec('COMMIT');
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return seconds;
}
