import { z } from 'zod';
import { JobProgress, JobSnapshot } from './jobs';

export const WorkstationEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('job:progress'), progress: JobProgress }),
  z.object({ type: z.literal('job:finished'), job: JobSnapshot }),
  /**
   * The store changed (an import landed or was undone): cached views should refresh.
   * `importsVersion` moves only when which imports there are, or what one holds, changed (not for
   * an FX rate or a merge): what a staged file's check found depends on that alone.
   */
  z.object({ type: z.literal('data:changed'), dataVersion: z.number(), importsVersion: z.number() }),
  /**
   * The review queue changed and nothing else did (a recording kept as one of its own): only what
   * shows the queue reads again, not every figure on the page.
   */
  z.object({ type: z.literal('review:changed'), reviewVersion: z.number() }),
  /**
   * The files the drop folder has noticed and not taken yet changed: which they are, or why one
   * waits (`DropFolderState.pending`); never only because one grew. The panel reads
   * `dropFolder:get` again.
   */
  z.object({ type: z.literal('dropFolder:changed') }),
]);
export type WorkstationEvent = z.infer<typeof WorkstationEvent>;
