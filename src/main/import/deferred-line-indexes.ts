import type Database from 'better-sqlite3';
import { linesHeldAtMost } from '../store/lines-held';

/** Below this many lines an import keeps the indexes: it would save less than a rebuild costs. */
const FEWEST_LINES = 50_000;

/**
 * Secondary indexes on statement_line cost more than half of storing a line: each new line goes
 * into each index's B-tree at its place. Building an index afresh sorts instead, and costs over
 * ten times less a line. So an import that is large next to the store drops them once it has
 * written a quarter as many lines as the store held, and builds them again over the whole table
 * before anything reads its lines, in its own transaction: other connections never see the
 * store without them, and a rollback brings them back as they were. Against a store many times
 * larger than the import, the rebuild would cost more than it saves, and they stay. An index
 * led by import_id stays too: the import's lines (the newest id) only ever go at its end.
 */
export class DeferredLineIndexes {
  /** Lines written when the indexes are dropped; Infinity once they are. */
  private dropAt: number;
  private dropped: { name: string; sql: string }[] = [];

  constructor(private readonly db: Database.Database) {
    this.dropAt = Math.max(FEWEST_LINES, Math.ceil(linesHeldAtMost(db) / 4));
  }

  /** Told the number of lines the import has written so far. */
  written(lines: number): void {
    if (lines < this.dropAt) return;
    this.dropAt = Infinity;
    this.dropped = this.db
      .prepare<[], { name: string; sql: string }>(
        `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'statement_line' AND sql IS NOT NULL
           AND (SELECT name FROM pragma_index_info(sqlite_master.name) WHERE seqno = 0) IS NOT 'import_id'`,
      )
      .all();
    for (const { name } of this.dropped) this.db.exec(`DROP INDEX "${name.replaceAll('"', '""')}"`);
  }

  /** Builds the dropped indexes again, sorting on a second thread while this one reads the table. */
  restore(): void {
    if (this.dropped.length === 0) return;
    const threads = this.db.pragma('threads', { simple: true }) as number;
    this.db.pragma('threads = 1');
    try {
      for (const { sql } of this.dropped) this.db.exec(sql);
    } finally {
      this.db.pragma(`threads = ${threads}`);
    }
    this.dropped = [];
  }
}
