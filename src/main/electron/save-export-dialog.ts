import { app, dialog, type BrowserWindow, type SaveDialogOptions } from 'electron';
import { extname, join } from 'node:path';
import { WorkstationError } from '../../shared/contract/envelope';
import type { ShellHooks } from '../core/handler-map';
import { discardPrepared, savePreparedExport } from '../export/prepared-exports';

/** The desktop way to hand over an export: the user picks where it goes, we write it there. */
export function saveExportWithDialog(parentWindow: () => BrowserWindow | null): ShellHooks['saveExport'] {
  return async (prepared) => {
    const { fileName } = prepared;
    const extension = extname(fileName).slice(1);
    const options: SaveDialogOptions = {
      title: 'Save export',
      defaultPath: join(app.getPath('documents'), fileName),
      filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [],
    };
    const parent = parentWindow();
    const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) {
      discardPrepared(prepared);
      return { outcome: 'cancelled' };
    }
    try {
      await savePreparedExport(prepared, choice.filePath);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? 'unknown error';
      throw new WorkstationError('unavailable', `The export could not be written to ${choice.filePath} (${reason}).`);
    }
    return { outcome: 'saved', path: choice.filePath };
  };
}
