import { statementInHand } from '../../shared/jobs/statement-in-hand';
import type { ImportProgress } from '../import/import-outcome';
import type { JobProgressUpdate } from '../jobs/job-registry';
import { WAITING_FOR_STORE } from '../store/store-busy';

/** The file of a run in hand: its place among the run's files and its name as the user picked it. */
export interface FileOfRun {
  at: number;
  files: number;
  name: string;
  /** The statement bytes read in the run's files before this one; none before the first. */
  readBefore?: number;
}

/**
 * An import job's progress from where the file in hand stands, in the file's own phase. Reading
 * counts whole files done plus the share of this one read. Finishing has nothing left to count
 * (no total, so no share or time left); waiting says for how long, so no time left is told.
 * In a zip the statement in hand is named with its place ("2026-03.csv (3 of 12) in cargo.zip").
 * The statement bytes read are the run's, so the page's read speed counts statements unpacked.
 */
export function importJobProgress(progress: ImportProgress, { at, files, name, readBefore = 0 }: FileOfRun): JobProgressUpdate {
  const share = progress.bytesTotal > 0 ? progress.bytesDone / progress.bytesTotal : 0;
  const done = Math.round((at + share) * 1000) / 1000;
  const lines = `${statementInHand(name, progress.member)}: ${progress.lines.toLocaleString('en-US')} lines`;
  const where = { file: name, ...(progress.member && { member: progress.member }) };
  const statementBytes = readBefore + progress.statementBytes;
  switch (progress.phase) {
    case 'waiting':
      return { phase: 'waiting', done, total: files, ...where, message: WAITING_FOR_STORE, waitedMs: progress.waitedMs ?? 0, statementBytes };
    case 'finishing':
      return { phase: 'finishing', done, total: null, ...where, message: lines, statementBytes };
    default:
      return { phase: progress.phase, done, total: files, ...where, message: lines, statementBytes };
  }
}

/**
 * The demo load's progress: one whole to its user, so its files are counted under one phase,
 * never a bar without a share between two files; a wait still says so, and for how long.
 */
export function demoImportProgress(progress: ImportProgress, file: FileOfRun): JobProgressUpdate {
  return { ...importJobProgress(progress, file), phase: 'importing', total: file.files };
}
