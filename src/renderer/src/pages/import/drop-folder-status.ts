import type {
  DropFolderImportRef, DropFolderPending, DropFolderState, DropFolderStatement, DropFolderTake, ImportBatchSummary,
} from '../../../../shared/contract/imports';
import { periodLabel } from '../../format/calendar-text';
import { countText, currencyTotals, linesText } from '../../format/figures-text';

export interface DropFolderStatus {
  /** The badge: "Watching", "Not watching", "Not watched". */
  label: string;
  tone: 'good' | 'bad' | 'neutral';
  /** One sentence on what the app does with the folder now. */
  text: string;
  /** Why it is not watched, for an alert; null when nothing is wrong. */
  problem: string | null;
}

/** What the panel says about the watched folder, from the core's state. */
export function dropFolderStatus(state: DropFolderState): DropFolderStatus {
  if (state.folder === null) {
    return { label: 'Not watching', tone: 'neutral', text: 'No folder is watched.', problem: null };
  }
  if (state.watching && !state.problem) {
    return { label: 'Watching', tone: 'good', text: 'Watching this folder for new statements.', problem: null };
  }
  return {
    label: 'Not watched',
    tone: 'bad',
    text: 'This folder is not watched.',
    problem: state.problem ?? 'The app stopped watching it. Choose it again to retry.',
  };
}

/** A Windows drive path (C:\ or C:/), a UNC share (\\server), or a POSIX path from the root. */
const ABSOLUTE_PATH = /^(?:\/|[A-Za-z]:[\\/]|\\\\[^\\])/;

/**
 * Why a typed folder path cannot be sent, or null when it can. The core resolves a relative path
 * against its own working folder, which the user cannot see, so only a full path is taken.
 */
export function folderPathProblem(typed: string): string | null {
  const path = typed.trim();
  if (path === '') return 'Type the full path of a folder.';
  if (path.length > 4096) return 'That path is longer than any folder path can be.';
  if (path.startsWith('~')) return 'Write the home folder out in full (the app does not expand “~”).';
  if (!ABSOLUTE_PATH.test(path)) return 'Type the full path, starting from the root (such as /home/you/Statements or C:\\Statements).';
  return null;
}

/** The import history as it stands; null while it is not known, and then nothing is said about it. */
type History = readonly ImportBatchSummary[] | null;

/**
 * An import as the history shows it: by its file name, which is all the history names it by, and
 * its sale period when another import in the history has the same file name.
 */
function importText(ref: DropFolderImportRef, history: History): string {
  const shown = history?.find((i) => i.importId === ref.importId);
  const namesake = history?.some((i) => i.importId !== ref.importId && i.fileName === ref.fileName);
  const period = shown && namesake ? periodLabel(shown.saleFrom, shown.saleTo) : null;
  return period ? `${ref.fileName} (${period})` : ref.fileName;
}

const importsText = (imports: DropFolderImportRef[], history: History) => imports.map((i) => importText(i, history)).join(', ');

const inHistory = (importId: number, history: readonly ImportBatchSummary[]) => history.some((i) => i.importId === importId);

/** A sentence saying an import the folder made has left the history since; null when it is there or not known. */
function leftHistory(importId: number | null, history: History): string | null {
  if (importId === null || history === null || inHistory(importId, history)) return null;
  const by = history.find((i) => i.replaced.some((r) => r.importId === importId));
  return by ? `Since replaced by ${importText(by, history)}.` : 'It has since been undone or replaced, and is no longer in the import history.';
}

/**
 * What became of one statement the folder took, as a sentence (or two) for the panel's list. The
 * list outlives restarts, so an import it names may have been undone or replaced since: it says
 * so, and gives no advice about what is no longer there.
 */
export function statementSentence(statement: DropFolderStatement, history: History): string {
  switch (statement.outcome) {
    case 'imported': {
      const earned = currencyTotals(statement.amounts).map((total) => total.text);
      let text = `Imported ${linesText(statement.lines)}${earned.length ? `, earning ${earned.join(' and ')}` : ''}.`;
      const left = leftHistory(statement.importId, history);
      if (left !== null) return `${text}${statement.replaced.length > 0 ? ` It replaced ${importsText(statement.replaced, history)}.` : ''} ${left}`;
      if (statement.quarantined > 0) text += ` ${linesText(statement.quarantined)} could not be read and wait in the history below.`;
      if (statement.replaced.length > 0) {
        text += ` It replaced ${importsText(statement.replaced, history)}, the file as it was before it was saved over: Undo in the history below offers to bring it back.`;
      }
      return text;
    }
    case 'skipped':
      if (statement.coveredBy.length === 0) return 'Skipped: its period is already covered by an earlier import.';
      if (history !== null && !statement.coveredBy.some((i) => inHistory(i.importId, history))) {
        return `Skipped: its period was covered by ${importsText(statement.coveredBy, history)}, no longer in the import history.`;
      }
      return `Skipped: its period is already covered by ${importsText(statement.coveredBy, history)}. To replace that import with it, pick this file on this page and choose Replace.`;
    case 'duplicate':
      return 'Already imported (same content); nothing changed.';
    case 'refused':
      return `Refused${statement.line === null ? '' : ` at line ${statement.line}`}: ${sentence(statement.reason)}`;
  }
}

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

export interface TakeLine {
  /** The statement inside the file (a zip's member, a workbook's sheet), when the file holds several; null otherwise. */
  part: string | null;
  text: string;
}

/** The sentences for one file the folder took: one per statement it held, or why it was not read. */
export function takeLines(take: DropFolderTake, history: History): TakeLine[] {
  if (take.problem !== null) return [{ part: null, text: `Not imported: ${sentence(take.problem)}` }];
  if (take.statements.length === 0) return [{ part: null, text: 'It held no statement.' }];
  const several = take.statements.length > 1;
  return take.statements.map((statement) => ({ part: several || statement.file !== take.fileName ? statement.file : null, text: statementSentence(statement, history) }));
}

/** "30 seconds", "1 minute": how long a file cut short must hold still. */
function heldText(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  if (seconds % 60 === 0) return seconds === 60 ? '1 minute' : `${seconds / 60} minutes`;
  return seconds === 1 ? '1 second' : `${seconds} seconds`;
}

/** Why a file the folder noticed is not taken yet, in a sentence naming it. */
export function pendingSentence(file: DropFolderPending): string {
  switch (file.reason) {
    case 'settling':
      return `${file.fileName} — about to be imported`;
    case 'cutShort':
      return `Waiting for ${file.fileName} to finish copying (${file.why}); left as it is for ${heldText(file.asItStandsAfterMs)}, it is imported as it stands`;
    case 'queued':
      return `${file.fileName} — waiting its turn to be imported`;
    case 'importing':
      return `${file.fileName} — being imported`;
  }
}

/** The files noticed beyond those the state lists (a folder full of statements watched at first). */
export function pendingUnlistedText(unlisted: number): string {
  return `And ${unlisted === 1 ? '1 more file' : `${countText(unlisted)} more files`}.`;
}
