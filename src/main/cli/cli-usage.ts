import { WorkstationError } from '../../shared/contract/envelope';

export const USAGE = `tunemantra — the workstation's command line (same store as the desktop app)

Usage:
  tunemantra import [--db FILE] [--json] [--strict] [--sheet NAME] [--on-overlap skip|replace|keep-both] FILE...
  tunemantra query  [--db FILE] --spec JSON|@FILE [--format json|csv]
  tunemantra lines  [--db FILE] [--spec JSON|@FILE] [--format csv|json]
  tunemantra export [--db FILE] --spec JSON|@FILE --format csv --out FILE
                    [--delimiter ",|;|tab|pipe"] [--no-header] [--bom] [--lf]
  tunemantra demo   [--db FILE]
  tunemantra serve  [--db FILE] [--port N]

The data file defaults to the desktop app's (override with --db or TUNEMANTRA_DB).
Imports keep the readable lines of a file and quarantine the rest with reasons; --strict refuses
the whole file at its first bad line instead, or when the file's own totals (a totals row, a
DDEX FOOT record) disagree with its lines, which is otherwise a warning.
--sheet NAME imports only the sheet of that name from .xlsx workbooks (every sheet with a
statement by default); a workbook without it is refused. Other files are read as usual.
A statement covering a period an earlier import of the same source already covers is skipped
(--on-overlap skip), replaces that import (replace), or is kept beside it (keep-both, for a
statement that adds to it); without --on-overlap it is skipped and the run exits 1, saying so.
lines prints the statement lines behind a figure, each with its file and line: the spec takes
"filters", "timeRange" and "dateBasis" as a query spec does, and "order" ("file" or "largest").
Exit codes: 0 ok, 1 some input was rejected or awaits an --on-overlap choice, 2 usage error,
3 the data file cannot be used: it cannot be opened or written to, or another TuneMantra window
or command kept writing to it (import those files again once it has finished).`;

/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {}

/** Input that was read and refused (a statement, a spec): exit code 1. */
export class RejectedInputError extends Error {}

/** The data file cannot be used now (read-only, not a data file, another window writing to it): exit code 3. */
export class StoreUnusableError extends Error {}

export const STORE_UNUSABLE_EXIT = 3;

/** A store the workstation refused to open says why in its own sentence; anything else stays as it is. */
export function asStoreUnusable(error: unknown): unknown {
  return error instanceof WorkstationError && (error.code === 'unavailable' || error.code === 'busy') ? new StoreUnusableError(error.message) : error;
}
