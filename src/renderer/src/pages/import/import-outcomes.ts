import { z } from 'zod';
import type { JobSnapshot } from '../../../../shared/contract/jobs';
import { describeZodError } from '../../../../shared/contract/envelope';
import { Reconciliation } from '../../../../shared/contract/imports';
import { addCurrencyTotals, countText, linesText } from '../../format/figures-text';

/**
 * The fields of the core's per-file import outcome this page reads. The job result is `unknown`
 * in the contract, so it is checked here rather than trusted. Status stays open: a status this
 * page has no words for yet is shown as the core spells it, not refused.
 */
const ImportOutcomeView = z.object({
  file: z.string(),
  format: z.string().nullable(),
  variant: z.string().nullable(),
  status: z.string(),
  lines: z.number(),
  imported: z.number(),
  rejected: z.number(),
  quantity: z.number(),
  amounts: z.record(z.string(), z.string()),
  importId: z.number().int().nullable(),
  problems: z.array(z.object({ line: z.number().int().nullable(), reason: z.string() })),
  unknownColumns: z.array(z.string()),
  /** What an imported file wants the user to know: repaired barcodes, a report checked across its files. */
  warnings: z.array(z.string()).default([]),
  /** The file's own totals against what was imported; absent from a core that does not send them. */
  reconciliation: Reconciliation.optional(),
  message: z.string(),
});
export type ImportOutcomeView = z.infer<typeof ImportOutcomeView>;

const ImportJobResult = z.object({ outcomes: z.array(ImportOutcomeView) });

export interface ImportRunSummary {
  /** The job was cancelled: files after the one it stopped in were not looked at. */
  cancelled: boolean;
  outcomes: ImportOutcomeView[];
  linesImported: number;
  linesQuarantined: number;
  /** What the imported files added, per original currency. */
  amounts: Record<string, string>;
}

export type ImportRunResult = { kind: 'finished'; summary: ImportRunSummary } | { kind: 'failed'; message: string };

export function summariseOutcomes(outcomes: ImportOutcomeView[], cancelled: boolean): ImportRunSummary {
  const imported = outcomes.filter((outcome) => outcome.status === 'imported');
  return {
    cancelled,
    outcomes,
    linesImported: imported.reduce((sum, outcome) => sum + outcome.imported, 0),
    linesQuarantined: imported.reduce((sum, outcome) => sum + outcome.rejected, 0),
    amounts: addCurrencyTotals(imported.map((outcome) => outcome.amounts)),
  };
}

/** What a finished import job did, or why it did not, in a shape the summary can show. */
export function readImportJob(job: JobSnapshot): ImportRunResult {
  if (job.status === 'failed') return { kind: 'failed', message: job.error?.message ?? 'The import failed; the details are in the log.' };
  if (job.status === 'cancelled' && job.result === undefined) return { kind: 'finished', summary: summariseOutcomes([], true) };
  const result = ImportJobResult.safeParse(job.result);
  if (!result.success) {
    return { kind: 'failed', message: `The workstation sent an import result this page cannot read (${describeZodError(result.error)}).` };
  }
  return { kind: 'finished', summary: summariseOutcomes(result.data.outcomes, job.status === 'cancelled') };
}

/** Joins a file and the statement inside it (`cargo.zip › dir/royalties.csv`, `book.xlsx › Sheet1`). */
export const PART_SEPARATOR = ' › ';

/**
 * "statements/2024-02/distrokid.tsv" → "distrokid.tsv": outcomes name files by their path. Only
 * the path before the first ` › ` is the file's; what follows is a place inside it (a zip
 * member's own folders, a sheet whose name may hold a slash) and is kept whole.
 */
export function outcomeFileName(outcome: Pick<ImportOutcomeView, 'file'>): string {
  const at = outcome.file.indexOf(PART_SEPARATOR);
  const path = at < 0 ? outcome.file : outcome.file.slice(0, at);
  const inside = at < 0 ? '' : outcome.file.slice(at);
  return (path.split(/[\\/]/).pop() || path) + inside;
}

const counted = (count: number, noun: string) => `${countText(count)} ${noun}${count === 1 ? '' : 's'}`;

/**
 * The summary's headline: "2 files imported, with 8 lines."; "6 statements imported from 1 file,
 * …" once a zip or workbook held several, since the label picked one file and six rows follow.
 */
export function runHeadline(summary: ImportRunSummary): string {
  const imported = summary.outcomes.filter((outcome) => outcome.status === 'imported');
  const files = new Set(imported.map((outcome) => outcome.file.split(PART_SEPARATOR)[0])).size;
  const what = imported.length === files ? `${counted(files, 'file')} imported` : `${counted(imported.length, 'statement')} imported from ${counted(files, 'file')}`;
  const lines = linesText(summary.linesImported);
  return summary.cancelled ? `Cancelled. ${what} before the cancel, with ${lines}.` : `${what}, with ${lines}.`;
}

/** How the importer's message for an imported file opens: "<file>: 12 lines imported as DistroKid (13-column)[, 2 quarantined with reasons]." */
const COUNTS_SENTENCE = / \d+ lines imported as .*?\)(?:, \d+ quarantined with reasons)?\. /;

/**
 * What an imported file's own message says beyond the counts the row already shows: a DDEX report
 * found complete, the earlier imports it replaced. Null when it says nothing more.
 */
export function outcomeNote(outcome: Pick<ImportOutcomeView, 'message'>): string | null {
  const counts = COUNTS_SENTENCE.exec(outcome.message);
  if (!counts) return null;
  const rest = outcome.message.slice(counts.index + counts[0].length).trim();
  return rest === '' ? null : rest;
}

const STATUS_LABELS: Record<string, string> = {
  imported: 'Imported',
  duplicate: 'Already imported',
  rejected: 'Rejected',
  failed: 'Failed',
  cancelled: 'Cancelled',
  skipped: 'Skipped',
};

export function outcomeStatusLabel(status: string): string {
  return STATUS_LABELS[status] ?? status.charAt(0).toUpperCase() + status.slice(1);
}

/**
 * What a row says once the import it names is gone from the history: undone since the summary
 * was shown, so its figures are what it imported then, no longer counted.
 */
export function undoneSinceText(outcome: Pick<ImportOutcomeView, 'status'>): string {
  return outcome.status === 'duplicate'
    ? 'The import that held this file was undone since: pick the file again to import it.'
    : 'Undone since: its lines are no longer counted. The figures are what it imported then.';
}

/** Beside the summary's headline, how many of its imports were undone since; null when none were. */
export function undoneSinceNote(undone: number): string | null {
  if (undone === 0) return null;
  return `${undone === 1 ? '1 import listed here was' : `${undone} imports listed here were`} undone since; the figures are what was imported then.`;
}

/**
 * How to import what strict mode refused: the same file in lenient mode. Only for a layout the
 * app read, since an unknown one is refused in either mode; the staged copy is released once
 * imported, so the file is picked again.
 */
export function strictRefusalHint(outcome: Pick<ImportOutcomeView, 'status' | 'format'>, mode: 'strict' | 'lenient'): string | null {
  if (mode !== 'strict' || outcome.status !== 'rejected' || outcome.format === null) return null;
  return 'Refused in strict mode: choose Lenient and import it again (pick the file again above) to import its readable lines and quarantine the rest.';
}
