import type { JobProgress } from '../../../../shared/contract/jobs';
import { paceOnMove, type Pace } from '../../../../shared/jobs/pace';

/**
 * Bytes read so far, from a job that tells no statement bytes. The job counts files (whole files
 * done plus the share of the current one read), and the page knows each file's size in the order
 * it sent them, which gives bytes: a zip's or gzip's compressed bytes, far fewer than it holds.
 */
export function bytesRead(done: number, total: number | null, sizes: readonly number[]): number | null {
  if (sizes.length === 0 || total !== sizes.length || !Number.isFinite(done) || done < 0) return null;
  const whole = Math.min(Math.floor(done), sizes.length);
  let bytes = 0;
  for (let index = 0; index < whole; index++) bytes += sizes[index]!;
  if (whole < sizes.length) bytes += (done - whole) * sizes[whole]!;
  return bytes;
}

/** "2.4 MB/s", "180 KB/s"; nothing in the first half second, when any rate would be noise. */
export function speedText(bytes: number | null, elapsedMs: number): string | null {
  if (bytes === null || bytes <= 0 || elapsedMs < 500) return null;
  const perSecond = bytes / (elapsedMs / 1000);
  if (perSecond < 1_000_000) return `${Math.max(1, Math.round(perSecond / 1000))} KB/s`;
  const megabytes = perSecond / 1_000_000;
  return megabytes >= 10 ? `${Math.round(megabytes)} MB/s` : `${megabytes.toFixed(1)} MB/s`;
}

/** The read speed's pace after the progress `next` (paceOnMove: a wait does not slow the speed shown). */
export function paceAfter(pace: Pace, previous: JobProgress | null, next: JobProgress, nowMs: number): Pace {
  return paceOnMove(pace, previous?.waitedMs !== undefined, next.waitedMs !== undefined, next, nowMs);
}

/** Bytes read since the pace's start: the statement bytes the job tells, unpacked, or else the sizes of the files sent. */
export function bytesReadSince(progress: JobProgress, pace: Pace, sizes: readonly number[]): number | null {
  if (progress.statementBytes !== undefined && pace.fromStatementBytes !== undefined) return progress.statementBytes - pace.fromStatementBytes;
  const read = bytesRead(progress.done, progress.total, sizes);
  const before = bytesRead(pace.fromDone, progress.total, sizes);
  return read === null || before === null ? null : read - before;
}

/** The read speed to show: none while waiting, as nothing moves, nor while finishing, with nothing left to count. */
export function runSpeed(progress: JobProgress, pace: Pace, progressMs: number, sizes: readonly number[]): string | null {
  if (progress.waitedMs !== undefined || progress.total === null) return null;
  return speedText(bytesReadSince(progress, pace, sizes), progressMs - pace.fromMs);
}
