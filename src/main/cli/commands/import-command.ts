import type { WorkstationCore } from '../../core/workstation-core';
import type { ImportOutcome } from '../../import/import-outcome';
import { UsageError } from '../cli-usage';

export interface ImportCommandOptions {
  files: string[];
  json: boolean;
  lenient: boolean;
}

function jsonLine(outcome: ImportOutcome) {
  const { file, format, status, lines, imported, rejected, quantity, amounts } = outcome;
  return { file, format, status, lines, imported, rejected, quantity, amounts };
}

function humanLine(outcome: ImportOutcome): string {
  const totals = Object.entries(outcome.amounts).map(([currency, amount]) => `${currency} ${amount}`).join(', ');
  return outcome.status === 'imported'
    ? `${outcome.message} Units ${outcome.quantity}; earned ${totals || 'nothing'}.`
    : outcome.message;
}

/** Returns the exit code: 1 when any file was rejected or could not be read. */
export async function importCommand(core: WorkstationCore, options: ImportCommandOptions): Promise<number> {
  if (options.files.length === 0) throw new UsageError('name at least one statement file to import');
  const outcomes = await core.importFiles(options.files, { mode: options.lenient ? 'lenient' : 'strict' });
  const failed = outcomes.filter((o) => o.status === 'rejected' || o.status === 'failed');
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ files: outcomes.map(jsonLine) })}\n`);
    for (const o of failed) process.stderr.write(`${o.message}\n`);
  } else {
    for (const o of outcomes) (failed.includes(o) ? process.stderr : process.stdout).write(`${humanLine(o)}\n`);
  }
  return failed.length ? 1 : 0;
}
