import { basename } from 'node:path';
import type { DropFolderStatement, DropFolderTake, ImportPreview, ImportStartRequest } from '../../shared/contract/imports';
import type { JobRef, JobSnapshot } from '../../shared/contract/jobs';
import type { ImportOutcome } from '../import/import-outcome';

/** The core's import services a statement in the drop folder goes through, as any picked on the Import page does. */
export interface DropFolderImporter {
  /** Stages the file; `snapshot` stages a copy, so the file checked is the file imported even if it is saved over meanwhile. */
  stage(path: string, snapshot: boolean): Promise<string>;
  previewImport(stagedId: string): Promise<ImportPreview>;
  startStagedImport(request: ImportStartRequest): JobRef;
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
 * their place, but only when they are all it overlaps. Met by any other import of its period, it
 * is skipped, as a new file is: no one is there to choose, and the summary names what covers it.
 * Null when the import was cancelled (the core is closing): the file is taken again at the next start.
 */
export async function takeDroppedStatement(importer: DropFolderImporter, path: string, replacing: readonly number[], now: Date): Promise<TakenStatement | null> {
  const take = { fileName: basename(path), takenAt: now.toISOString() };
  const stagedId = await importer.stage(path, replacing.length > 0);
  const replaced = replacing.length > 0 ? await overlapsOnlyOf(importer, stagedId, replacing) : [];
  const { jobId } = importer.startStagedImport({
    files: [replaced.length > 0 ? { stagedId, onOverlap: 'replace', replace: replaced } : { stagedId, onOverlap: 'skip' }],
    mode: 'lenient',
  });
  const job = await importer.finished(jobId);
  if (job.status === 'cancelled') return null;
  if (job.status !== 'succeeded') {
    return { take: { ...take, statements: [], problem: job.error?.message ?? 'Its import did not finish.' }, settled: false, imports: [] };
  }
  const outcomes = (job.result as { outcomes: ImportOutcome[] }).outcomes.filter((o) => o.status !== 'cancelled');
  return {
    take: { ...take, statements: outcomes.map((o) => statementOf(o, replaced.length > 0)), problem: null },
    settled: true,
    imports: outcomes.filter((o) => (o.status === 'imported' || o.status === 'duplicate') && o.importId !== null).map((o) => o.importId!),
  };
}

/** The earlier imports the staged file overlaps, when each is one of `imports`; none otherwise. */
async function overlapsOnlyOf(importer: DropFolderImporter, stagedId: string, imports: readonly number[]): Promise<number[]> {
  let preview: ImportPreview;
  try {
    preview = await importer.previewImport(stagedId);
  } catch {
    // Imported with skip, the file meets the same trouble and its outcome says what it is.
    return [];
  }
  const ids = preview.overlaps.map((overlap) => overlap.importId);
  return ids.every((importId) => imports.includes(importId)) ? ids : [];
}

function statementOf(outcome: ImportOutcome, replacing: boolean): DropFolderStatement {
  const earlier = outcome.overlaps.map((o) => ({ importId: o.importId, fileName: o.fileName }));
  switch (outcome.status) {
    case 'imported':
      return {
        outcome: 'imported', file: outcome.file, lines: outcome.imported, quarantined: outcome.rejected, amounts: outcome.amounts,
        // Under Replace every earlier import of its period was replaced (and each was one the file produced before).
        replaced: replacing ? earlier : [],
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
