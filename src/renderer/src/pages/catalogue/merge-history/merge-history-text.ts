import type { CatalogueMerge, MergeKind, MergeUndone } from '../../../../../shared/contract/catalogue-review';
import { dateTimeLabel } from '../../../format/calendar-text';
import { countText, linesText } from '../../../format/figures-text';

/** Said by every merge dialog, where it used to warn that there was no way back. */
export const UNDO_FROM_HISTORY = 'It can be undone from the Merge history on this page.';

/** How many merges the history lists until the person asks for more: the page stays short. */
export const MERGES_SHOWN_FIRST = 5;

/** How many more each "Show more" lists: a label may have merged hundreds, read from the store a page at a time. */
export const MERGES_SHOWN_MORE = 25;

/** A merge the page can take back: the one its notice has just announced, or a row of the history. */
export interface UndoableMerge {
  mergeId: number;
  kind: MergeKind;
}

/** What a history row offers: its Undo button, or in words why it has none. */
export type MergeRowState = { undoable: true } | { undoable: false; text: string };

export interface MergeRow {
  mergeId: number;
  kind: MergeKind;
  /** "“Kuiet Harbour by Night Ferry” into “Quiet Harbour by Night Ferry”". */
  what: string;
  /** "Recording merge". */
  kindText: string;
  /** "5 Mar 2026, 14:05", local time. */
  whenText: string;
  /** "1,200": the lines the merge moved. */
  movedText: string;
  state: MergeRowState;
}

const KIND_TEXT: Record<MergeKind, string> = { recording: 'Recording merge', artist: 'Artist merge', platform: 'Platform merge' };

/** "“Kuiet Harbour” into “Quiet Harbour”". */
function whatText(merge: Pick<CatalogueMerge, 'fromName' | 'intoName'>): string {
  return `“${merge.fromName}” into “${merge.intoName}”`;
}

/** One merge as its history row shows it: undone, blocked with the core's reason, or ready to undo. */
export function mergeRow(merge: CatalogueMerge): MergeRow {
  let state: MergeRowState;
  if (merge.undoneAt !== null) state = { undoable: false, text: `Undone on ${dateTimeLabel(merge.undoneAt)}` };
  else if (merge.cannotUndo !== null) state = { undoable: false, text: `Cannot be undone yet: ${merge.cannotUndo}` };
  else state = { undoable: true };
  return {
    mergeId: merge.mergeId,
    kind: merge.kind,
    what: whatText(merge),
    kindText: KIND_TEXT[merge.kind],
    whenText: dateTimeLabel(merge.mergedAt),
    movedText: countText(merge.movedLines),
    state,
  };
}

/** "Showing 5 of 120 merges": under a history longer than the rows shown. */
export function shownMergesText(shown: number, total: number): string {
  return `Showing ${countText(shown)} of ${countText(total)} merges`;
}

/** "Show 25 more", or fewer when fewer are left. */
export function showMoreMergesText(hidden: number): string {
  return `Show ${countText(Math.min(hidden, MERGES_SHOWN_MORE))} more`;
}

/** The notice once a merge is undone: "“Kuiet Harbour by Night Ferry” is its own recording again: 1 line moved back." */
export function mergeUndoneText(kind: MergeKind, undone: MergeUndone): string {
  // Every line it moved left with an import undone since; a recording so emptied is not brought back.
  if (undone.movedLines === 0) {
    return `The merge of “${undone.fromName}” into “${undone.intoName}” is undone. None of its lines were left to move back: the imports that held them were undone since.`;
  }
  return `“${undone.fromName}” is its own ${kind} again: ${linesText(undone.movedLines)} moved back.`;
}
