import { dirname } from 'node:path';
import { StoreNotWritable } from './store-access';
import { isStoreBusy, storeBusySentence } from './store-busy';

const codeOf = (error: unknown) => (error as { code?: unknown } | null)?.code;

/** Why the data file could not be opened, and what to do about it, as one or two sentences. */
export function storeOpenFailure(databaseFile: string, error: unknown): string {
  if (error instanceof StoreNotWritable) return error.message;
  const code = codeOf(error);
  if (code === 'SQLITE_NOTADB') {
    return `The file ${databaseFile} is not a TuneMantra data file (it is not an SQLite database). Check the path given with --db or TUNEMANTRA_DB, or move that file away to start a new data file there.`;
  }
  // SQLite keeps its journal beside the file: a folder it cannot write to refuses the store too.
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY_DIRECTORY' || code === 'EACCES' || code === 'EROFS') {
    return `The data file ${databaseFile} cannot be opened: its folder ${dirname(databaseFile)} cannot be written to, and TuneMantra keeps its journal beside the file. Check the folder's permissions, or copy the file somewhere you can write and open that.`;
  }
  if (isStoreBusy(error)) return storeBusySentence(databaseFile, 'start this one again once it has finished');
  return `The data file ${databaseFile} cannot be opened: ${error instanceof Error ? error.message : String(error)}`;
}
