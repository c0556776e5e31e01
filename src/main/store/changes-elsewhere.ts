import type Database from 'better-sqlite3';

/** How often the writer looks: a page opened after another process's import is at most this stale. */
const EVERY_MS = 2000;

/**
 * Tells `onChange` when another process (the command line, a second copy of the app) committed
 * to the store. `PRAGMA data_version` on the writer's own connection moves for every commit but
 * its own, so the app's own writes, already told, and its checkpoints are never taken for one.
 * A look that falls while a request of the writer's waits (an import reading its file) sees its
 * open transaction's snapshot; another process's commit is then seen at the first look after it.
 */
export function watchChangesElsewhere(db: Database.Database, onChange: () => void, everyMs = EVERY_MS): void {
  let seen = db.pragma('data_version', { simple: true });
  const timer = setInterval(() => {
    if (!db.open) return clearInterval(timer);
    const now = db.pragma('data_version', { simple: true });
    if (now === seen) return;
    seen = now;
    onChange();
  }, everyMs);
  // The writer ends when it is told to close, whether or not the next look is due.
  timer.unref();
}
