import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { logger } from '../diagnostics/logger';

const STATEMENT_FILE = /\.(csv|tsv|txt|xlsx|zip|gz)$/i;

export interface DropFolderOptions {
  folder: string;
  /** Called once per new, settled file; the import itself is idempotent by content. */
  onStatement(path: string): void;
  /** A file is taken only after its size has not changed for this long (it may still be copying). */
  settleMs?: number;
  /** Also rescan this often, for file systems whose change events are unreliable (network shares). */
  rescanMs?: number;
}

/**
 * Watches a folder the user chose and hands each statement that lands there to the importer once
 * it has finished arriving. Files present when watching starts count as arrivals too.
 */
export class DropFolderWatcher {
  private watcher: FSWatcher | null = null;
  private rescan: NodeJS.Timeout | null = null;
  private readonly pending = new Map<string, { size: number; since: number }>();
  private readonly taken = new Set<string>();
  private settleTimer: NodeJS.Timeout | null = null;

  constructor(private readonly options: DropFolderOptions) {}

  start(): void {
    const { folder } = this.options;
    this.watcher = watch(folder, () => this.scan());
    this.watcher.on('error', (error) => logger.warn(`drop folder ${folder} is no longer watched`, error));
    this.rescan = setInterval(() => this.scan(), this.options.rescanMs ?? 5_000);
    this.settleTimer = setInterval(() => this.settle(), Math.max(100, Math.floor((this.options.settleMs ?? 2_000) / 4)));
    this.scan();
  }

  stop(): void {
    this.watcher?.close();
    if (this.rescan) clearInterval(this.rescan);
    if (this.settleTimer) clearInterval(this.settleTimer);
    this.watcher = null;
  }

  private scan(): void {
    let names: string[];
    try {
      names = readdirSync(this.options.folder);
    } catch (error) {
      logger.warn(`drop folder ${this.options.folder} cannot be read`, error);
      return;
    }
    const now = Date.now();
    for (const name of names) {
      if (!STATEMENT_FILE.test(name) || name.startsWith('.')) continue;
      const path = join(this.options.folder, name);
      if (this.taken.has(path)) continue;
      let size: number;
      try {
        const stat = statSync(path);
        if (!stat.isFile()) continue;
        size = stat.size;
      } catch {
        continue;
      }
      const seen = this.pending.get(path);
      if (!seen || seen.size !== size) this.pending.set(path, { size, since: now });
    }
  }

  private settle(): void {
    this.scan();
    const now = Date.now();
    for (const [path, seen] of this.pending) {
      if (now - seen.since < (this.options.settleMs ?? 2_000)) continue;
      this.pending.delete(path);
      this.taken.add(path);
      this.options.onStatement(path);
    }
  }
}
