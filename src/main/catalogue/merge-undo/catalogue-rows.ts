import type Database from 'better-sqlite3';

/** The catalogue tables a merge changes, beside the lines: each with the columns that name a row. */
export const CATALOGUE_KEYS = {
  artist: ['id'],
  release: ['id'],
  recording: ['id'],
  platform: ['id'],
  release_recording: ['release_id', 'recording_id'],
  recording_alias: ['artist_key', 'title_key'],
  artist_alias: ['name_key'],
  platform_alias: ['alias'],
  recording_review: ['recording_id'],
  gauge_reading: ['id'],
} as const satisfies Record<string, readonly string[]>;

export type CatalogueTable = keyof typeof CATALOGUE_KEYS;

/** Tables other rows name: put back before the lines and rows that name them. */
export const NAMED_TABLES: readonly CatalogueTable[] = ['artist', 'release', 'recording', 'platform'];
export const NAMING_TABLES: readonly CatalogueTable[] = ['release_recording', 'recording_alias', 'artist_alias', 'platform_alias', 'recording_review', 'gauge_reading'];

/** Rows of one table a merge may touch: the same condition is read before and after it. */
export interface RowScope {
  table: CatalogueTable;
  where: string;
  params: readonly (string | number)[];
}

/**
 * The audience readings of recordings about to be folded, by id: the only readings a merge
 * changes, where a scope by recording would keep every reading of the target twice.
 */
export function readingsOf(db: Database.Database, recordingIds: readonly number[]): RowScope {
  const ids = db.prepare('SELECT id FROM gauge_reading WHERE recording_id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(recordingIds));
  return { table: 'gauge_reading', where: 'id IN (SELECT value FROM json_each(?))', params: [JSON.stringify(ids)] };
}

export type CatalogueRow = Record<string, string | number | null>;

/** Rows of one table as they were at one moment. */
export interface RowsOfTable {
  table: CatalogueTable;
  rows: CatalogueRow[];
}

/** The rows the scopes cover now, one entry per table (scopes of one table are read together). */
export function readScopes(db: Database.Database, scopes: readonly RowScope[]): RowsOfTable[] {
  const tables = [...new Set(scopes.map((s) => s.table))];
  return tables.map((table) => {
    const mine = scopes.filter((s) => s.table === table);
    const where = mine.map((s) => `(${s.where})`).join(' OR ');
    const rows = db.prepare(`SELECT * FROM ${table} WHERE ${where}`).all(...mine.flatMap((s) => s.params)) as CatalogueRow[];
    return { table, rows };
  });
}

export const keyOf = (table: CatalogueTable, row: CatalogueRow): string => JSON.stringify(CATALOGUE_KEYS[table].map((k) => row[k]));

/** Inserts rows the merge removed, as they were. */
export function bringBack(db: Database.Database, table: CatalogueTable, rows: readonly CatalogueRow[]): void {
  const [first] = rows;
  if (!first) return;
  const columns = Object.keys(first);
  const insert = db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  for (const row of rows) insert.run(...columns.map((c) => row[c]));
}

/** Gives rows the merge changed their old values; a row removed since (an undone import's) stays removed. */
export function revert(db: Database.Database, table: CatalogueTable, rows: readonly CatalogueRow[]): void {
  const [first] = rows;
  if (!first) return;
  const keys: readonly string[] = CATALOGUE_KEYS[table];
  const others = Object.keys(first).filter((c) => !keys.includes(c));
  if (others.length === 0) return;
  const update = db.prepare(`UPDATE ${table} SET ${others.map((c) => `${c} = ?`).join(', ')} WHERE ${keys.map((k) => `${k} = ?`).join(' AND ')}`);
  for (const row of rows) update.run(...others.map((c) => row[c]), ...keys.map((k) => row[k]));
}

/** Takes away rows the merge added, by their key. */
export function takeAway(db: Database.Database, table: CatalogueTable, rows: readonly CatalogueRow[]): void {
  const keys: readonly string[] = CATALOGUE_KEYS[table];
  const remove = db.prepare(`DELETE FROM ${table} WHERE ${keys.map((k) => `${k} = ?`).join(' AND ')}`);
  for (const row of rows) remove.run(...keys.map((k) => row[k]));
}
