import Database from 'better-sqlite3';
import { openWorkstationCore } from '../../../src/main/core/open-workstation-core';
import type { DataLocation } from '../../../src/main/core/data-location';
import { rebuildRollups } from '../../../src/main/query/rollups/rollup-maintenance';

/**
 * A store with `lines` statement lines spread over ten years, 2,000 recordings and a few
 * territories, written straight into the migrated schema (rollups rebuilt from them): big enough that a query grouping the
 * facts by day and recording runs for seconds, which no fixture statement could make it do.
 */
export async function generateBigStore(location: DataLocation, lines: number): Promise<void> {
  const core = await openWorkstationCore({ location, readers: 1 });
  await core.close();
  const db = new Database(location.databaseFile);
  try {
    db.pragma('journal_mode = WAL');
    db.exec(`
      BEGIN;
      INSERT INTO artist (id, name, name_key) VALUES (1, 'Generated Artist', 'generated artist');
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
      INSERT INTO recording (id, isrc, title, artist_id, title_key)
        SELECT i, printf('QZGEN%07d', i), printf('Song %d', i), 1, printf('song %d', i) FROM n;
      INSERT INTO import_batch (id, file_name, file_sha256, byte_length, format, format_variant, encoding, status,
        line_count, imported_count, rejected_count, quantity_total, totals_json, imported_at)
        VALUES (1, 'generated.tsv', 'generated', 0, 'distrokid', 'generated', 'utf-8', 'imported', ${lines}, ${lines}, 0, 0, '{}', '2026-01-01T00:00:00Z');
      WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${lines - 1}),
        d(i, day) AS (SELECT i, CAST(strftime('%Y%m%d', '2016-01-01', '+' || (i % 3650) || ' days') AS INTEGER) FROM n)
      INSERT INTO statement_line (import_id, line_no, sale_start, sale_end, sale_month, reporting_day, reporting_month,
        platform_id, territory, artist_id, recording_id, sale_type, quantity, currency, amount_hi, amount_lo, base_hi, base_lo)
        SELECT 1, i + 1, day, day, day / 100, day, day / 100, (SELECT MIN(id) FROM platform), 'US', 1, (i * 7919) % 2000 + 1,
          'stream', 1 + i % 5, 'USD', 1234 + i % 97, 5678, 1234 + i % 97, 5678 FROM d;
    `);
    // The planner reads the rollups for every window with a whole month inside: they must match the lines.
    rebuildRollups(db, [1]);
    db.exec('COMMIT');
  } finally {
    db.close();
  }
}
