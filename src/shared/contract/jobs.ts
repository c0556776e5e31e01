import { z } from 'zod';

/** 'export': a large export written to a file (every statement line behind a figure); 'merge': many catalogue merges, or their undo, at once. */
export const JOB_KINDS = ['import', 'demo', 'export', 'merge'] as const;
export const JobKind = z.enum(JOB_KINDS);

export const JobRef = z.object({ jobId: z.string(), kind: JobKind });
export type JobRef = z.infer<typeof JobRef>;

export const JobProgress = z.object({
  jobId: z.string(),
  kind: JobKind,
  phase: z.string(),
  done: z.number(),
  total: z.number().nullable(),
  etaMs: z.number().nullable(),
  message: z.string().optional(),
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
