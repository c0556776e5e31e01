import { z } from 'zod';
import { QueryResult, QuerySpec, type QuerySpecInput } from '../query/query-spec';

/**
 * The panel (or other asker) a query belongs to: a newer query in the same slot supersedes the
 * older one, which is dropped if it has not started and stopped if it has.
 */
export const QuerySlot = z.string().min(1).max(200);

/**
 * A query with how to run it. `sequence` orders the requests of one slot when they can overtake
 * each other on the way (the browser bridge sends each on its own HTTP request): a request older
 * than one the slot has already seen is refused as superseded.
 */
export const QueryRequest = z
  .object({
    spec: QuerySpec,
    slot: QuerySlot.optional(),
    sequence: z.number().int().min(1).optional(),
  })
  .strict();
export type QueryRequest = z.infer<typeof QueryRequest>;
export type QueryRequestInput = z.input<typeof QueryRequest>;

const isRequest = (input: unknown): boolean => typeof input === 'object' && input !== null && Object.hasOwn(input, 'spec');

/** `query:run` takes a bare spec (the CLI, older callers) or a request carrying one. */
export const QueryRunInput = z.preprocess(
  (input: QuerySpecInput | QueryRequestInput) => (isRequest(input) ? input : { spec: input }),
  QueryRequest,
);

/** How the answer was produced. */
export const QueryExecution = z.object({
  /** The answer was kept from an earlier identical query on the same data and day. */
  cached: z.boolean(),
});
export type QueryExecution = z.infer<typeof QueryExecution>;

export const QueryAnswer = QueryResult.extend({ execution: QueryExecution });
export type QueryAnswer = z.infer<typeof QueryAnswer>;

/** The same result as Arrow IPC stream bytes (see src/shared/arrow/result-arrow.ts). */
export const ArrowQueryAnswer = z.object({
  arrow: z.instanceof(Uint8Array),
  execution: QueryExecution,
});
export type ArrowQueryAnswer = z.infer<typeof ArrowQueryAnswer>;

export const QueryCancelRequest = z
  .object({
    slot: QuerySlot,
    /** Cancel only a query of this sequence or older, never one sent after the cancel. */
    through: z.number().int().min(1).optional(),
  })
  .strict();
