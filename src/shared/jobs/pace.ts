/** Where a job stands, as its pace counts it: its share done and, for an import, the statement bytes read. */
export interface JobStanding {
  done: number;
  statementBytes?: number;
}

/** Where a job's pace is measured from: its start, or where it stood when it moved again after a wait. */
export interface Pace {
  fromMs: number;
  fromDone: number;
  /** The statement bytes an import had read there, when it tells them: the page's read speed counts from them. */
  fromStatementBytes?: number;
}

/**
 * The pace once a job tells where it stands: one that waited its turn (for another window or
 * command writing to the data file) and moves again is measured from here, so minutes spent
 * waiting stretch neither the time left (the core's ETA) nor the speed the page shows.
 */
export function paceOnMove(pace: Pace, waitedBefore: boolean, waitingNow: boolean, at: JobStanding, nowMs: number): Pace {
  if (!waitedBefore || waitingNow) return pace;
  return { fromMs: nowMs, fromDone: at.done, ...(at.statementBytes !== undefined && { fromStatementBytes: at.statementBytes }) };
}
