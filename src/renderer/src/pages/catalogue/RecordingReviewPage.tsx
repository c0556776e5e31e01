import { useEffect, useMemo, useRef, useState } from 'react';
import { ManyMergesUndone, RecordingsMerged, type MergeKind } from '../../../../shared/contract/catalogue-review';
import type { WorkstationApi } from '../../../../shared/contract/workstation-api';
import { useChannelAnswer } from '../../api/use-channel-answer';
import { useJob } from '../../api/use-job';
import { useWorkstation } from '../../api/workstation-context';
import { useAppStore } from '../../stores/app-store';
import '../../styles/catalogue.css';
import { MergeRecordingDialog, type MergeRequest } from './MergeRecordingDialog';
import { ArtistMergeDialog } from './ArtistMergeDialog';
import { MergeExactMatchesDialog } from './MergeExactMatchesDialog';
import { mergedManyText, undoneManyText, type ExactMerge } from './review-queue-view';
import { keptText, mergedText, nextFocusIndex, reviewRow, type ArtistMergeRequest, type RecordingRef, type ReviewRow } from './review-rows';
import { ReviewNotice, type ReviewPageNotice } from './ReviewNotice';
import { ReviewQueuePanel } from './ReviewQueuePanel';
import { MergeHistoryPanel } from './merge-history/MergeHistoryPanel';
import { useMergeHistory } from './merge-history/use-merge-history';
import { useMergeUndo } from './merge-history/use-merge-undo';
import { useQueueView } from './use-queue-view';

const askQueue = (api: WorkstationApi) => api.recordingsToReview();
const MERGE_KINDS: readonly MergeKind[] = ['recording', 'artist'];

/** Where focus goes once a decided row has left the queue: the row that took its place. */
interface FocusAfter {
  goneId: number;
  index: number;
}

const NO_ROWS: ReadonlySet<number> = new Set();

/** Focuses the first button of the row at `index` of the `shown` rows in the table, or the heading when there is none. */
function focusQueueAt(table: HTMLTableElement | null, heading: HTMLHeadingElement | null, index: number | null, shown: number) {
  const at = index === null ? null : nextFocusIndex(index, shown);
  const button = at === null ? null : table?.tBodies[0]?.rows[at]?.querySelector('button');
  (button ?? heading)?.focus();
}

/**
 * The recordings the app met without an ISRC and could not match for sure, biggest earners first:
 * fold each into the recording it really is, or say it is a recording of its own; find entries
 * by name, artist or match, and merge the exact matches all at once.
 */
