import type Database from 'better-sqlite3';

/**
 * Inserts rows into one table many at a time: one `INSERT … VALUES (…), (…), …` statement per
 * `rowsPerStatement` rows. Each statement run crosses from JavaScript into SQLite once, so a
 * large import pays that crossing (and SQLite's per-statement setup) once per batch instead of
 * once per row. Rows wait in a reused array until the batch is full; `flush` writes the rest
 * and must run before anything reads the table in the same transaction.
 */
export class BatchedInsert {
  private readonly width: number;
  private readonly full: Database.Statement<unknown[]>;
  private readonly pending: unknown[];
  private rows = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly table: string,
    private readonly columns: readonly string[],
    private readonly rowsPerStatement = 64,
  ) {
    this.width = columns.length;
    this.full = db.prepare(this.sql(rowsPerStatement));
    this.pending = new Array<unknown>(this.width * rowsPerStatement).fill(null);
  }

  /** Rows waiting for their batch. */
  get waiting(): number {
    return this.rows;
  }

  /** Appends one row, its values in column order; the caller may reuse `row` at once. */
  add(row: ArrayLike<unknown>): void {
    const { width, pending } = this;
    const at = this.rows * width;
    for (let i = 0; i < width; i++) pending[at + i] = row[i];
    if (++this.rows === this.rowsPerStatement) {
      this.full.run(pending);
      this.rows = 0;
    }
  }

  /** Writes the rows still waiting. */
  flush(): void {
    if (this.rows === 0) return;
    this.db.prepare(this.sql(this.rows)).run(this.pending.slice(0, this.rows * this.width));
    this.rows = 0;
  }

  private sql(rows: number): string {
    const row = `(${this.columns.map(() => '?').join(', ')})`;
    return `INSERT INTO ${this.table} (${this.columns.join(', ')}) VALUES ${Array<string>(rows).fill(row).join(', ')}`;
  }
}
