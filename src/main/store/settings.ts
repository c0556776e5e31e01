import type Database from 'better-sqlite3';

/** User settings that travel with the data file (the drop folder, the base currency). */
export function readSetting(db: Database.Database, key: string): string | null {
  return db.prepare<[string], { value: string }>('SELECT value FROM setting WHERE key = ?').get(key)?.value ?? null;
}

export function writeSetting(db: Database.Database, key: string, value: string | null): void {
  if (value === null) db.prepare('DELETE FROM setting WHERE key = ?').run(key);
  else db.prepare('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}
