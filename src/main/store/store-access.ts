import { accessSync, constants, existsSync } from 'node:fs';

/** Throws when this process may not write `path` (the system's access check, which root passes). */
export type WriteProbe = (path: string) => void;

const systemProbe: WriteProbe = (path) => accessSync(path, constants.W_OK);

/** The system's answers meaning "not for you to write", as opposed to a fault. */
const REFUSALS = new Set(['EACCES', 'EPERM', 'EROFS']);

/** Refused at open: SQLite would open such a file read-only without a word, and fail at the first import. */
export class StoreNotWritable extends Error {
  constructor(readonly databaseFile: string) {
    super(
      `The data file ${databaseFile} cannot be written to (it is read-only). TuneMantra needs to write to it: check its permissions, or copy it somewhere you can write and open that.`,
    );
  }
}

/** Checks the data file and the journal files beside it, those that exist, can be written. */
export function checkStoreWritable(databaseFile: string, probe: WriteProbe = systemProbe): void {
  for (const path of [databaseFile, `${databaseFile}-wal`, `${databaseFile}-shm`]) {
    if (!existsSync(path)) continue;
    try {
      probe(path);
    } catch (error) {
      if (REFUSALS.has((error as NodeJS.ErrnoException).code ?? '')) throw new StoreNotWritable(databaseFile);
      throw error;
    }
  }
}
