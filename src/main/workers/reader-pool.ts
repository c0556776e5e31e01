import { WorkstationError } from '../../shared/contract/envelope';
import { logger } from '../diagnostics/logger';
import { WorkerLink } from './worker-link';
import type { ProgressOf, ReaderProgress, ReaderReplies, ReaderRequest, StoreWorkerData, WorkerProgress } from './worker-protocol';

type Reader = WorkerLink<ReaderRequest, ReaderReplies, ReaderProgress>;

/** How long a query nobody waits for any more may keep its reader before the thread is replaced. */
export const STOP_AFTER_MS = 200;

export interface PoolTicket<T> {
  /** The reply; or, as soon as the ticket is stopped, the reason it was. */
  readonly answer: Promise<T>;
  /**
   * Releases the caller with `error` at once. A request still waiting never starts; one running
   * is given a moment to finish (its reply still reaches `onReply`), then its thread is ended
   * and a fresh reader takes its place.
   */
  stop(error: WorkstationError): void;
  /**
   * Settles once no thread runs the request any more: it replied or failed, never started, or the
   * thread it ran on has ended. Until then a stopped request may still be writing (a file, say).
   */
  readonly released: Promise<void>;
}

/** What a caller of `submit` is told besides the answer. */
export interface SubmitOptions<K extends ReaderRequest['op']> {
  /** The reply, even when the ticket was stopped meanwhile (a query's answer still fills the cache). */
  onReply?: (value: ReaderReplies[K]) => void;
  /** What the request tells while it runs (lines written, for `writeLines`). */
  onProgress?: (progress: ProgressOf<ReaderProgress, K>) => void;
}

interface Job {
  request: ReaderRequest;
  onReply?: (value: unknown) => void;
  onProgress?: (progress: WorkerProgress) => void;
  resolve(value: unknown): void;
  reject(error: unknown): void;
  answered: boolean;
  reader: Reader | null;
  letGo(): void;
}

/**
 * The reader threads and one queue in front of them. A reader is given one request at a time,
 * so everything waiting is here, never inside a thread: a thread can be ended and replaced
 * without losing anyone's request, and a request can be dropped before it starts.
 */
export class ReaderPool {
  private readonly live = new Set<Reader>();
  private readonly idle: Reader[] = [];
  private readonly queue: Job[] = [];
  private readonly running = new Set<Job>();
  private readonly retiring = new Set<Promise<void>>();
  private drained: (() => void)[] = [];
  private closing = false;
  /** Readers ended and replaced because the query they were running was no longer wanted. */
  replaced = 0;

  private constructor(
    private readonly workerData: StoreWorkerData,
    readonly size: number,
    private readonly stopAfterMs: number,
  ) {}

  static async open(workerData: StoreWorkerData, size: number, stopAfterMs = STOP_AFTER_MS): Promise<ReaderPool> {
    const pool = new ReaderPool(workerData, size, stopAfterMs);
    try {
      await Promise.all(Array.from({ length: size }, () => pool.spawn()));
    } catch (error) {
      await pool.close();
      throw error;
    }
    return pool;
  }

  /** Readers started and not ended (some may still be opening the store). */
  get threads(): number {
    return this.live.size;
  }

  request<K extends ReaderRequest['op']>(request: Extract<ReaderRequest, { op: K }>): Promise<ReaderReplies[K]> {
    return this.submit(request).answer;
  }

  submit<K extends ReaderRequest['op']>(request: Extract<ReaderRequest, { op: K }>, options: SubmitOptions<K> = {}): PoolTicket<ReaderReplies[K]> {
    let letGo!: () => void;
    const released = new Promise<void>((resolve) => (letGo = resolve));
    let job!: Job;
    const answer = new Promise<ReaderReplies[K]>((resolve, reject) => {
      job = {
        request,
        onReply: options.onReply as Job['onReply'],
        onProgress: options.onProgress as Job['onProgress'],
        resolve: resolve as Job['resolve'],
        reject,
        answered: false,
        reader: null,
        letGo,
      };
    });
    if (this.closing) this.answer(job, new WorkstationError('unavailable', 'The workstation is shutting down.'));
    else if (this.live.size === 0) this.answer(job, noReaders());
    else {
      this.queue.push(job);
      this.dispatch();
    }
    return { answer, stop: (error) => this.stop(job, error), released };
  }

