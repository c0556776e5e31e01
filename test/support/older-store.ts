import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { applyMigration, MIGRATIONS } from '../../src/main/store/migrations';
import { seedReferenceData } from '../../src/main/store/reference-data';

/**
 * A store as an earlier version left it: the migrations up to `version` applied, reference data
 * seeded. The caller adds the rows that version would have written, then closes it.
 */
export function olderStore(file: string, version: number): Database.Database {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  for (const migration of MIGRATIONS.filter((m) => m.version <= version)) applyMigration(db, migration);
  seedReferenceData(db);
  db.pragma(`user_version = ${version}`);
  return db;
}

/** One import_batch row of an earlier version's store, with its id. */
export function olderImport(db: Database.Database, fileName: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO import_batch (file_name, file_sha256, byte_length, format, format_variant, encoding, status, line_count,
           imported_count, rejected_count, quantity_total, totals_json, imported_at)
         VALUES (?, ?, 10, 'distrokid', '15 columns', 'utf-8', 'imported', 3, 3, 0, 3, '{}', '2025-05-01T10:00:00.000Z')`,
      )
      .run(fileName, fileName).lastInsertRowid,
  );
}
