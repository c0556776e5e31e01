import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { DROP_FOLDER_PENDING_LISTED, type DropFolderPending, type DropFolderState, type DropFolderTake } from '../../shared/contract/imports';
import { logger } from '../diagnostics/logger';
import { DropFolderWatcher, STILL_ARRIVING_MS, type DropFolderOptions, type NoticedFile } from '../import/drop-folder';
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
  /** Tells the views that the files pending (DropFolderState.pending) changed. */
  pendingChanged(): void;
}

/** A statement handed to the importer, waiting in line until its take is listed. */
interface InLine {
  folder: string;
  path: string;
  noticedAt: number;
}

type Current = Omit<DropFolderState, 'recent' | 'pending' | 'pendingUnlisted'>;

/** The one watched folder, started, moved or stopped as the user chooses. */
export class DropFolder {
  private watcher: DropFolderWatcher | null = null;
  private current: Current = { folder: null, watching: false, problem: null };
  private taken: TakenFiles | null = null;
  private recent: RecentTakes | null = null;
  /**
   * One statement at a time, in the order they settled: each import's ids are kept for its path
   * before the next is taken, so a file saved over twice in quick succession replaces its own latest.
   */
  private queue: Promise<void> = Promise.resolve();
  /** The statements in the queue, in its order: the first is being imported. */
  private readonly inLine: InLine[] = [];
  /** The pending files last told of, as text: told again only once that changes. */
  private toldPending = '[]';

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
    const pending = this.pendingFiles();
    return {
      ...this.current,
      recent,
      pending: pending.slice(0, DROP_FOLDER_PENDING_LISTED),
      pendingUnlisted: Math.max(0, pending.length - DROP_FOLDER_PENDING_LISTED),
    };
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
      // Not told here: the watcher tells once it has handed over all it settled at that look.
      onStatement: (path, version, noticedAt) => {
        const arrival = { folder, path, noticedAt };
        this.inLine.push(arrival);
        this.queue = this.queue
          .then(() => this.takeStatement(taken, arrival, version))
          .catch((error: unknown) => logger.warn(`a statement in the drop folder could not be taken: ${path}`, error));
      },
      onNoticedChanged: () => this.tellPending(),
    });
    // The folder is the current one before it is first looked at: what that finds is told under it.
    this.current = { folder, watching: true, problem: null };
    this.watcher.start();
    return this.settle(this.current);
  }

  private settle(current: Current): DropFolderState {
    this.current = current;
    this.tellPending();
    return this.state();
  }

  private async takeStatement(taken: TakenFiles, arrival: InLine, version: string): Promise<void> {
    const { path } = arrival;
    const before = taken.files[path];
    let result: TakenStatement | null;
    let recent: string | null = null;
    try {
      result = await this.imports.take(path, before?.imports ?? []);
      // Listed before anything else is awaited: the job's end has just been announced, and the
      // panel asks for this list as soon as it hears of it.
      if (result) recent = this.list(result.take, taken.folder);
    } finally {
      // Out of line in the same turn as it is listed: the panel never shows it in both lists, nor in neither.
      this.inLine.splice(this.inLine.indexOf(arrival), 1);
      this.tellPending();
    }
    if (!result) return;
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

  /** Every file of the current folder noticed and not listed as taken, in the order they will be taken. */
  private pendingFiles(): DropFolderPending[] {
    const inLine = this.inLine
      .filter((arrival) => arrival.folder === this.current.folder)
      .map((arrival): DropFolderPending => ({
        fileName: basename(arrival.path),
        since: new Date(arrival.noticedAt).toISOString(),
        reason: arrival === this.inLine[0] ? 'importing' : 'queued',
      }));
    const noticed = (this.watcher?.noticedFiles() ?? []).sort((a, b) => a.noticedAt - b.noticedAt || a.path.localeCompare(b.path)).map((file) => noticedPending(file, this.waits.stillArrivingMs ?? STILL_ARRIVING_MS));
    return [...inLine, ...noticed];
  }

  /**
   * Tells the views when the pending files changed. Their time noticed holds while they grow, so a
   * file copying for minutes tells nothing until it is taken or its reason to wait changes.
   */
  private tellPending(): void {
    const pending = JSON.stringify(this.pendingFiles());
    if (pending === this.toldPending) return;
    this.toldPending = pending;
    this.imports.pendingChanged();
  }
}

function noticedPending(file: NoticedFile, stillArrivingMs: number): DropFolderPending {
  const noticed = { fileName: basename(file.path), since: new Date(file.noticedAt).toISOString() };
  return file.cutShort === null ? { ...noticed, reason: 'settling' } : { ...noticed, reason: 'cutShort', why: file.cutShort, asItStandsAfterMs: stillArrivingMs };
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
