import { app, dialog, type BrowserWindow, type SaveDialogOptions } from 'electron';
import { writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { WorkstationError } from '../../shared/contract/envelope';
import type { ShellHooks } from '../core/handler-map';

/** The desktop way to hand over an export: the user picks where it goes, we write the bytes. */
export function saveExportWithDialog(parentWindow: () => BrowserWindow | null): ShellHooks['saveExport'] {
  return async ({ fileName, bytes }) => {
    const extension = extname(fileName).slice(1);
    const options: SaveDialogOptions = {
      title: 'Save export',
      defaultPath: join(app.getPath('documents'), fileName),
      filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [],
    };
    const parent = parentWindow();
    const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { outcome: 'cancelled' };
    try {
      await writeFile(choice.filePath, bytes);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? 'unknown error';
      throw new WorkstationError('unavailable', `The export could not be written to ${choice.filePath} (${reason}).`);
    }
    return { outcome: 'saved', path: choice.filePath };
  };
}
