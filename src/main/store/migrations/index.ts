import { migration001 } from './001-initial';
import { migration002 } from './002-gauges';
import { migration003 } from './003-import-periods';
import { migration004 } from './004-import-speed';
import { migration005 } from './005-catalogue-review';
import { migration006 } from './006-column-mappings';
import { migration007 } from './007-rollups';

/** Forward-only: a released migration is never edited, a new one is appended. */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  { version: 1, name: 'initial schema', sql: migration001 },
  { version: 2, name: 'audience gauges', sql: migration002 },
  { version: 3, name: 'import periods', sql: migration003 },
  { version: 4, name: 'leaner statement_line indexes', sql: migration004 },
  { version: 5, name: 'catalogue review', sql: migration005 },
  { version: 6, name: 'saved column mappings', sql: migration006 },
  { version: 7, name: 'monthly rollups', sql: migration007 },
];