export function RecordingReviewPage() {
  const api = useWorkstation();
  // A keep sends review:changed, in this window as in any other, and the queue is read again then:
  // asking here too read it twice.
  const reviewVersion = useAppStore((state) => state.reviewVersion);
  const answer = useChannelAnswer(askQueue, reviewVersion);
  const baseCurrency = useAppStore((state) => state.info?.baseCurrency ?? '');
  const [merging, setMerging] = useState<MergeRequest | null>(null);
  const [mergeBusy, setMergeBusy] = useState(false);
  const [mergeError, setMergeError] = useState<string | null>(null);
  const [keepingId, setKeepingId] = useState<number | null>(null);
  const [mergingArtist, setMergingArtist] = useState<ArtistMergeRequest | null>(null);
  const [mergingExact, setMergingExact] = useState<ExactMerge[] | null>(null);
  const [exactError, setExactError] = useState<string | null>(null);
  const [notice, setNotice] = useState<ReviewPageNotice | null>(null);
  const [focusAfter, setFocusAfter] = useState<FocusAfter | null>(null);
  /** Where in the shown rows the last decided entry was: closing its notice takes the keyboard back there. */
  const [resumeAt, setResumeAt] = useState<number | null>(null);
  /** Entries decided since the queue was last read: they leave at once, not when it is read again. */
  const [decided, setDecided] = useState<ReadonlySet<number>>(NO_ROWS);
  const tableRef = useRef<HTMLTableElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const history = useMergeHistory(MERGE_KINDS);
  // A merge or an undo that changed the store is followed by data:changed, in this window as in
  // any other, and the queue and the history are read again then: asking here too read each twice.
  const mergeUndo = useMergeUndo((undone) => {
    setResumeAt(null);
    setNotice(undone);
  });
  const exactJob = useJob();
  const undoAllJob = useJob();

  const allRows = useMemo(() => answer.value?.recordings.map((recording) => reviewRow(recording, baseCurrency)) ?? null, [answer.value, baseCurrency]);
  // The queue read again no longer holds what was decided. Forgotten while rendering, not in an
  // effect, so no frame shows the new queue with the last one's decisions still taken out of it.
  const [decidedOf, setDecidedOf] = useState(answer.value);
  if (decidedOf !== answer.value) {
    setDecidedOf(answer.value);
    setDecided(NO_ROWS);
  }
  const rows = useMemo(() => (allRows && decided.size > 0 ? allRows.filter((row) => !decided.has(row.recordingId)) : allRows), [allRows, decided]);
  const view = useQueueView(rows);
  const { shown } = view;

  // A keyboard user works down the queue: once a keep lands and its row is gone, the focus moves
  // to the row that took its place instead of falling back to the top of the document.
  useEffect(() => {
    if (!focusAfter || !shown || shown.some((row) => row.recordingId === focusAfter.goneId)) return;
    setFocusAfter(null);
    focusQueueAt(tableRef.current, headingRef.current, focusAfter.index, shown.length);
  }, [shown, focusAfter]);

  // A merge's notice takes the focus, so its Undo is the next Tab, not one after every row. Here
  // and not in the notice: a dialog closing in the same render gives the focus back to the button
  // that opened it, and the page's effects run after its children's.
  useEffect(() => {
    if (notice?.focus) noticeRef.current?.focus({ preventScroll: true });
  }, [notice]);

  /** The entry leaves the queue at once; returns where it was among the rows shown. */
  function leaves(row: ReviewRow): number {
    const index = shown?.findIndex((candidate) => candidate.recordingId === row.recordingId) ?? 0;
    setDecided((earlier) => new Set([...earlier, row.recordingId]));
    setResumeAt(index);
    return index;
  }

  function startMerge(request: MergeRequest) {
    setMergeError(null);
    setMerging(request);
  }

  async function merge(into: RecordingRef) {
    if (!merging) return;
    const { row } = merging;
    setMergeBusy(true);
    setMergeError(null);
    const result = await api.mergeRecording({ recordingId: row.recordingId, intoRecordingId: into.recordingId });
    setMergeBusy(false);
    if (!result.ok) {
      setMergeError(result.error.message);
      return;
    }
    setMerging(null);
    setNotice({ tone: 'ok', text: mergedText(row, into, result.value.movedLines), undo: { mergeId: result.value.mergeId, kind: 'recording' }, focus: true });
    leaves(row);
  }

  async function keep(row: ReviewRow) {
    setKeepingId(row.recordingId);
    const result = await api.keepRecording({ recordingId: row.recordingId });
    setKeepingId(null);
    if (!result.ok) {
      setNotice({ tone: 'error', text: `“${row.title}” was not kept: ${result.error.message}` });
      return;
    }
    setNotice({ tone: 'ok', text: keptText(row) });
    setFocusAfter({ goneId: row.recordingId, index: leaves(row) });
  }

  async function mergeExact() {
    if (!mergingExact) return;
    setExactError(null);
    const merges = mergingExact.map(({ row, into }) => ({ recordingId: row.recordingId, intoRecordingId: into.recordingId }));
    const end = await exactJob.run((workstation) => workstation.mergeRecordings({ merges }));
    if (!end.ok && !end.cancelled) {
      setExactError(end.message);
      return;
    }
    setMergingExact(null);
    setResumeAt(null);
    // The button that opened the dialog leaves with the matches it merged: the notice holds the focus.
    if (!end.ok) {
      setNotice({ tone: 'ok', text: 'The merges were stopped: none of them was made.', focus: true });
      return;
    }
    const result = RecordingsMerged.safeParse(end.result);
    if (!result.success) {
      setNotice({ tone: 'error', text: 'The merges ended without saying what they did; the Merge history lists what was merged.', focus: true });
    } else {
      const { merged, skipped } = result.data;
      setDecided((earlier) => new Set([...earlier, ...merged.map((m) => m.recordingId)]));
      const movedLines = merged.reduce((sum, m) => sum + m.movedLines, 0);
      setNotice({
        tone: 'ok',
        text: mergedManyText(merged.length, movedLines, skipped.map((s) => s.reason)),
        undoAll: merged.length > 0 ? merged.map((m) => m.mergeId) : undefined,
        focus: true,
      });
    }
  }

  async function undoAll(mergeIds: readonly number[]) {
    const end = await undoAllJob.run((workstation) => workstation.undoMerges({ mergeIds: [...mergeIds] }));
    setResumeAt(null);
    if (!end.ok) {
      setNotice({ tone: 'error', text: end.cancelled ? 'Undoing the merges was stopped: none of them was undone.' : end.message, focus: true });
      return;
    }
    const result = ManyMergesUndone.safeParse(end.result);
    setNotice(
      result.success
        ? { tone: 'ok', text: undoneManyText(result.data.undone, result.data.movedLines, result.data.alreadyUndone), focus: true }
        : { tone: 'error', text: 'Undoing the merges ended without saying what it did; the Merge history says which are undone.', focus: true },
    );
  }

  return (
    <div className={notice ? 'page review-page review-page--notice' : 'page review-page'}>
      <div className="page-heading">
        <div>
          <h1>Review recordings</h1>
          <p className="page-lead">
            A statement line without an ISRC is matched to a recording by its title and artist. When the app is not sure of the match, the recording waits here:
            merge it into the recording it really is, or keep it as a recording of its own.
          </p>
        </div>
      </div>
      <ReviewQueuePanel
        rows={rows}
        error={answer.error}
        loading={answer.loading}
        view={view}
        busyId={keepingId}
        tableRef={tableRef}
        headingRef={headingRef}
        onMergeMatch={(row, into) => startMerge({ row, via: 'match', into })}
        onMergeSearch={(row) => startMerge({ row, via: 'search' })}
        onMergeArtist={setMergingArtist}
        onKeep={(row) => void keep(row)}
        onMergeExact={(merges) => {
          setExactError(null);
          setMergingExact(merges);
        }}
      />
      <MergeHistoryPanel
        answer={history}
        subtitle="Recording and artist merges, newest first"
        emptyText="No recording or artist has been merged yet."
        undoingId={mergeUndo.undoingId}
        onUndo={mergeUndo.undo}
      />
      <ReviewNotice
        notice={notice}
        textRef={noticeRef}
        undoingId={mergeUndo.undoingId}
        undoingAll={undoAllJob.running ? { progress: undoAllJob.progress } : null}
        onUndo={mergeUndo.undo}
        onUndoAll={(mergeIds) => void undoAll(mergeIds)}
        onDismiss={() => {
          setNotice(null);
          focusQueueAt(tableRef.current, headingRef.current, resumeAt, shown?.length ?? 0);
        }}
      />
      <MergeRecordingDialog
        request={merging}
        busy={mergeBusy}
        error={mergeError}
        onMerge={(into) => void merge(into)}
        onClose={() => setMerging(null)}
      />
      <ArtistMergeDialog
        request={mergingArtist}
        onMerged={(text, mergeId) => {
          setMergingArtist(null);
          setResumeAt(null);
          setNotice({ tone: 'ok', text, undo: { mergeId, kind: 'artist' }, focus: true });
        }}
        onClose={() => setMergingArtist(null)}
      />
      <MergeExactMatchesDialog
        merges={mergingExact}
        running={exactJob.running}
        progress={exactJob.progress}
        error={exactError}
        onConfirm={() => void mergeExact()}
        onClose={() => {
          if (exactJob.running) exactJob.cancel();
          else setMergingExact(null);
        }}
      />
    </div>
  );
}
