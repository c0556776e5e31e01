import type Database from 'better-sqlite3';

/** One replaced_import row, as the history and the bring-back read it. */
export interface ReplacedRecord {
  replacing_import_id: number;
  replaced_import_id: number;
  file_name: string;
  /** The statement's own content's, a member's too: what it is imported again as is checked against it. */
  file_sha256: string;
  archive_path: string | null;
  format: string;
  layout: string | null;
  imported_count: number;
  rejected_count: number;
  totals_json: string;
  sale_from: number | null;
  sale_to: number | null;
  quarantine: string;
}

/** What importing a removed import's statement again needs of it, whatever removed it. */
export type KeptImport = Omit<ReplacedRecord, 'replacing_import_id'>;

const COLUMNS = `replacing_import_id, replaced_import_id, file_name, file_sha256, archive_path, format, layout, imported_count, rejected_count,
  totals_json, sale_from, sale_to, quarantine`;

/** Every import kept as replaced, in the order they were removed. */
export function allReplacedRecords(db: Database.Database): ReplacedRecord[] {
  return db.prepare<[], ReplacedRecord>(`SELECT ${COLUMNS} FROM replaced_import ORDER BY replacing_import_id, replaced_import_id`).all();
}

/** The imports one import replaced. */
export function replacedRecordsOf(db: Database.Database, replacingId: number): ReplacedRecord[] {
  return db
    .prepare<[number], ReplacedRecord>(`SELECT ${COLUMNS} FROM replaced_import WHERE replacing_import_id = ? ORDER BY replaced_import_id`)
    .all(replacingId);
}
