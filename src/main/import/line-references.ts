import type Database from 'better-sqlite3';

/** The key column each referenced table is looked up by. */
const KEY_COLUMNS: Record<string, string> = { platform: 'id', artist: 'id', release: 'id', recording: 'id', territory: 'code' };

/**
 * Checks, once for a whole import, what SQLite's foreign keys check on every line: that each
 * platform, territory, artist, release and recording its lines point at is in the store. An
 * import writes its lines with the per-line checks off (six index lookups a line, a third of the
 * cost of storing it); the resolver hands out only ids it found or created in the same
 * transaction, so a miss here is a defect, and the import is refused rather than committed.
 */
export function checkLineReferences(db: Database.Database, references: { table: string; keys: (number | string)[] }[]): void {
  for (const { table, keys } of references) {
    if (keys.length === 0) continue;
    const column = KEY_COLUMNS[table];
    if (column === undefined) throw new Error(`statement lines do not refer to ${table}`);
    const missing = db
      .prepare(`SELECT k.value FROM json_each(?) k WHERE NOT EXISTS (SELECT 1 FROM ${table} t WHERE t.${column} = k.value) LIMIT 1`)
      .pluck()
      .get(JSON.stringify(keys));
    if (missing !== undefined) throw new Error(`an imported line refers to ${table} ${String(missing)}, which is not in the store; nothing was imported`);
  }
}
