/**
 * A staged file checked before the imports last changed may find otherwise now (an earlier import
 * gone, or a new one over its period). A small file is checked again by itself; a large one is not:
 * its dry run reads every line on the writer (about 12 s for 2,000,000 lines), and with the drop
 * folder or another window importing, that would run again and again. Its card says the imports
 * changed and offers the check instead.
 */
export const LARGEST_RECHECKED_BYTES = 32 * 1024 * 1024;

export interface CheckedFile {
  phase: string;
  byteLength: number | null;
  /** The imports version its preview was asked at; null before its first preview. */
  checkedVersion: number | null;
}

/** Checked before the imports last changed. */
export function isStale(entry: CheckedFile, importsVersion: number): boolean {
  return entry.phase === 'checked' && entry.checkedVersion !== null && entry.checkedVersion !== importsVersion;
}

/** Checked again without being asked: stale, and small enough that a dry run costs little. */
export function recheckedByItself(entry: CheckedFile, importsVersion: number): boolean {
  return isStale(entry, importsVersion) && (entry.byteLength ?? 0) <= LARGEST_RECHECKED_BYTES;
}
