import type Database from 'better-sqlite3';
import { migration001 } from './001-initial';
import { migration002 } from './002-gauges';
import { migration003 } from './003-import-periods';
import { migration004 } from './004-import-speed';
import { migration005 } from './005-catalogue-review';
import { migration006 } from './006-column-mappings';
import { migration007 } from './007-rollups';
import { migration008 } from './008-stated-totals';
import { migration009 } from './009-ddex-report-parts';
import { migration010 } from './010-retired-mappings';
import { migration011 } from './011-day-indexes';
import { migration012 } from './012-merged-rollups';
import { migration013 } from './013-catalogue-summaries';
import { migration014 } from './014-line-extra';
import { migration015 } from './015-reported-as-sold';
import { migration016 } from './016-kept-layouts';
import { migration017 } from './017-quarantine-follow-up';
import { migration018 } from './018-replaced-imports';
import { migration019 } from './019-corrected-lines';
import { migration020 } from './020-artist-aliases';
import { migration021 } from './021-catalogue-merges';
import { migration022 } from './022-merge-targets';
import { migration023 } from './023-correction-times';
import { migration024 } from './024-rates-set-aside';
import { migration025 } from './025-import-territories';
import { migration026 } from './026-read-again-for';

/** A column a migration adds to a table, unless the table has it already. */
export interface AddedColumn {
  table: string;
  column: string;
  type: string;
}

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /**
   * Added before `sql` runs. SQLite has no `ADD COLUMN IF NOT EXISTS`, and a migration taken again
   * must leave the store as it was, as `IF NOT EXISTS` does for tables and indexes.
   */
  addsColumns?: readonly AddedColumn[];
  /**
   * The migration rebuilds a large table, whose old pages would stay in the file as free space;
   * the store is vacuumed once after it.
   */
  compacts?: boolean;
}

/** Takes one migration: its columns, then its statements. */
export function applyMigration(db: Database.Database, migration: Migration): void {
  for (const { table, column, type } of migration.addsColumns ?? []) {
    const has = db.prepare<[string, string], number>('SELECT COUNT(*) FROM pragma_table_info(?) WHERE name = ?').pluck().get(table, column);
    if (!has) db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${type}`);
  }
  db.exec(migration.sql);
}

/** Forward-only: a released migration is never edited, a new one is appended. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial schema', sql: migration001 },
  { version: 2, name: 'audience gauges', sql: migration002 },
  { version: 3, name: 'import periods', sql: migration003 },
  { version: 4, name: 'leaner statement_line indexes', sql: migration004 },
  { version: 5, name: 'catalogue review', sql: migration005 },
  { version: 6, name: 'saved column mappings', sql: migration006 },
  { version: 7, name: 'monthly rollups', sql: migration007 },
  { version: 8, name: 'stated totals kept', sql: migration008 },
  { version: 9, name: 'ddex report parts', sql: migration009 },
  { version: 10, name: 'retired column mappings', sql: migration010 },
  { version: 11, name: 'day indexes for edge days', sql: migration011 },
  { version: 12, name: 'rollups merged across imports', sql: migration012 },
  { version: 13, name: 'catalogue summaries', sql: migration013 },
  { version: 14, name: 'kept columns stored once per import', sql: migration014, compacts: true },
  { version: 15, name: 'lines without a reporting date reported as sold', sql: migration015 },
  { version: 16, name: 'layouts kept for correcting quarantined lines', sql: migration016 },
  { version: 17, name: 'quarantined lines set aside and corrections tried', sql: migration017 },
  { version: 18, name: 'imports kept as replaced', sql: migration018 },
  { version: 19, name: 'corrected lines kept as written', sql: migration019 },
  { version: 20, name: 'artist aliases from merged artists', sql: migration020 },
  { version: 21, name: 'catalogue merges kept for undo', sql: migration021 },
  { version: 22, name: 'what each merge joined into', sql: migration022 },
  { version: 23, name: 'when each line was corrected', sql: migration023 },
  { version: 24, name: 'rates set aside with their base currency', sql: migration024 },
  { version: 25, name: 'territories kept per import', addsColumns: [{ table: 'import_batch', column: 'territories', type: 'TEXT' }], sql: migration025 },
  { version: 26, name: 'imports an older version dated otherwise', addsColumns: [{ table: 'import_batch', column: 'read_again_for', type: 'TEXT' }], sql: migration026 },
];
