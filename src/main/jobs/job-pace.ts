import { paceOnMove, type Pace } from '../../shared/jobs/pace';

/** What the pace needs of a progress update. */
export interface PaceUpdate {
  done: number;
  total: number | null;
  waitedMs?: number;
}

/**
 * A job's time left, from its pace since it started. A job that waits its turn (for another
 * window or command writing to the data file) tells no time left meanwhile, as nothing moves; once
 * it moves again the pace is measured from there (paceOnMove, as the page's read speed is). A job
 * whose count starts over, a phase counting other things (a base-currency change's lines, then
 * its imports), is measured again from there too: its earlier phase's pace says nothing of this one.
 */
export class JobPace {
  private pace: Pace;
  private waiting = false;
  private lastDone = 0;

  constructor(startedMs: number) {
    this.pace = { fromMs: startedMs, fromDone: 0 };
  }

  etaMs(update: PaceUpdate, nowMs: number): number | null {
    const waiting = update.waitedMs !== undefined;
    this.pace = update.done < this.lastDone ? { fromMs: nowMs, fromDone: update.done } : paceOnMove(this.pace, this.waiting, waiting, { done: update.done }, nowMs);
    this.waiting = waiting;
    this.lastDone = update.done;
    if (waiting) return null;
    const { done, total } = update;
    const moved = done - this.pace.fromDone;
    if (!total || moved <= 0 || done >= total) return null;
    return Math.round(((nowMs - this.pace.fromMs) / moved) * (total - done));
  }
}
