import type Database from 'better-sqlite3';
import { setTimeout as delay } from 'node:timers/promises';
import { isStoreBusy } from './store-busy';

/** Thrown when another writer still held the data file once the wait was over. */
export class StoreStillBusy extends Error {
  constructor() {
    super('another connection kept writing to the data file');
  }
}

export interface WriteLockWait {
  /** How long to wait for another window or command to finish writing, at most. */
  waitMs: number;
  /** Told at each attempt that finds the file busy, with how long the wait has lasted so far. */
  onWaiting(waitedMs: number): void;
  isCancelled(): boolean;
}

/** Each attempt blocks the thread: short enough to hear a cancel and tell the user soon. */
const ATTEMPT_MS = 250;
const PAUSE_MS = 250;
const DEFAULT_WAIT_SECONDS = 600;

/**
 * How long an import waits for another writer: a large statement holds its transaction for
 * minutes. `TUNEMANTRA_WRITE_WAIT_SECONDS` shortens it (a nightly script that would rather fail).
 */
export function writeWaitMs(env: NodeJS.ProcessEnv = process.env): number {
  const seconds = Number(env.TUNEMANTRA_WRITE_WAIT_SECONDS);
  return (Number.isFinite(seconds) && seconds >= 0 ? seconds : DEFAULT_WAIT_SECONDS) * 1000;
}

/**
 * Begins a write transaction, waiting while another connection (another TuneMantra window or
 * command) holds the data file's write lock. The wait is a loop of short attempts rather than
 * one long busy timeout, so the thread hears a cancel between them. Returns false when cancelled;
 * throws StoreStillBusy when the wait ran out.
 */
export async function beginWriting(db: Database.Database, wait: WriteLockWait): Promise<boolean> {
  const started = Date.now();
  const deadline = started + wait.waitMs;
  const usual = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma(`busy_timeout = ${ATTEMPT_MS}`);
  try {
    for (;;) {
      try {
        db.exec('BEGIN IMMEDIATE');
        return true;
      } catch (error) {
        if (!isStoreBusy(error)) throw error;
      }
      if (Date.now() >= deadline) throw new StoreStillBusy();
      wait.onWaiting(Date.now() - started);
      if (wait.isCancelled()) return false;
      await delay(Math.min(PAUSE_MS, Math.max(0, deadline - Date.now())));
      if (wait.isCancelled()) return false;
    }
  } finally {
    db.pragma(`busy_timeout = ${usual}`);
  }
}
