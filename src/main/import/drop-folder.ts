import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { logger } from '../diagnostics/logger';

const STATEMENT_FILE = /\.(csv|tsv|txt|xlsx|zip|gz)$/i;

export interface DropFolderOptions {
  folder: string;
  /** Files taken before, by path, with their version then (see fileVersion): taken again only once changed. */
  taken?: ReadonlyMap<string, string>;
  /** Called once per new, settled file, with its version; the import itself is idempotent by content. */
  onStatement(path: string, version: string): void;
  /** A file is taken only after its size has not changed for this long (it may still be copying). */
  settleMs?: number;
  /** Also rescan this often, for file systems whose change events are unreliable (network shares). */
  rescanMs?: number;
}

/**
 * Watches a folder the user chose and hands each statement that lands there to the importer once
 * it has finished arriving. Files present when watching starts count as arrivals too, unless taken
 * before as they are now; so does a file saved again over one already taken (next month's download
 * under the same name). The importer knows a statement by its content, so one taken twice
 * unchanged is only reported.
 */
export class DropFolderWatcher {
  private watcher: FSWatcher | null = null;
  private rescan: NodeJS.Timeout | null = null;
  private readonly pending = new Map<string, { size: number; since: number }>();
  /** Each file handed over, with its size and modification time then. */
  private readonly taken: Map<string, string>;
  private settleTimer: NodeJS.Timeout | null = null;

  constructor(private readonly options: DropFolderOptions) {
    this.taken = new Map(options.taken);
  }

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
    const present = new Set<string>();
    for (const name of names) {
      if (!STATEMENT_FILE.test(name) || name.startsWith('.')) continue;
      const path = join(this.options.folder, name);
      const file = fileVersion(path);
      if (!file) continue;
      present.add(path);
      if (this.taken.get(path) === file.version) continue;
      this.taken.delete(path);
      const seen = this.pending.get(path);
      if (!seen || seen.size !== file.size) this.pending.set(path, { size: file.size, since: now });
    }
    // A file removed and put back later is a new arrival.
    for (const path of this.taken.keys()) if (!present.has(path)) this.taken.delete(path);
  }

  private settle(): void {
    this.scan();
    const now = Date.now();
    for (const [path, seen] of this.pending) {
      if (now - seen.since < (this.options.settleMs ?? 2_000)) continue;
      this.pending.delete(path);
      const file = fileVersion(path);
      if (!file) continue;
      this.taken.set(path, file.version);
      this.options.onStatement(path, file.version);
    }
  }
}

/** A regular file's size, and its size and modification time as one value; null for anything else or a file gone. */
function fileVersion(path: string): { size: number; version: string } | null {
  try {
    const stat = statSync(path);
    return stat.isFile() ? { size: stat.size, version: `${stat.size}:${stat.mtimeMs}` } : null;
  } catch {
    return null;
  }
}
