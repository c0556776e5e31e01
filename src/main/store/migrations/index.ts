import { migration001 } from './001-initial';
import { migration002 } from './002-gauges';

/** Forward-only: a released migration is never edited, a new one is appended. */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  { version: 1, name: 'initial schema', sql: migration001 },
  { version: 2, name: 'audience gauges', sql: migration002 },
];
