import type { DropFolderState } from '../../../../shared/contract/imports';

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
