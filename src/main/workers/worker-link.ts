import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { WorkstationError } from '../../shared/contract/envelope';
import { logger } from '../diagnostics/logger';
import type { StoreUpdate } from '../store/store-update';
import type { FromWorker, ProgressOf, StoreWorkerData, ToWorker, WorkerProgress } from './worker-protocol';

type WorkerName = 'writer.worker' | 'reader.worker' | 'statement-lines.worker';

/**
 * The writer's garbage is short-lived (a batch of statement lines at a time): a young generation
 * of 16 MB instead of V8's default keeps the workstation's memory down while it imports.
 */
const WORKER_LIMITS: Partial<Record<WorkerName, ResourceLimits>> = { 'writer.worker': { maxYoungGenerationSizeMb: 16 } };

/**
 * Built code runs the emitted `.js` worker next to the bundle (or one folder up from a shared
 * chunk). Source code, under tests and tsx, starts a tiny script that registers tsx's loader
 * inside the new thread before importing the `.ts` worker: loader flags given to a worker's
 * execArgv do not reach its module loading on Node 20.
 */
/** tsx's ESM entry for registering its loader (require.resolve would give the CommonJS one). */
function tsxEsmApiUrl(from: string): string {
  const manifestPath = createRequire(from).resolve('tsx/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(join(dirname(manifestPath), manifest.exports['./esm/api']!.import.default)).href;
}

export function startWorker(name: WorkerName, data: unknown, resourceLimits?: ResourceLimits): Worker {
  const here = import.meta.url;
  // The test runner bundles the workers from this same source once per run (see
  // test/support/bundled-sources.global-setup.ts): through tsx, a thread took seconds to start.
  const bundled = process.env.TUNEMANTRA_BUNDLED_SOURCES;
  if (here.endsWith('.ts') && bundled) return new Worker(join(bundled, `${name}.js`), { workerData: data, resourceLimits });
  if (here.endsWith('.ts')) {
    const tsxApi = tsxEsmApiUrl(here);
    const entry = new URL(`./${name}.ts`, here).href;
    const script = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
    return new Worker(script, { eval: true, workerData: data, resourceLimits });
  }
  for (const candidate of [`./${name}.js`, `../${name}.js`]) {
    const file = fileURLToPath(new URL(candidate, here));
    if (existsSync(file)) return new Worker(file, { workerData: data, resourceLimits });
  }
  throw new Error(`worker entry ${name}.js not found next to ${fileURLToPath(here)}`);
}

/**
 * What a crashed thread threw. SQLite's errors reach this thread as a plain object holding only
 * their code, which the log would print as "[object Object]" (the thread logs the whole error
 * itself where it can, serveRequests' inTheLog).
 */
function crashDetail(error: unknown): unknown {
  if (error instanceof Error || typeof error !== 'object' || error === null) return error;
  const { stack, message, code } = error as { stack?: unknown; message?: unknown; code?: unknown };
  if (typeof stack === 'string') return stack;
  if (typeof message === 'string') return typeof code === 'string' ? `${code}: ${message}` : message;
  return JSON.stringify(error);
}

interface Pending<Request> {
  request: Request;
  resolve(value: unknown): void;
  reject(error: unknown): void;
  onProgress?: (progress: WorkerProgress) => void;
}

export interface WorkerLinkOptions<Request> {
  /** Told when a request has its reply or its failure (the writer's owner: the store may have changed). */
  onSettled?: (request: Request) => void;
  /** Told when the writer starts migrating a store from an earlier version, before it is ready. */
  onStoreUpdate?: (update: StoreUpdate) => void;
  /** Another process committed to the store the worker has open. */
  onChangedElsewhere?: () => void;
}

/**
 * One worker thread and the requests in flight to it, numbered so replies find their caller.
 * `Progress` names what each op tells while it runs, so a caller's `onProgress` gets its kind.
 */
export class WorkerLink<
  Request extends { op: string },
  Replies extends Record<Request['op'], unknown>,
  Progress extends Partial<Record<Request['op'], WorkerProgress>> = Partial<Record<Request['op'], WorkerProgress>>,
> {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending<Request>>();
  private nextId = 1;
  private closed = false;
  readonly ready: Promise<void>;
  /** Settles when the thread has ended, however it ended. */
  readonly exited: Promise<void>;

  constructor(
    name: WorkerName,
    data: StoreWorkerData,
    private readonly options: WorkerLinkOptions<Request> = {},
  ) {
    this.worker = startWorker(name, data, WORKER_LIMITS[name]);
    this.exited = new Promise((resolve) => this.worker.once('exit', () => resolve()));
    this.ready = new Promise((resolve, reject) => {
      this.worker.on('message', (message: FromWorker) => {
        if (message.kind === 'ready') return resolve();
        if (message.kind === 'updating') return this.options.onStoreUpdate?.(message.update);
        if (message.kind === 'changed-elsewhere') return this.options.onChangedElsewhere?.();
        if (message.kind === 'startup-failed') {
          return reject(new WorkstationError(message.error.code, message.error.message));
        }
        const pending = this.pending.get(message.id);
        if (!pending) return;
        if (message.kind === 'progress') return pending.onProgress?.(message.progress);
        this.pending.delete(message.id);
        if (message.ok) pending.resolve(message.value);
        else pending.reject(new WorkstationError(message.error.code, message.error.message));
        this.options.onSettled?.(pending.request);
      });
      this.worker.on('error', (error: unknown) => {
        logger.error(`${name} crashed`, crashDetail(error));
        reject(error);
        this.failAll(new WorkstationError('internal', 'A background worker stopped unexpectedly; the details are in the log.'));
      });
      this.worker.on('exit', () => {
        this.failAll(new WorkstationError('unavailable', 'The workstation is shutting down.'));
      });
    });
  }

  request<K extends Request['op']>(
    request: Extract<Request, { op: K }>,
    options: { signal?: AbortSignal; onProgress?: (progress: ProgressOf<Progress, K>) => void } = {},
  ): Promise<Replies[K]> {
    if (this.closed) return Promise.reject(new WorkstationError('unavailable', 'The workstation is shutting down.'));
    const id = this.nextId++;
    return new Promise<Replies[K]>((resolve, reject) => {
      const cancel = () => this.worker.postMessage({ kind: 'cancel', id } satisfies ToWorker<Request>);
      // A job shares one signal across all its files: each request lets go of it once answered.
      const settled = () => options.signal?.removeEventListener('abort', cancel);
      this.pending.set(id, {
        request,
        resolve: (value: unknown) => {
          settled();
          resolve(value as Replies[K]);
        },
        reject: (error: unknown) => {
          settled();
          reject(error);
        },
        // The worker tells this request only its op's kind of progress.
        onProgress: options.onProgress as ((progress: WorkerProgress) => void) | undefined,
      });
      if (options.signal?.aborted) cancel();
      options.signal?.addEventListener('abort', cancel, { once: true });
      this.worker.postMessage({ kind: 'request', id, request } satisfies ToWorker<Request>);
    });
  }

  /** Lets queued requests finish, then closes the connection and ends the thread. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.worker.postMessage({ kind: 'close' } satisfies ToWorker<Request>);
    const timeout = setTimeout(() => void this.worker.terminate(), 10_000);
    await this.exited;
    clearTimeout(timeout);
  }

  /**
   * Ends the thread without waiting for its queue: requests in flight fail with `error` at once.
   * A statement SQLite is running is finished first (better-sqlite3 cannot interrupt one), so the
   * promise settles only when the thread is really gone.
   */
  async terminate(error: WorkstationError): Promise<void> {
    this.closed = true;
    this.failAll(error);
    await this.worker.terminate();
  }

  private failAll(error: Error): void {
    const failed = [...this.pending.values()];
    this.pending.clear();
    for (const pending of failed) {
      pending.reject(error);
      this.options.onSettled?.(pending.request);
    }
  }
}
