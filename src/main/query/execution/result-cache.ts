import { approximateBytes } from './approximate-bytes';

export const RESULT_CACHE_BYTES = 32 * 2 ** 20;

interface Entry<V> {
  value: V;
  bytes: number;
}

/**
 * Answers kept by key, least recently used first out once they outgrow the byte budget. The
 * store's generation is part of the picture: every write the writer finishes starts a new one
 * and empties the cache, and an answer computed in an older generation is not kept.
 */
export class ResultCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private usedBytes = 0;
  private currentGeneration = 0;

  constructor(
    readonly budgetBytes = RESULT_CACHE_BYTES,
    private readonly sizeOf: (value: V) => number = approximateBytes,
  ) {}

  /** Bumped by every finished write; answers carry the generation they were asked in. */
  get generation(): number {
    return this.currentGeneration;
  }

  get bytes(): number {
    return this.usedBytes;
  }

  get size(): number {
    return this.entries.size;
  }

  invalidate(): void {
    this.currentGeneration++;
    this.entries.clear();
    this.usedBytes = 0;
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Map order is the recency order: a hit moves to the back.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /**
   * Keeps an answer asked in `generation`; refused when the store has been written since, or
   * when the answer alone would take more than a quarter of the budget.
   */
  set(key: string, value: V, generation: number): boolean {
    if (generation !== this.currentGeneration) return false;
    const bytes = this.sizeOf(value);
    if (bytes > this.budgetBytes / 4) return false;
    const previous = this.entries.get(key);
    if (previous) {
      this.entries.delete(key);
      this.usedBytes -= previous.bytes;
    }
    this.entries.set(key, { value, bytes });
    this.usedBytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.usedBytes <= this.budgetBytes) break;
      this.entries.delete(oldest);
      this.usedBytes -= entry.bytes;
    }
    return true;
  }
}
