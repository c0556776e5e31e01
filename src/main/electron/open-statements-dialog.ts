import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { ShellHooks } from '../core/handler-map';

const OPTIONS: OpenDialogOptions = {
  title: 'Choose statements to import',
  properties: ['openFile', 'multiSelections'],
  filters: [
    { name: 'Statements', extensions: ['csv', 'tsv', 'txt', 'xlsx', 'zip', 'gz'] },
    { name: 'All files', extensions: ['*'] },
  ],
};

/** The desktop way to pick statements: the native dialog; the core stages the chosen paths. */
export function chooseStatementsWithDialog(parentWindow: () => BrowserWindow | null): ShellHooks['chooseStatementPaths'] {
  return async () => {
    const parent = parentWindow();
    const choice = parent ? await dialog.showOpenDialog(parent, OPTIONS) : await dialog.showOpenDialog(OPTIONS);
    return choice.canceled ? [] : choice.filePaths;
  };
}

/** The folder the drop-folder watcher should watch, picked in the native dialog. */
export function chooseFolderWithDialog(parentWindow: () => BrowserWindow | null): ShellHooks['chooseFolder'] {
  return async () => {
    const options: OpenDialogOptions = { title: 'Choose a drop folder for statements', properties: ['openDirectory', 'createDirectory'] };
    const parent = parentWindow();
    const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return choice.canceled ? null : (choice.filePaths[0] ?? null);
  };
}
