import { z } from 'zod';

/**
 * 'export': a large export written to a file (every statement line behind a figure); 'merge': many
 * catalogue merges, or their undo, at once; 'currency': a change of base currency, every line
 * converted and every import summed again.
 */
export const JOB_KINDS = ['import', 'demo', 'export', 'merge', 'currency'] as const;
export const JobKind = z.enum(JOB_KINDS);

export const JobRef = z.object({ jobId: z.string(), kind: JobKind });
export type JobRef = z.infer<typeof JobRef>;

/**
 * What an import is doing with the file it names: checking it (hashing it before anything is
 * stored), waiting for another TuneMantra window or command writing to the data file, reading its
 * lines, or finishing (rebuilding the indexes a large import set aside, summing the dashboards'
 * rollups, checking the catalogue references, keeping the archived original), which has no share
 * or time left to tell. Other jobs name their phase in words ('writing statement lines',
 * 'merging recordings'), shown as they are; the demo load says 'importing' over its files.
 */
export type ImportPhase = 'checking' | 'waiting' | 'reading' | 'finishing';

/**
 * The statement of a zip an import is at: its path inside the file the user picked
 * (`inner.zip › results.csv` in a zip inside a zip) and its place among the members of the zip
 * holding it (3 of 12), so a long zip of statements says how far it has got.
 */
export const ZipMemberInHand = z.object({ name: z.string(), at: z.number().int().positive(), of: z.number().int().positive() });
export type ZipMemberInHand = z.infer<typeof ZipMemberInHand>;

export const JobProgress = z.object({
  jobId: z.string(),
  kind: JobKind,
  /** An import job's is an ImportPhase. */
  phase: z.string(),
  done: z.number(),
  total: z.number().nullable(),
  etaMs: z.number().nullable(),
  message: z.string().optional(),
  /** The file an import is at, named as the user picked it. */
  file: z.string().optional(),
  /** The member of that file (a zip) the import is at; none for a file that is itself the statement. */
  member: ZipMemberInHand.optional(),
  /** How long the job has waited so far for another window or command to finish writing; only while it waits. */
  waitedMs: z.number().optional(),
  /**
   * An import's bytes of statement text read so far over the whole run: every file and zip member
   * before the one in hand, and as much of it as is read. A zip's or gzip's members count as
   * unpacked, so the read speed shown is that of the statements, not of the compressed file
   * (`done` counts compressed bytes); a workbook's sheets count the workbook's own bytes.
   */
  statementBytes: z.number().nonnegative().optional(),
});
export type JobProgress = z.infer<typeof JobProgress>;

export const JobStatus = z.enum(['running', 'succeeded', 'failed', 'cancelled']);
export type JobStatus = z.infer<typeof JobStatus>;

export const JobSnapshot = z.object({
  jobId: z.string(),
  kind: JobKind,
  status: JobStatus,
  progress: JobProgress.nullable(),
  result: z.unknown().optional(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
  startedAt: z.string(),
  finishedAt: z.string().optional(),
});
export type JobSnapshot = z.infer<typeof JobSnapshot>;
