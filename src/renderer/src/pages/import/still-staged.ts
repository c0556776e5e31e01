import { z } from 'zod';
import type { JobSnapshot } from '../../../../shared/contract/jobs';

const RunLeftStaged = z.object({ stillStaged: z.array(z.string()) });

/**
 * The files of a run that the core still holds staged, by staged id: after a cancel, the file it
 * stopped in and those after it were not imported, and go back on the page as they were picked
 * and answered. A run that ended without saying (it failed, or was cancelled before its first
 * file) released none of the files it was sent: each goes back, and one it did import says so
 * when it is checked again.
 */
export function stillStagedAfter(job: JobSnapshot, sent: readonly string[]): Set<string> {
  if (job.status === 'succeeded' || job.status === 'running') return new Set();
  const said = RunLeftStaged.safeParse(job.result);
  return new Set(said.success ? said.data.stillStaged.filter((id) => sent.includes(id)) : sent);
}
