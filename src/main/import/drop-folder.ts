import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { logger } from '../diagnostics/logger';
import { statementStillArriving } from './statement-still-arriving';

const STATEMENT_FILE = /\.(csv|tsv|txt|xlsx|zip|gz)$/i;
const SETTLE_MS = 2_000;
export const STILL_ARRIVING_MS = 30_000;
/** Statements settled together are taken by name, numbers by value: march-2 before march-10. */
const byName = new Intl.Collator('en', { numeric: true }).compare;

export interface DropFolderOptions {
  folder: string;
  /** Files taken before, by path, with their version then (see fileVersion): taken again only once changed. */
  taken?: ReadonlyMap<string, string>;
  /**
   * Called once per new, settled file, with its version and when it was noticed; the import
   * itself is idempotent by content.
   */
  onStatement(path: string, version: string, noticedAt: number): void;
  /**
   * Told when the files noticed and not handed over yet (noticedFiles) changed: which they are,
   * or why one waits. Not as a file grows: a copy lasting minutes would tell it at every look.
   */
  onNoticedChanged?(): void;
  /** A file is taken only after it has not changed for this long (it may still be copying). */
  settleMs?: number;
  /**
   * A settled file whose end looks cut short (statementStillArriving) is taken only after it has
   * not changed for this long (30 s): a copy stalling longer than settleMs is not imported half
   * written, while a statement that merely ends without a line break is still taken, and judged
   * by its import.
   */
  stillArrivingMs?: number;
  /** Also rescan this often, for file systems whose change events are unreliable (network shares). */
  rescanMs?: number;
}

/** A file the watcher has noticed and not handed over yet. */
export interface NoticedFile {
  path: string;
  /** When it was first noticed (ms since the epoch), kept while it grows. */
  noticedAt: number;
  /** Why its end looked cut short when it last held still (statementStillArriving); null while it never has. */
  cutShort: string | null;
}

/** A file not taken yet. */
interface Arrival {
  version: string;
  /** Since when this version has held. */
  since: number;
  /** When the file was first noticed, through every version since. */
  noticedAt: number;
  /** Why this version's end looks cut short, read once it has settled; undefined until then. */
  stillArriving?: string | null;
  /** The latest reason its end looked cut short, kept while a newer version settles: a copy that moved on after a stall is still copying. */
  cutShort: string | null;
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
  private readonly pending = new Map<string, Arrival>();
  /** Whether the files noticed changed since onNoticedChanged was last called. */
  private noticedChanged = false;
  /** Each file handed over, with its size and modification time then. */
  private readonly taken: Map<string, string>;
  private settleTimer: NodeJS.Timeout | null = null;

  constructor(private readonly options: DropFolderOptions) {
    this.taken = new Map(options.taken);
  }

  start(): void {
    const { folder } = this.options;
    this.watcher = watch(folder, () => this.look());
    this.watcher.on('error', (error) => logger.warn(`drop folder ${folder} is no longer watched`, error));
    this.rescan = setInterval(() => this.look(), this.options.rescanMs ?? 5_000);
    this.settleTimer = setInterval(() => this.settle(), Math.max(100, Math.floor((this.options.settleMs ?? SETTLE_MS) / 4)));
    this.look();
  }

  stop(): void {
    this.watcher?.close();
    if (this.rescan) clearInterval(this.rescan);
    if (this.settleTimer) clearInterval(this.settleTimer);
    this.watcher = null;
  }

  /** The files noticed and not handed over yet, in no particular order. */
  noticedFiles(): NoticedFile[] {
    return [...this.pending].map(([path, arrival]) => ({ path, noticedAt: arrival.noticedAt, cutShort: arrival.cutShort }));
  }

  private look(): void {
    this.scan();
    this.tellNoticed();
  }

  private tellNoticed(): void {
    if (!this.noticedChanged) return;
    this.noticedChanged = false;
    this.options.onNoticedChanged?.();
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
      const version = fileVersion(path);
      if (!version) continue;
      present.add(path);
      if (this.taken.get(path) === version) continue;
      this.taken.delete(path);
      // Its version, not only its size: a copy that sets the file's full size first then fills it in
      // changes its modification time alone.
      const seen = this.pending.get(path);
      if (!seen) {
        this.pending.set(path, { version, since: now, noticedAt: now, cutShort: null });
        this.noticedChanged = true;
      } else if (seen.version !== version) {
        this.pending.set(path, { version, since: now, noticedAt: seen.noticedAt, cutShort: seen.cutShort });
      }
    }
    // A file removed and put back later is a new arrival; one removed before it was taken is not waited for.
    for (const path of this.taken.keys()) if (!present.has(path)) this.taken.delete(path);
    for (const path of this.pending.keys()) {
      if (present.has(path)) continue;
      this.pending.delete(path);
      this.noticedChanged = true;
    }
  }

  private settle(): void {
    this.scan();
    const now = Date.now();
    // In name order, not as the folder lists them: a quarter's statements saved together import
    // month by month, the same way on every machine.
    for (const [path, seen] of [...this.pending].sort(([a], [b]) => byName(a, b))) {
      const held = now - seen.since;
      if (held < (this.options.settleMs ?? SETTLE_MS)) continue;
      // Read once a version: its end cannot have changed while the version has not.
      if (seen.stillArriving === undefined) {
        seen.stillArriving = statementStillArriving(path);
        if (seen.stillArriving) {
          logger.info(`drop folder: waiting for ${path} to finish arriving (${seen.stillArriving})`);
          if (seen.stillArriving !== seen.cutShort) this.noticedChanged = true;
          seen.cutShort = seen.stillArriving;
        }
      }
      if (seen.stillArriving && held < (this.options.stillArrivingMs ?? STILL_ARRIVING_MS)) continue;
      this.pending.delete(path);
      this.noticedChanged = true;
      const version = fileVersion(path);
      if (!version) continue;
      this.taken.set(path, version);
      this.options.onStatement(path, version, seen.noticedAt);
    }
    // Once for every file handed over now: a folder full of statements watched at first tells it once.
    this.tellNoticed();
  }
}

/** A regular file's size and modification time as one value; null for anything else or a file gone. */
function fileVersion(path: string): string | null {
  try {
    const stat = statSync(path);
    return stat.isFile() ? `${stat.size}:${stat.mtimeMs}` : null;
  } catch {
    return null;
  }
}
