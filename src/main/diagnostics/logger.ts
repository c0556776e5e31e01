/**
 * The log keeps the stacks that never cross to the UI. Lines go to stderr; the Electron shell
 * and the CLI may point it at a file in the data folder.
 */
type Sink = (line: string) => void;

let sink: Sink = (line) => process.stderr.write(`${line}\n`);
/** Worker threads read the level from the environment they inherit, so one setting covers all. */
let quiet = process.env.TUNEMANTRA_LOG_LEVEL === 'error';

function format(level: string, message: string, error?: unknown): string {
  const detail = error instanceof Error ? ` ${error.stack ?? error.message}` : error === undefined ? '' : ` ${String(error)}`;
  return `${new Date().toISOString()} ${level} ${message}${detail}`;
}

export const logger = {
  info(message: string): void {
    if (!quiet) sink(format('INFO', message));
  },
  warn(message: string, error?: unknown): void {
    if (!quiet) sink(format('WARN', message, error));
  },
  error(message: string, error?: unknown): void {
    sink(format('ERROR', message, error));
  },
  /** Routes log lines elsewhere (a file), or silences info and warnings (CLI `--json`). */
  configure(options: { sink?: Sink; quiet?: boolean }): void {
    if (options.sink) sink = options.sink;
    if (options.quiet !== undefined) quiet = options.quiet;
  },
};
