/** What the pace needs of a progress update. */
export interface PaceUpdate {
  done: number;
  total: number | null;
  waitedMs?: number;
}

/**
 * A job's time left, from its pace since it started. A job that waits its turn (for another
 * window or command writing to the data file) tells no time left meanwhile, as nothing moves; once
 * it moves again the pace is measured from there, so minutes spent waiting do not stretch the
 * estimate of the work still to do.
 */
export class JobPace {
  private fromMs: number;
  private fromDone = 0;
  private waiting = false;

  constructor(startedMs: number) {
    this.fromMs = startedMs;
  }

  etaMs(update: PaceUpdate, nowMs: number): number | null {
    if (update.waitedMs !== undefined) {
      this.waiting = true;
      return null;
    }
    if (this.waiting) {
      this.waiting = false;
      this.fromMs = nowMs;
      this.fromDone = update.done;
    }
    const { done, total } = update;
    const moved = done - this.fromDone;
    if (!total || moved <= 0 || done >= total) return null;
    return Math.round(((nowMs - this.fromMs) / moved) * (total - done));
  }
}
