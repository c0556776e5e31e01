import type { JobProgress } from '../../../shared/contract/jobs';
import { statementInHand } from '../../../shared/jobs/statement-in-hand';

/** Percent done, or null while the total is unknown (the bar then shows activity, not a share). */
export function progressPercent(progress: JobProgress | null): number | null {
  if (!progress || progress.total === null || progress.total <= 0) return null;
  return Math.min(100, Math.max(0, Math.round((progress.done / progress.total) * 100)));
}

/** "About 40 seconds left"; nothing while the job has not said. */
export function etaText(etaMs: number | null): string | null {
  if (etaMs === null || !Number.isFinite(etaMs) || etaMs < 0) return null;
  const seconds = Math.round(etaMs / 1000);
  if (seconds < 5) return 'A few seconds left';
  if (seconds < 60) return `About ${seconds} seconds left`;
  const minutes = Math.round(seconds / 60);
  return minutes === 1 ? 'About a minute left' : `About ${minutes} minutes left`;
}

/** "Waiting 25 s", "Waiting 2 min 5 s": how long a job has waited for another window or command writing to the data file. */
export function waitedText(waitedMs: number | undefined): string | null {
  if (waitedMs === undefined || !Number.isFinite(waitedMs) || waitedMs < 0) return null;
  const seconds = Math.floor(waitedMs / 1000);
  if (seconds < 60) return `Waiting ${seconds} s`;
  const rest = seconds % 60;
  return `Waiting ${Math.floor(seconds / 60)} min${rest ? ` ${rest} s` : ''}`;
}

/**
 * "Importing statements · 3 of 8"; a bare running count says nothing, so it is left out, and so is
 * a count of one, which says nothing the bar's share does not ("0 of 1" under a zip's "3 of 12"
 * statements read as a second, contrary count). Jobs over files count the share of the file in
 * hand too, so the count is of whole items finished.
 */
export function progressDetail(progress: JobProgress): string {
  const phase = phaseText(progress);
  if (progress.total === null || progress.total === 1) return phase;
  return `${phase} · ${Math.floor(progress.done).toLocaleString('en-US')} of ${progress.total.toLocaleString('en-US')}`;
}

/** "Importing", "Finishing march.csv…": what a screen reader is told, once per phase, never per count. */
export function phaseText(progress: JobProgress): string {
  return progress.phase.charAt(0).toUpperCase() + progress.phase.slice(1);
}

/** The bar's value in words, "42% · march.csv (3 of 12) in cargo.zip": the share alone does not say what is being read. */
export function progressValueText(percent: number | null, progress: JobProgress | null): string | undefined {
  const inHand = progress?.file ? statementInHand(progress.file, progress.member) : null;
  const parts = [percent === null ? null : `${percent}%`, inHand].filter((part) => part !== null);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}
