import type Database from 'better-sqlite3';
import { BatchedInsert } from '../store/batched-insert';

/** Past this many distinct sets an import's memory of them starts afresh: a repeat then gets a second row, never a wrong one. */
const MOST_REMEMBERED = 10_000;

/**
 * The kept columns of one import's lines (line_extra): each distinct JSON text is stored once,
 * under an id the writer hands out itself, so a line's reference is known without asking SQLite.
 */
export class LineExtraFields {
  private readonly ids = new Map<string, number>();
  private readonly rows: BatchedInsert;
  private next: number;

  constructor(
    db: Database.Database,
    private readonly importId: number,
  ) {
    this.next = (db.prepare<[], number>('SELECT COALESCE(MAX(id), 0) FROM line_extra').pluck().get() ?? 0) + 1;
    this.rows = new BatchedInsert(db, 'line_extra', ['id', 'import_id', 'fields']);
  }

  /** The id the line's kept columns are stored under; null when it keeps none. */
  idOf(fields: string | null): number | null {
    if (fields === null) return null;
    let id = this.ids.get(fields);
    if (id === undefined) {
      if (this.ids.size >= MOST_REMEMBERED) this.ids.clear();
      id = this.next++;
      this.ids.set(fields, id);
      this.rows.add([id, this.importId, fields]);
    }
    return id;
  }

  /** Writes the sets still waiting for their batch. */
  flush(): void {
    this.rows.flush();
  }
}
