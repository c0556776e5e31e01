import { statSync } from 'node:fs';
import type { DropFolderState } from '../../shared/contract/imports';
import { DropFolderWatcher } from '../import/drop-folder';

export const DROP_FOLDER_SETTING = 'drop_folder';

/** The one watched folder, started, moved or stopped as the user chooses. */
export class DropFolder {
  private watcher: DropFolderWatcher | null = null;
  private current: DropFolderState = { folder: null, watching: false, problem: null };

  constructor(private readonly onStatement: (path: string) => void) {}

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
    this.watcher = new DropFolderWatcher({ folder, onStatement: this.onStatement });
    this.watcher.start();
    return (this.current = { folder, watching: true, problem: null });
  }
}
