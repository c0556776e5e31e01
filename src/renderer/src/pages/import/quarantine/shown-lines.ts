import { countText, linesText } from '../../../format/figures-text';

/**
 * The dialog lists at most one request's worth of lines (MOST_LINES_AT_ONCE); these say what the
 * list holds and what acting on all of it does, so a file with more lines is never mistaken for
 * having only those.
 */

/** "Showing 500 of 1,200 waiting", or null when every line waiting is shown. */
export function waitingCountText(shown: number, total: number): string | null {
  return total > shown ? `Showing ${countText(shown)} of ${countText(total)} waiting` : null;
}

/**
 * The action that sets aside every line listed as waiting: "Set aside all 40", "Set aside the 500
 * shown" when more wait, and "Set aside the 1 line" as "all 1" reads as a slip.
 */
export function setAsideAllLabel(shown: number, total: number): string {
  return `Set aside ${allListedText(shown, total)}`;
}

/** The action that brings back every line listed as set aside, worded as setAsideAllLabel. */
export function bringBackAllLabel(shown: number, total: number): string {
  return `Bring back ${allListedText(shown, total)}`;
}

function allListedText(shown: number, total: number): string {
  if (total > shown) return `the ${countText(shown)} shown`;
  return shown === 1 ? 'the 1 line' : `all ${countText(shown)}`;
}

/** An import's quarantined lines as they stand now, from the history: all of them, and those set aside. */
export interface QuarantineNow {
  rejected: number;
  setAside: number;
}

/**
 * What an import summary says of a file's quarantined lines once some were dealt with: how many
 * still wait, or that none does. Null while none was dealt with: the summary's own count says it.
 */
export function stillWaitingText(quarantinedAtImport: number, now: QuarantineNow): string | null {
  const waiting = now.rejected - now.setAside;
  if (waiting === quarantinedAtImport) return null;
  if (waiting > 0) return `${linesText(waiting)} of ${countText(quarantinedAtImport)} quarantined still ${waiting === 1 ? 'waits' : 'wait'} for correction.`;
  return now.setAside > 0 ? 'All quarantined lines corrected or set aside.' : 'All quarantined lines corrected.';
}
