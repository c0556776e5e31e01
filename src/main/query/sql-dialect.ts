/**
 * What differs between SQL engines, for the few expressions the compiler emits. SQLite is the
 * embedded engine; a distributed analytical engine later is a second implementation of this.
 */
export interface SqlDialect {
  name: string;
  /** Integer division that truncates toward zero. */
  intDiv(left: string, right: string): string;
  /** The total number of groups, alongside each row, before LIMIT applies. */
  totalRowsOver(): string;
  /** The ISO week (Monday start) of a yyyymmdd day, as the integer yyyyww of its ISO year. */
  isoWeek(day: string): string;
  /** A case-insensitive match against one bound pattern in which `\` escapes `%`, `_` and itself. */
  likePattern(text: string): string;
}

export const sqliteDialect: SqlDialect = {
  name: 'sqlite',
  intDiv: (left, right) => `(${left} / ${right})`,
  totalRowsOver: () => 'COUNT(*) OVER ()',
  // %G and %V (ISO year and week) arrived in SQLite 3.46; the bundled engine is newer.
  isoWeek: (day) => `CAST(strftime('%G%V', printf('%04d-%02d-%02d', ${day} / 10000, ${day} / 100 % 100, ${day} % 100)) AS INTEGER)`,
  // SQLite's LIKE ignores case for ASCII letters only.
  likePattern: (text) => `${text} LIKE ? ESCAPE '\\'`,
};

/** The bound pattern for `likePattern`: the text itself, its wildcards made literal. */
export function likeText(text: string, match: 'contains' | 'startsWith'): string {
  const literal = text.replace(/[\\%_]/g, (c) => `\\${c}`);
  return match === 'contains' ? `%${literal}%` : `${literal}%`;
}
