import type { JobProgress } from '../../../../shared/contract/jobs';

/** Whether every file of the run has been read, the import still under way. */
export function allLinesRead(progress: JobProgress): boolean {
  return progress.total !== null && progress.total > 0 && progress.done >= progress.total;
}

/**
 * The run's progress as its panel shows it. Once every file is read the workstation still has
 * work to do before the import is done: it rebuilds the indexes a large import set aside, adds
 * the lines to the dashboards' monthly totals and keeps a copy of the file. On a large statement
 * that takes seconds with nothing to count, so the bar shows activity and says why, instead of
 * standing at 100%.
 */
export function runProgressShown(progress: JobProgress): JobProgress {
  return allLinesRead(progress) ? { ...progress, phase: 'finishing the import…', total: null, etaMs: null } : progress;
}
