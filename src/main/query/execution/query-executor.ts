import type { ArrowQueryAnswer, QueryAnswer } from '../../../shared/contract/query-execution';
import type { WorkstationError } from '../../../shared/contract/envelope';
import { dayNumberFromDate } from '../../../shared/period/sale-period';
import type { QueryResult, QuerySpec } from '../../../shared/query/query-spec';
import type { ReaderPool } from '../../workers/reader-pool';
import { canonicalSpec } from './canonical-spec';
import { deepFreeze } from './deep-freeze';
import { QuerySlots } from './query-slots';
import { ResultCache } from './result-cache';

export interface QueryRunOptions {
  /** The panel asking: its newer query supersedes its older one. */
  slot?: string;
  /** Orders the requests of one slot (see QueryRequest). */
  sequence?: number;
}

/** What the cache keeps: frozen results and Arrow bytes. */
export type KeptAnswer = QueryResult | Uint8Array;

/**
 * Runs query specs on the reader pool, as JSON results or Arrow bytes. Answers are kept by the
 * canonical spec and the day they were asked on (presets like "last 30 days" depend on it) until
 * the store is next written; kept results are frozen and kept bytes handed out as copies, so no
 * caller can change what the next one gets.
 */
export class QueryExecutor {
  private readonly slots = new QuerySlots();

  constructor(
    private readonly pool: ReaderPool,
    readonly cache: ResultCache<KeptAnswer>,
    private readonly now: () => Date,
  ) {}

  async run(spec: QuerySpec, options: QueryRunOptions = {}): Promise<QueryAnswer> {
    const { value, cached } = await this.execute('query', spec, options);
    return { ...(value as QueryResult), execution: { cached } };
  }

  async runArrow(spec: QuerySpec, options: QueryRunOptions = {}): Promise<ArrowQueryAnswer> {
    const { value, cached } = await this.execute('queryArrow', spec, options);
    return { arrow: (value as Uint8Array).slice(), execution: { cached } };
  }

  /** Stops the slot's query (queued or running) when it is no newer than `through`. */
  cancel(slot: string, through?: number): boolean {
    return this.slots.cancel(slot, through);
  }

  /** Everything up to the first await runs at once, so slots see requests in the order they came. */
  private async execute(op: 'query' | 'queryArrow', spec: QuerySpec, options: QueryRunOptions): Promise<{ value: KeptAnswer; cached: boolean }> {
    const today = this.now();
    const key = `${op} ${dayNumberFromDate(today)} ${canonicalSpec(spec)}`;
    let stop = (_error: WorkstationError) => {};
    const leave = options.slot ? this.slots.enter(options.slot, options.sequence, (error) => stop(error)) : () => {};
    const kept = this.cache.get(key);
    if (kept) {
      leave();
      return { value: kept, cached: true };
    }
    const generation = this.cache.generation;
    const ticket = this.pool.submit(
      { op, spec, today: today.toISOString() },
      {
        onReply: (value: KeptAnswer) => {
          this.cache.set(key, op === 'query' ? deepFreeze(value) : value, generation);
        },
      },
    );
    stop = ticket.stop;
    try {
      return { value: await ticket.answer, cached: false };
    } finally {
      leave();
    }
  }
}
