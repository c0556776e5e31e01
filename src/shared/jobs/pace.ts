/** Where a job's pace is measured from: its start, or where it stood when it moved again after a wait. */
export interface Pace {
  fromMs: number;
  fromDone: number;
}

/**
 * The pace once a job tells where it stands: one that waited its turn (for another window or
 * command writing to the data file) and moves again is measured from here, so minutes spent
 * waiting stretch neither the time left (the core's ETA) nor the speed the page shows.
 */
export function paceOnMove(pace: Pace, waitedBefore: boolean, waitingNow: boolean, done: number, nowMs: number): Pace {
  return waitedBefore && !waitingNow ? { fromMs: nowMs, fromDone: done } : pace;
}
