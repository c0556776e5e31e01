import { statSync, type Stats } from 'node:fs';
import { basename, isAbsolute } from 'node:path';
import { z } from 'zod';
import { WorkstationError } from '../../shared/contract/envelope';

/**
 * The path of a file dropped on the desktop app's window, as the preload had it from Electron.
 * Nobody picked it in a dialog, so only a whole path to a regular file is taken: nothing read
 * against whatever folder the app happens to run in, no folder, no device.
 */
export const DroppedStatementPath = z.string().superRefine((path, context) => {
  const problem = problemWith(path);
  if (problem !== null) context.addIssue({ code: 'custom', message: problem });
});

/** The path to stage, or a WorkstationError saying in a sentence why it cannot be. */
export function droppedStatementPath(path: string): string {
  const checked = DroppedStatementPath.safeParse(path);
  if (!checked.success) throw new WorkstationError('invalid_input', checked.error.issues[0]?.message ?? `${path} cannot be staged.`);
  return checked.data;
}

function problemWith(path: string): string | null {
  if (!isAbsolute(path)) return `“${path}” is not the full path of a file on this computer, so it was not staged. Drop the file on the window again.`;
  const name = basename(path);
  let entry: Stats;
  try {
    entry = statSync(path);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT'
      ? `${name} is no longer at ${path}: it was moved or deleted. Drop it again from where it is now.`
      : `${name} at ${path} cannot be read. Check that you may open it, then drop it again.`;
  }
  if (entry.isDirectory()) return `${name} is a folder, not a statement file. Drop the statements inside it, or a zip of them.`;
  if (!entry.isFile()) return `${path} is not a regular file, so it cannot be read as a statement.`;
  return null;
}
