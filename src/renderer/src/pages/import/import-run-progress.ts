import type { ImportPhase, JobProgress } from '../../../../shared/contract/jobs';

/**
 * The run's progress as its panel shows it. Once a file is read the workstation still has work
 * to do before it is imported: it rebuilds the indexes a large import set aside, adds the lines to
 * the dashboards' monthly totals, checks the catalogue references and keeps a copy of the file.
 * The core says so (`finishing`, with no share or time left): on a large statement that takes
 * seconds with nothing to count, so the bar shows activity and says why, instead of standing at
 * 100%. Checking, reading and waiting are all importing to the user; a wait says so in its message
 * and its time waited. A statement of a zip is named by its path in the zip ("Finishing
 * 2026-03/spotify.csv…"): the zip's name alone would read the same for each, and the line above
 * already gives its place ("2026-03/spotify.csv (3 of 12) in cargo.zip: 1,200 lines"), which said
 * twice wrapped the panel onto a line more at each statement's end.
 */
export function runProgressShown(progress: JobProgress): JobProgress {
  if (progress.phase === ('finishing' satisfies ImportPhase)) {
    return { ...progress, phase: `finishing ${progress.member?.name ?? progress.file ?? 'the import'}…` };
  }
  return { ...progress, phase: 'importing' };
}
