import { statementInHand } from '../../shared/jobs/statement-in-hand';
import type { ImportProgress } from '../import/import-outcome';
import type { JobProgressUpdate } from '../jobs/job-registry';
import { WAITING_FOR_STORE } from '../store/store-busy';

/** The file of a run in hand: its place among the run's files and its name as the user picked it. */
export interface FileOfRun {
  at: number;
  files: number;
  name: string;
}

/**
 * An import job's progress from where the file in hand stands, in the file's own phase. Reading
 * counts whole files done plus the share of this one read. Finishing has nothing left to count
 * (no total, so no share or time left); waiting says for how long, so no time left is told.
 * In a zip the statement in hand is named with its place ("2026-03.csv (3 of 12) in cargo.zip").
 */
export function importJobProgress(progress: ImportProgress, { at, files, name }: FileOfRun): JobProgressUpdate {
  const share = progress.bytesTotal > 0 ? progress.bytesDone / progress.bytesTotal : 0;
  const done = Math.round((at + share) * 1000) / 1000;
  const lines = `${statementInHand(name, progress.member)}: ${progress.lines.toLocaleString('en-US')} lines`;
  const where = { file: name, ...(progress.member && { member: progress.member }) };
  switch (progress.phase) {
    case 'waiting':
      return { phase: 'waiting', done, total: files, ...where, message: WAITING_FOR_STORE, waitedMs: progress.waitedMs ?? 0 };
    case 'finishing':
      return { phase: 'finishing', done, total: null, ...where, message: lines };
    default:
      return { phase: progress.phase, done, total: files, ...where, message: lines };
  }
}

/**
 * The demo load's progress: one whole to its user, so its files are counted under one phase,
 * never a bar without a share between two files; a wait still says so, and for how long.
 */
export function demoImportProgress(progress: ImportProgress, file: FileOfRun): JobProgressUpdate {
  return { ...importJobProgress(progress, file), phase: 'importing', total: file.files };
}
