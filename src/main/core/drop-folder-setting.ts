import { existsSync, statSync } from 'node:fs';
import type { DropFolderState, DropFolderTake } from '../../shared/contract/imports';
import { logger } from '../diagnostics/logger';
import { DropFolderWatcher, type DropFolderOptions } from '../import/drop-folder';
import { readRecent, RECENT_SHOWN, type RecentTakes } from './drop-folder-recent';
import type { TakenStatement } from './drop-folder-take';

export const DROP_FOLDER_SETTING = 'drop_folder';
/** The statements of the watched folder already imported: without it each start would import the whole folder again. */
export const DROP_FOLDER_TAKEN_SETTING = 'drop_folder_taken';

/** A file taken: its version (size and modification time) then, and the imports that hold it. */
interface TakenFile {
  version: string;
  /** What a corrected statement saved over it may replace (see takeDroppedStatement). */
  imports: number[];
}

/** The folder the files were taken from, and each file taken, by path. */
interface TakenFiles {
  folder: string;
  files: Record<string, TakenFile>;
}

export interface DropFolderImports {
  /** Imports a statement, in place of `replacing` when they are all it overlaps; null when its import was cancelled. */
  take(path: string, replacing: readonly number[]): Promise<TakenStatement | null>;
  /** Keeps the taken files, as text, for the next start. */
  remember(taken: string): Promise<unknown>;
  /** Keeps the list of recent takes, as text, for the next start. */
  rememberRecent(recent: string): Promise<unknown>;
}

/** The one watched folder, started, moved or stopped as the user chooses. */
export class DropFolder {
  private watcher: DropFolderWatcher | null = null;
  private current: Omit<DropFolderState, 'recent'> = { folder: null, watching: false, problem: null };
  private taken: TakenFiles | null = null;
  private recent: RecentTakes | null = null;
  /**
   * One statement at a time, in the order they settled: each import's ids are kept for its path
   * before the next is taken, so a file saved over twice in quick succession replaces its own latest.
   */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly imports: DropFolderImports,
    /** How long a file waits before it is taken; tests shorten the waits. */
    private readonly waits: Pick<DropFolderOptions, 'settleMs' | 'stillArrivingMs'> = {},
  ) {}

  /** What an earlier run took, as `remember` and `rememberRecent` kept it; text that does not read is forgotten. */
  restore(remembered: string | null, recent: string | null): void {
    this.taken = readTaken(remembered);
    this.recent = readRecent(recent);
  }

  state(): DropFolderState {
    const recent = this.recent !== null && this.recent.folder === this.current.folder ? [...this.recent.takes] : [];
    return { ...this.current, recent };
  }

  watch(folder: string | null): DropFolderState {
    this.watcher?.stop();
    this.watcher = null;
    if (folder === null) return this.settle({ folder: null, watching: false, problem: null });
    let problem: string | null = null;
    try {
      if (!statSync(folder).isDirectory()) problem = `${folder} is not a folder.`;
    } catch {
      problem = `${folder} does not exist or cannot be read.`;
    }
    if (problem) return this.settle({ folder, watching: false, problem });
    if (this.taken?.folder !== folder) this.taken = { folder, files: {} };
    const taken = this.taken;
    for (const path of Object.keys(taken.files)) if (!existsSync(path)) delete taken.files[path];
    this.watcher = new DropFolderWatcher({
      folder,
      ...this.waits,
      taken: new Map(Object.entries(taken.files).map(([path, file]) => [path, file.version])),
      onStatement: (path, version) => {
        this.queue = this.queue
          .then(() => this.takeStatement(taken, path, version))
          .catch((error: unknown) => logger.warn(`a statement in the drop folder could not be taken: ${path}`, error));
      },
    });
    this.watcher.start();
    return this.settle({ folder, watching: true, problem: null });
  }

  private settle(current: Omit<DropFolderState, 'recent'>): DropFolderState {
    this.current = current;
    return this.state();
  }

  private async takeStatement(taken: TakenFiles, path: string, version: string): Promise<void> {
    const before = taken.files[path];
    const result = await this.imports.take(path, before?.imports ?? []);
    if (!result) return;
    // Listed before anything else is awaited: the job's end has just been announced, and the
    // panel asks for this list as soon as it hears of it.
    const recent = this.list(result.take, taken.folder);
    if (recent !== null) await this.imports.rememberRecent(recent);
    if (!result.settled || this.taken !== taken) return;
    // A file that imported nothing new (skipped, refused) still stands for what it held before.
    taken.files[path] = { version, imports: result.imports.length > 0 ? result.imports : (before?.imports ?? []) };
    await this.imports.remember(JSON.stringify(taken));
  }

  /** Adds a take to its folder's list; the list as text to keep, or null when it was not listed. */
  private list(take: DropFolderTake, folder: string): string | null {
    if (this.recent?.folder !== folder) {
      // A take finishing after the user moved to another folder does not push out that folder's list.
      if (this.current.folder !== folder) return null;
      this.recent = { folder, takes: [] };
    }
    this.recent.takes.unshift(take);
    this.recent.takes.splice(RECENT_SHOWN);
    return JSON.stringify(this.recent);
  }
}

function readTaken(text: string | null): TakenFiles | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as { folder?: unknown; files?: unknown } | null;
    if (typeof value?.folder !== 'string' || typeof value.files !== 'object' || value.files === null) return null;
    const files = Object.entries(value.files).filter((entry): entry is [string, TakenFile] => isTakenFile(entry[1]));
    return { folder: value.folder, files: Object.fromEntries(files) };
  } catch {
    return null;
  }
}

function isTakenFile(value: unknown): value is TakenFile {
  const file = value as Partial<TakenFile> | null;
  return (
    typeof file?.version === 'string' &&
    Array.isArray(file.imports) &&
    file.imports.every((importId) => Number.isSafeInteger(importId) && (importId as number) > 0)
  );
}
