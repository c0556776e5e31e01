import type { JobProgress } from '../../../../shared/contract/jobs';

/**
 * Bytes read so far. The job counts files (whole files done plus the share of the current one
 * read), and the page knows each file's size in the order it sent them, which gives bytes.
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

/** Where the read speed is measured from: the run's start, or where it stood when it moved again after a wait. */
export interface ReadPace {
  fromMs: number;
  fromDone: number;
}

/**
 * The pace after the progress `next`: a run that waited for another window or command writing to
 * the data file is measured again from when it moves, so the wait does not slow the speed shown.
 */
export function paceAfter(pace: ReadPace, previous: JobProgress | null, next: JobProgress, nowMs: number): ReadPace {
  return previous?.waitedMs !== undefined && next.waitedMs === undefined ? { fromMs: nowMs, fromDone: next.done } : pace;
}

/** The read speed to show: none while waiting, as nothing moves, nor while finishing, with nothing left to count. */
export function runSpeed(progress: JobProgress, pace: ReadPace, progressMs: number, sizes: readonly number[]): string | null {
  if (progress.waitedMs !== undefined) return null;
  const read = bytesRead(progress.done, progress.total, sizes);
  const before = bytesRead(pace.fromDone, progress.total, sizes);
  return read === null || before === null ? null : speedText(read - before, progressMs - pace.fromMs);
}
