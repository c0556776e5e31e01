import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { applyMigration, MIGRATIONS } from './migrations';
import { seedReferenceData } from './reference-data';
import { logger } from '../diagnostics/logger';
import { linesHeldAtMost } from './lines-held';
import { checkStoreWritable } from './store-access';
import type { StoreUpdate } from './store-update';

export type Store = Database.Database;

/**
 * better-sqlite3 is compiled once per ABI: the default build serves plain Node (tests, CLI), and
 * `npm start` builds a copy for Electron under native/electron-<version>/. Inside Electron we
 * point the driver at that copy so both keep working on one machine, in either order.
 */
function nativeBinding(): string | undefined {
  const electronVersion = process.versions.electron;
  if (!electronVersion) return undefined;
  const root = process.env.TUNEMANTRA_APP_ROOT ?? process.cwd();
  const candidate = join(root, 'native', `electron-${electronVersion}`, 'better_sqlite3.node');
  return existsSync(candidate) ? candidate : undefined;
}

function driverOptions(readonly: boolean): Database.Options {
  const binding = nativeBinding();
  return binding ? { readonly, nativeBinding: binding } : { readonly };
}

/**
 * Opens the writer connection: creates the file, applies pending migrations, seeds reference data.
 * `onUpdate` hears, before they start, that an existing store is about to be migrated.
 */
export function openWriterStore(file: string, onUpdate?: (update: StoreUpdate) => void): Store {
  mkdirSync(dirname(file), { recursive: true });
  checkStoreWritable(file);
  const db = new Database(file, driverOptions(false));
  // 16 KB pages for a new store (an existing one keeps its own): a statement line is ~70 bytes,
  // and larger pages mean fewer page splits and B-tree levels while millions of lines are appended.
  db.pragma('page_size = 16384');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db, onUpdate);
  return db;
}

/** A reader connection cannot write, even by mistake. */
export function openReaderStore(file: string): Store {
  const db = new Database(file, { ...driverOptions(true), fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  db.pragma('query_only = ON');
  return db;
}

export function schemaVersion(db: Store): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: Store, onUpdate?: (update: StoreUpdate) => void): void {
  const current = schemaVersion(db);
  const latest = MIGRATIONS.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new Error(
      `The data file was written by a newer version of the workstation (schema ${current}, this version knows ${latest}).`,
    );
  }
  if (current > 0 && current < latest && onUpdate) {
    onUpdate({ fromVersion: current, toVersion: latest, lines: linesHeldAtMost(db) });
  }
  let compact = false;
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      applyMigration(db, migration);
      if (migration.version === 1) seedReferenceData(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
    compact ||= (migration.compacts ?? false) && current > 0;
  }
  if (compact) compactStore(db);
}

/**
 * Gives a rebuilt table's old pages back to the disk. After the migrations, not between them, and
 * never fatal: VACUUM needs about as much free disk as the store, and without it the store is
 * only larger (later imports reuse the free pages), never wrong. Whether it ran is returned.
 */
export function compactStore(db: Store): boolean {
  try {
    db.exec('VACUUM');
    return true;
  } catch (error) {
    logger.warn(`the data file ${db.name} was not compacted after its update; it stays correct, with its free space inside it`, error);
    return false;
  }
}
