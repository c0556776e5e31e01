import type Database from 'better-sqlite3';
import type { ManyMergesUndone, RecordingPairing, RecordingsMerged } from '../../shared/contract/catalogue-review';
import { WorkstationError } from '../../shared/contract/envelope';
import { deferRollups } from './merge-undo/merge-journal';
import { mergeRecord } from './merge-undo/merge-record';
import { undoMerge } from './merge-undo/undo-merge';
import { mergeRecording, spellingOf } from './recording-review';

/** How a long run of merges hears a cancel and tells how far it is. */
export interface ManySteps {
  isCancelled(): boolean;
  progress(done: number, total: number): void;
}

/** A turn of the event loop, where the writer hears a cancel; the transaction stays open across it. */
const heard = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs each step in one transaction for all of them: stopped, or failing on one, none is kept.
 * Between steps the writer's thread is free to hear a cancel. `beforeCommit` ends the work the
 * steps left to be done once.
 */
async function inOneTransaction<T>(
  db: Database.Database,
  count: number,
  steps: ManySteps,
  step: (index: number) => void,
  result: () => T,
  stopped: string,
  beforeCommit: () => void = () => {},
): Promise<T> {
  db.exec('BEGIN IMMEDIATE');
  try {
    for (let index = 0; index < count; index++) {
      await heard();
      if (steps.isCancelled()) throw new WorkstationError('cancelled', stopped);
      step(index);
      steps.progress(index + 1, count);
    }
    beforeCommit();
    db.exec('COMMIT');
    return result();
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
  }
}

/** Why an entry listed for merging is left as it is, or null when it can be merged. */
function notMergeable(db: Database.Database, pairing: RecordingPairing): string | null {
  const from = spellingOf(db, pairing.recordingId);
  if (!from) return 'it was merged or removed since the list was made';
  const waiting = db.prepare("SELECT 1 FROM recording_review WHERE recording_id = ? AND status = 'pending'").get(pairing.recordingId);
  if (!waiting) return `“${from.shown}” no longer waits for review`;
  if (pairing.intoRecordingId === pairing.recordingId) return `“${from.shown}” cannot be merged into itself`;
  if (!spellingOf(db, pairing.intoRecordingId)) return `the recording “${from.shown}” was to join was merged or removed since the list was made`;
  return null;
}

/**
 * Folds many recordings under review each into its own target, as `mergeRecording` folds one:
 * every merge is kept in the history and can be undone alone, or all together with `undoMerges`.
 * An entry decided since the list was made is left out, saying why, and so is one that would
 * build on another merge of the list: a merge takes its target out of the queue and its entry out
 * of the catalogue. So none starts from what another moved, and their rollups move once, together.
 */
export function mergeRecordings(db: Database.Database, pairings: readonly RecordingPairing[], steps: ManySteps): Promise<RecordingsMerged> {
  const merged: RecordingsMerged['merged'] = [];
  const skipped: RecordingsMerged['skipped'] = [];
  const rollups = deferRollups(db);
  return inOneTransaction(
    db,
    pairings.length,
    steps,
    (index) => {
      const pairing = pairings[index]!;
      const reason = notMergeable(db, pairing);
      if (reason) skipped.push({ recordingId: pairing.recordingId, reason });
      else merged.push({ ...pairing, ...mergeRecording(db, pairing.recordingId, pairing.intoRecordingId) });
    },
    () => ({ merged, skipped }),
    'The merges were stopped; none of them was made.',
    () => rollups.rekey(),
  ).finally(() => rollups.release());
}

/**
 * Undoes merges newest first, so a merge built on another is undone before it; one that is undone
 * already is passed over. One that cannot be undone stops them all, with its reason.
 */
export function undoMerges(db: Database.Database, mergeIds: readonly number[], steps: ManySteps): Promise<ManyMergesUndone> {
  const newestFirst = [...new Set(mergeIds)].sort((a, b) => b - a);
  let undone = 0;
  let movedLines = 0;
  let alreadyUndone = 0;
  return inOneTransaction(
    db,
    newestFirst.length,
    steps,
    (index) => {
      const mergeId = newestFirst[index]!;
      const record = mergeRecord(db, mergeId);
      if (record?.undoneAt) {
        alreadyUndone++;
        return;
      }
      try {
        movedLines += undoMerge(db, mergeId).movedLines;
        undone++;
      } catch (error) {
        if (!(error instanceof WorkstationError)) throw error;
        throw new WorkstationError(error.code, `None of the ${newestFirst.length} merges was undone. ${error.message}`);
      }
    },
    () => ({ undone, movedLines, alreadyUndone }),
    'Undoing the merges was stopped; none of them was undone.',
  );
}
