/** SQLite's word for a write the disk (or its temporary space) had no room for, and the system's. */
const FULL_CODES = new Set(['SQLITE_FULL', 'ENOSPC']);

/** Whether an error says the disk is full: a state the user can mend, unlike a fault of the app. */
export function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && FULL_CODES.has(code);
}
