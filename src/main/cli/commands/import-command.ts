import type { OverlapChoice } from '../../../shared/contract/imports';
import type { WorkstationCore } from '../../core/workstation-core';
import type { ImportOutcome, ImportProgress } from '../../import/import-outcome';
import { WAITING_FOR_STORE } from '../../store/store-busy';
import { STORE_UNUSABLE_EXIT, UsageError } from '../cli-usage';

export interface ImportCommandOptions {
  files: string[];
  json: boolean;
  strict: boolean;
  /** Only this sheet of workbooks. */
  sheet?: string;
  /** --on-overlap as typed: skip, replace or keep-both; unset, an overlap is skipped and reported for the user to decide. */
  onOverlap?: string;
}

const OVERLAP_CHOICES: Record<string, OverlapChoice> = { skip: 'skip', replace: 'replace', 'keep-both': 'keepBoth' };

/** What the store took of a file: nothing of one skipped, refused or already there, whatever it was read to hold. */
function jsonLine(outcome: ImportOutcome) {
  const { file, format, status, lines, imported, rejected, quantity, amounts } = outcome;
  if (status !== 'imported') return { file, format, status, lines, imported: 0, rejected: 0, quantity: 0, amounts: {} };
  return { file, format, status, lines, imported, rejected, quantity, amounts };
}

function humanLine(outcome: ImportOutcome): string {
  const totals = Object.entries(outcome.amounts).map(([currency, amount]) => `${currency} ${amount}`).join(', ');
  return outcome.status === 'imported'
    ? `${outcome.message} Units ${outcome.quantity}; earned ${totals || 'nothing'}.`
    : outcome.message;
}

/** `/data/royalties.zip › reports/results.csv` as `royalties.zip › reports/results.csv`. */
function shownName(file: string): string {
  const [path = '', ...parts] = file.split(' › ');
  return [path.split(/[\\/]/).pop(), ...parts].join(' › ');
}

/** The refusal, or the first quarantined lines with their line numbers and reasons. */
function problemLine(outcome: ImportOutcome): string {
  if (outcome.status !== 'imported') return outcome.message;
  const name = shownName(outcome.file);
  const shown = outcome.problems.slice(0, 3).map((p) => `${name} line ${p.line}: ${p.reason}`);
  const more = outcome.rejected > shown.length ? ` (and ${outcome.rejected - shown.length} more)` : '';
  return `${shown.join('; ')}${more} — quarantined, the other lines were imported.`;
}

/** Says on stderr, once per file, that it waits for another window or command to finish writing. */
function waitingTeller(): (file: string, progress: ImportProgress) => void {
  const told = new Set<string>();
  return (file, progress) => {
    if (progress.phase !== 'waiting' || told.has(file)) return;
    told.add(file);
    process.stderr.write(`${WAITING_FOR_STORE}\n`);
  };
}

/** Returns the exit code: 3 when another window or command kept a file out, else 1 when any file or line was refused. */
export async function importCommand(core: WorkstationCore, options: ImportCommandOptions): Promise<number> {
  if (options.files.length === 0) throw new UsageError('name at least one statement file to import');
  if (options.sheet !== undefined && options.sheet.trim() === '') throw new UsageError('--sheet needs the name of a sheet');
  const onOverlap = OVERLAP_CHOICES[options.onOverlap ?? 'skip'];
  if (!onOverlap) throw new UsageError(`--on-overlap must be skip, replace or keep-both, not "${options.onOverlap}"`);
  const outcomes = await core.importFiles(options.files, { mode: options.strict ? 'strict' : 'lenient', sheet: options.sheet, onOverlap }, waitingTeller());
  const failed = outcomes.filter((o) => o.status === 'rejected' || o.status === 'failed');
  // Without --on-overlap nobody chose: the statement was skipped, and the run says how to choose.
  const unanswered = options.onOverlap === undefined ? outcomes.filter((o) => o.status === 'skipped') : [];
  const quarantined = outcomes.filter((o) => o.status === 'imported' && o.rejected > 0);
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ files: outcomes.map(jsonLine) })}\n`);
    for (const o of [...failed, ...quarantined]) process.stderr.write(`${problemLine(o)}\n`);
  } else {
    // A skip nobody chose is said once, below, with how to choose.
    for (const o of outcomes.filter((o) => !unanswered.includes(o))) (failed.includes(o) ? process.stderr : process.stdout).write(`${humanLine(o)}\n`);
    for (const o of quarantined) process.stderr.write(`${problemLine(o)}\n`);
  }
  // Warnings (totals that disagree with the lines, a DSR's FOOT, mixed report kinds) never change the exit code.
  for (const o of outcomes) for (const warning of o.warnings) process.stderr.write(`${shownName(o.file)}: warning: ${warning}\n`);
  for (const o of unanswered) process.stderr.write(`${o.message} Run again with --on-overlap replace or keep-both to import it, or skip to leave it out.\n`);
  if (outcomes.some((o) => o.storeBusy)) return STORE_UNUSABLE_EXIT;
  return failed.length || quarantined.length || unanswered.length ? 1 : 0;
}
