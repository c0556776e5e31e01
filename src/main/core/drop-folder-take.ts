import { basename } from 'node:path';
import type { DropFolderStatement, DropFolderTake } from '../../shared/contract/imports';
import type { JobRef, JobSnapshot } from '../../shared/contract/jobs';
import type { ImportOutcome } from '../import/import-outcome';
import type { OverlapChoice } from '../import/import-statement';

/** How the core imports a statement the drop folder took: as a job, as any picked on the Import page. */
export interface DropFolderImporter {
  startImport(path: string, onOverlap: OverlapChoice): JobRef;
  /** The job's snapshot once it has ended. */
  finished(jobId: string): Promise<JobSnapshot>;
}

export interface TakenStatement {
  /** What the panel lists. */
  take: DropFolderTake;
  /** Whether the store now holds or knows the file (its job ended): it is not read again at the next start unless changed. */
  settled: boolean;
  /** The imports holding the file's statements now, imported or met as duplicates. */
  imports: number[];
}

/**
 * Imports a statement the drop folder took. `replacing` are the imports the file at the same path
 * produced when it was last taken: a file saved over them is the user's correction, so it takes
 * their place, but only when they are all it overlaps (`ReplaceOnly`, decided by the importer in the
 * import's own transaction). Met by any other import of its period, it is skipped, as a new file
 * is: no one is there to choose, and the summary names what covers it. Null when the import was
 * cancelled (the core is closing): the file is taken again at the next start.
 */
export async function takeDroppedStatement(importer: DropFolderImporter, path: string, replacing: readonly number[], now: Date): Promise<TakenStatement | null> {
  const take = { fileName: basename(path), takenAt: now.toISOString() };
  const { jobId } = importer.startImport(path, replacing.length > 0 ? { only: replacing } : 'skip');
  const job = await importer.finished(jobId);
  if (job.status === 'cancelled') return null;
  if (job.status !== 'succeeded') {
    return { take: { ...take, statements: [], problem: job.error?.message ?? 'Its import did not finish.' }, settled: false, imports: [] };
  }
  const outcomes = (job.result as { outcomes: ImportOutcome[] }).outcomes.filter((o) => o.status !== 'cancelled');
  return {
    take: { ...take, statements: outcomes.map((o) => statementOf(o, replacing)), problem: null },
    settled: true,
    imports: outcomes.filter((o) => (o.status === 'imported' || o.status === 'duplicate') && o.importId !== null).map((o) => o.importId!),
  };
}

function statementOf(outcome: ImportOutcome, replacing: readonly number[]): DropFolderStatement {
  const earlier = outcome.overlaps.map((o) => ({ importId: o.importId, fileName: o.fileName }));
  switch (outcome.status) {
    case 'imported':
      return {
        outcome: 'imported', file: outcome.file, importId: outcome.importId, lines: outcome.imported, quarantined: outcome.rejected, amounts: outcome.amounts,
        // Imported at all, it met no import but those the file produced before, and took their place.
        replaced: earlier.filter((overlap) => replacing.includes(overlap.importId)),
      };
    case 'skipped':
      return { outcome: 'skipped', file: outcome.file, coveredBy: earlier };
    case 'duplicate':
      return { outcome: 'duplicate', file: outcome.file };
    default: {
      const problem = outcome.problems[0];
      return { outcome: 'refused', file: outcome.file, line: problem?.line ?? null, reason: problem?.reason ?? outcome.message };
    }
  }
}
