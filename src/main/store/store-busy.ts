/**
 * SQLite's word for a lock held by another connection to the same file. The workstation's own
 * connections never hold one against each other (one writer, readers under WAL), so it means
 * another TuneMantra window or command is writing to the data file.
 */
export function isStoreBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_'));
}

/** "Another TuneMantra window or command is writing to /data/x.sqlite; <what to do>." */
export function storeBusySentence(databaseFile: string, whatToDo: string): string {
  return `Another TuneMantra window or command is writing to ${databaseFile}; ${whatToDo}.`;
}

/** What an import says while it waits for the other writer to finish. */
export const WAITING_FOR_STORE = 'Waiting for another TuneMantra window or command that is writing to this data file…';
