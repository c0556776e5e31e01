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
}

export const sqliteDialect: SqlDialect = {
  name: 'sqlite',
  intDiv: (left, right) => `(${left} / ${right})`,
  totalRowsOver: () => 'COUNT(*) OVER ()',
};