  /** Lets what is queued and running finish, then closes every reader. */
  async close(): Promise<void> {
    this.closing = true;
    if (this.queue.length || this.running.size) await new Promise<void>((resolve) => this.drained.push(resolve));
    const readers = [...this.live];
    this.live.clear();
    this.idle.length = 0;
    await Promise.all(readers.map((reader) => reader.close()));
    await Promise.all(this.retiring);
  }

  private spawn(): Promise<void> {
    const reader: Reader = new WorkerLink('reader.worker', this.workerData);
    this.live.add(reader);
    let started = false;
    void reader.exited.then(() => this.lost(reader, started));
    return reader.ready.then(
      () => {
        started = true;
        if (!this.live.has(reader)) return;
        this.idle.push(reader);
        this.dispatch();
      },
      (error: unknown) => {
        this.live.delete(reader);
        this.failIfNoReaders();
        throw error;
      },
    );
  }

  /** A reader that ended by itself (a crash) is replaced; one that could not even start is not retried. */
  private lost(reader: Reader, started: boolean): void {
    if (!this.live.delete(reader)) return;
    const index = this.idle.indexOf(reader);
    if (index >= 0) this.idle.splice(index, 1);
    if (started && !this.closing) void this.spawn().catch((error: unknown) => logger.error('a replacement reader could not start', error));
    this.failIfNoReaders();
  }

  private dispatch(): void {
    while (this.idle.length && this.queue.length) this.run(this.queue.shift()!, this.takeIdle());
    if (!this.queue.length && !this.running.size) for (const resolve of this.drained.splice(0)) resolve();
  }

  private run(job: Job, reader: Reader): void {
    job.reader = reader;
    this.running.add(job);
    reader.request(job.request, { onProgress: job.onProgress }).then(
      (value) => {
        this.release(job, reader);
        job.letGo();
        try {
          job.onReply?.(value);
        } catch (error) {
          logger.error('a reader reply could not be kept', error);
        }
        this.answer(job, null, value);
      },
      (error: unknown) => {
        this.release(job, reader);
        // A reader ended under its request (stopped, or crashed) holds it until the thread is gone.
        if (this.live.has(reader)) job.letGo();
        else void reader.exited.then(job.letGo);
        this.answer(job, error);
      },
    );
  }

  /**
   * The idle reader started first: work one at a time always lands on the same thread, whose page
   * cache, compiled code and catalogue facts are warm, and the others take only what runs at once.
   */
  private takeIdle(): Reader {
    let chosen = this.idle[0]!;
    for (const reader of this.live) {
      if (this.idle.includes(reader)) {
        chosen = reader;
        break;
      }
    }
    this.idle.splice(this.idle.indexOf(chosen), 1);
    return chosen;
  }

  /**
   * The reader is idle again before its caller hears back, so a caller asking straight on gets
   * the same thread rather than waking another (a few ms on a 2-core machine).
   */
  private release(job: Job, reader: Reader): void {
    this.running.delete(job);
    if (this.live.has(reader)) this.idle.push(reader);
    this.dispatch();
  }

  private answer(job: Job, error: unknown, value?: unknown): void {
    if (job.answered) return;
    job.answered = true;
    if (!job.reader) job.letGo();
    if (error) job.reject(error);
    else job.resolve(value);
  }

  private stop(job: Job, error: WorkstationError): void {
    if (job.answered) return;
    this.answer(job, error);
    const queued = this.queue.indexOf(job);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      this.dispatch();
      return;
    }
    const reader = job.reader;
    if (!reader) return;
    const timer = setTimeout(() => {
      if (this.running.has(job)) this.retire(reader);
    }, this.stopAfterMs);
    timer.unref();
  }

  /**
   * Ends a reader and starts a fresh one in its place. The ended thread still finishes the SQLite
   * statement it is in, so at most `size` such threads are let go at once; past that, the query
   * is left to finish on its reader.
   */
  private retire(reader: Reader): void {
    if (this.closing || this.retiring.size >= this.size || !this.live.delete(reader)) return;
    this.replaced++;
    const ended = reader
      .terminate(new WorkstationError('cancelled', 'The query was stopped.'))
      .catch((error: unknown) => logger.warn('a reader that was let go did not end cleanly', error));
    this.retiring.add(ended);
    void ended.finally(() => this.retiring.delete(ended));
    void this.spawn().catch((error: unknown) => logger.error('a replacement reader could not start', error));
  }

  private failIfNoReaders(): void {
    if (this.live.size > 0) return;
    for (const job of this.queue.splice(0)) this.answer(job, noReaders());
    this.dispatch();
  }
}

const noReaders = () => new WorkstationError('unavailable', 'No reader thread is running; the details are in the log.');
