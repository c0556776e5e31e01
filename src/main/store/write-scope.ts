import type Database from 'better-sqlite3';
import { beginWriting, type WriteLockWait } from './write-lock';

let savepoints = 0;

/**
 * One write that is all or nothing: its own transaction, or a savepoint when its caller already
 * holds one. Undoing an import and bringing back the ones it replaced imports each of them (and
 * corrects their lines) inside one outer transaction, so that a crash or a kill midway leaves the
 * store as it was before, never holding both the replacing import and what it replaced.
 */
export class WriteScope {
  private ended = false;

  private constructor(
    private readonly db: Database.Database,
    /** The savepoint's name inside the caller's transaction; null for a transaction of its own. */
    private readonly savepoint: string | null,
  ) {}

  /** Begins at once: a transaction that meets another writer's lock waits the busy timeout. */
  static begin(db: Database.Database): WriteScope {
    if (db.inTransaction) return WriteScope.within(db);
    db.exec('BEGIN IMMEDIATE');
    return new WriteScope(db, null);
  }

  /** Begins, waiting for another window or command's write lock as `beginWriting` does; null when cancelled. */
  static async beginWaiting(db: Database.Database, wait: WriteLockWait): Promise<WriteScope | null> {
    // Inside a transaction the write lock is held already: there is nothing to wait for.
    if (db.inTransaction) return WriteScope.within(db);
    return (await beginWriting(db, wait)) ? new WriteScope(db, null) : null;
  }

  private static within(db: Database.Database): WriteScope {
    const name = `write_scope_${++savepoints}`;
    db.exec(`SAVEPOINT ${name}`);
    return new WriteScope(db, name);
  }

  /** Keeps what was written: committed, or released into the caller's transaction. */
  commit(): void {
    this.db.exec(this.savepoint === null ? 'COMMIT' : `RELEASE ${this.savepoint}`);
    this.ended = true;
  }

  /** Drops what was written, if it is still open; the caller's transaction stays open. */
  rollback(): void {
    if (this.ended) return;
    this.ended = true;
    // SQLite rolls a whole transaction back by itself on some errors (a full disk): nothing is left to drop.
    if (!this.db.inTransaction) return;
    this.db.exec(this.savepoint === null ? 'ROLLBACK' : `ROLLBACK TO ${this.savepoint}; RELEASE ${this.savepoint}`);
  }
}
