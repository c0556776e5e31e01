import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { WorkstationError } from '../../shared/contract/envelope';
import { resolveDataLocation } from '../core/data-location';
import { openWorkstationCore } from '../core/open-workstation-core';
import type { WorkstationCore } from '../core/workstation-core';
import { logger } from '../diagnostics/logger';
import { storeUpdateText } from '../store/store-update';
import { asStoreUnusable, RejectedInputError, STORE_UNUSABLE_EXIT, StoreUnusableError, UsageError, USAGE } from './cli-usage';
import { demoCommand } from './commands/demo-command';
import { exportCommand } from './commands/export-command';
import { importCommand } from './commands/import-command';
import { linesCommand } from './commands/lines-command';
import { queryCommand } from './commands/query-command';
import { serveCommand } from './commands/serve-command';

const OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean', default: false },
  strict: { type: 'boolean', default: false },
  sheet: { type: 'string' },
  'on-overlap': { type: 'string' },
  spec: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  delimiter: { type: 'string' },
  'no-header': { type: 'boolean', default: false },
  bom: { type: 'boolean', default: false },
  lf: { type: 'boolean', default: false },
  port: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Commands that only read a store: they never create one. */
const READ_COMMANDS: readonly string[] = ['query', 'lines', 'export'];

const ALLOWED: Record<string, readonly (keyof typeof OPTIONS)[]> = {
  import: ['db', 'json', 'strict', 'sheet', 'on-overlap'],
  query: ['db', 'spec', 'format'],
  lines: ['db', 'spec', 'format'],
  export: ['db', 'spec', 'format', 'out', 'delimiter', 'no-header', 'bom', 'lf'],
  demo: ['db'],
  serve: ['db', 'port'],
};

async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const allowed = ALLOWED[command];
  if (!allowed) throw new UsageError(`unknown command "${command}"`);
  for (const [name, value] of Object.entries(values)) {
    const given = value !== undefined && value !== false;
    if (given && name !== 'help' && !allowed.includes(name as keyof typeof OPTIONS)) {
      throw new UsageError(`--${name} does not apply to "${command}"`);
    }
  }
  if (command !== 'import' && rest.length) throw new UsageError(`unexpected argument "${rest[0]}"`);
  const location = resolveDataLocation(values.db);
  // Reading a store that is not there would make an empty one and answer zero: a mistyped --db
  // must not read as "earned nothing".
  if (READ_COMMANDS.includes(command) && !existsSync(location.databaseFile)) {
    throw new StoreUnusableError(
      `There is no TuneMantra data file at ${location.databaseFile}. Check the path given with --db or TUNEMANTRA_DB, or import statements into it first.`,
    );
  }
  if (command === 'serve') return serveCommand(location, { port: values.port });

  // The CLI's output is its answer; routine log lines (slow queries) stay out of it.
  process.env.TUNEMANTRA_LOG_LEVEL ??= 'error';
  logger.configure({ quiet: process.env.TUNEMANTRA_LOG_LEVEL === 'error' });
  let core: WorkstationCore | null = null;
  try {
    // On stderr: stdout is the command's answer (JSON for --json).
    core = await openWorkstationCore({ location, readers: 1, onStoreUpdate: (update) => process.stderr.write(`${storeUpdateText(update)}\n`) }).catch(
      (error: unknown) => {
        throw asStoreUnusable(error);
      },
    );
    switch (command) {
      case 'import':
        return await importCommand(core, { files: rest, json: values.json, strict: values.strict, sheet: values.sheet, onOverlap: values['on-overlap'] });
      case 'query':
        return await queryCommand(core, { spec: values.spec, format: values.format });
      case 'lines':
        return await linesCommand(core, { spec: values.spec, format: values.format });
      case 'export':
        return await exportCommand(core, {
          spec: values.spec, format: values.format, out: values.out, delimiter: values.delimiter,
          noHeader: values['no-header'], bom: values.bom, lf: values.lf,
        });
      default:
        return await demoCommand(core);
    }
  } finally {
    await core?.close();
  }
}

// A reader that stops early (`tunemantra lines | head`) has all it wanted: no error, no stack.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`tunemantra: ${error.message}\nRun "tunemantra --help" for usage.\n`);
      process.exitCode = 2;
    } else if (error instanceof StoreUnusableError || (error instanceof WorkstationError && error.code === 'busy')) {
      process.stderr.write(`tunemantra: ${error.message}\n`);
      process.exitCode = STORE_UNUSABLE_EXIT;
    } else if (error instanceof RejectedInputError || (error instanceof WorkstationError && error.code !== 'internal')) {
      process.stderr.write(`tunemantra: ${error.message}\n`);
      process.exitCode = 1;
    } else {
      logger.error('tunemantra failed', error);
      process.stderr.write(`tunemantra: ${(error as Error).message}\n`);
      process.exitCode = 1;
    }
  },
);
