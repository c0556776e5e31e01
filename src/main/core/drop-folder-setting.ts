import { existsSync, statSync } from 'node:fs';
import type { DropFolderState } from '../../shared/contract/imports';
import { DropFolderWatcher } from '../import/drop-folder';

export const DROP_FOLDER_SETTING = 'drop_folder';
/** The statements of the watched folder already imported: without it each start would import the whole folder again. */
export const DROP_FOLDER_TAKEN_SETTING = 'drop_folder_taken';

/** The folder the files were taken from, and each file's version (size and modification time) then. */
interface TakenFiles {
  folder: string;
  files: Record<string, string>;
}

export interface DropFolderImports {
  /** Imports a statement; true once the store holds it or knows it (imported, a duplicate, skipped). */
  importStatement(path: string): Promise<boolean>;
  /** Keeps the taken files, as text, for the next start. */
  remember(taken: string): Promise<unknown>;
}

/** The one watched folder, started, moved or stopped as the user chooses. */
export class DropFolder {
  private watcher: DropFolderWatcher | null = null;
  private current: DropFolderState = { folder: null, watching: false, problem: null };
  private taken: TakenFiles | null = null;

  constructor(private readonly imports: DropFolderImports) {}

  /** What an earlier run took, as `remember` kept it; text that does not read is forgotten. */
  restore(remembered: string | null): void {
    this.taken = readTaken(remembered);
  }

  state(): DropFolderState {
    return this.current;
  }

  watch(folder: string | null): DropFolderState {
    this.watcher?.stop();
    this.watcher = null;
    if (folder === null) return (this.current = { folder: null, watching: false, problem: null });
    let problem: string | null = null;
    try {
      if (!statSync(folder).isDirectory()) problem = `${folder} is not a folder.`;
    } catch {
      problem = `${folder} does not exist or cannot be read.`;
    }
    if (problem) return (this.current = { folder, watching: false, problem });
    if (this.taken?.folder !== folder) this.taken = { folder, files: {} };
    const taken = this.taken;
    for (const path of Object.keys(taken.files)) if (!existsSync(path)) delete taken.files[path];
    this.watcher = new DropFolderWatcher({
      folder,
      taken: new Map(Object.entries(taken.files)),
      onStatement: (path, version) => {
        void this.imports.importStatement(path).then((done) => {
          if (!done || this.taken !== taken) return;
          taken.files[path] = version;
          return this.imports.remember(JSON.stringify(taken));
        });
      },
    });
    this.watcher.start();
    return (this.current = { folder, watching: true, problem: null });
  }
}

function readTaken(text: string | null): TakenFiles | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Partial<TakenFiles> | null;
    if (typeof value?.folder !== 'string' || typeof value.files !== 'object' || value.files === null) return null;
    const files = Object.entries(value.files).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
    return { folder: value.folder, files: Object.fromEntries(files) };
  } catch {
    return null;
  }
}
