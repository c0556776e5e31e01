import { useEffect, useMemo, useRef, useState } from 'react';
import { ManyMergesUndone, RecordingsMerged } from '../../../../shared/contract/catalogue-review';
import type { WorkstationApi } from '../../../../shared/contract/workstation-api';
import { useChannelAnswer } from '../../api/use-channel-answer';
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
import { useMergeUndo } from './merge-history/use-merge-undo';
import { useMergeJob } from './use-merge-job';
import { useQueueView } from './use-queue-view';

const askQueue = (api: WorkstationApi) => api.recordingsToReview();
const askMerges = (api: WorkstationApi) => api.catalogueMerges({ kinds: ['recording', 'artist'] });

/** Where focus goes once a decided row has left the queue: the row that took its place. */
interface FocusAfter {
  goneId: number;
  index: number;
}

const NO_ROWS: ReadonlySet<number> = new Set();

/**
 * The recordings the app met without an ISRC and could not match for sure, biggest earners first:
 * fold each into the recording it really is, or say it is a recording of its own; find entries
 * by name, artist or match, and merge the exact matches all at once.
 */
export function RecordingReviewPage() {
  const api = useWorkstation();
  const answer = useChannelAnswer(askQueue);
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
  /** Entries decided since the queue was last read: they leave at once, not when it is read again. */
  const [decided, setDecided] = useState<ReadonlySet<number>>(NO_ROWS);
  /** The queue as it stood when an artist merge landed: the heading takes the focus once it is read again. */
  const [headingAfter, setHeadingAfter] = useState<{ rows: ReviewRow[] | null } | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { reload } = answer;
  const history = useChannelAnswer(askMerges);
  const reloadHistory = history.reload;
  const mergeUndo = useMergeUndo((undone) => {
    setNotice(undone);
    reload();
    reloadHistory();
  });
  const exactJob = useMergeJob();
  const undoAllJob = useMergeJob();

  const allRows = useMemo(() => answer.value?.recordings.map((recording) => reviewRow(recording, baseCurrency)) ?? null, [answer.value, baseCurrency]);
  // The queue read again no longer holds what was decided.
  useEffect(() => setDecided(NO_ROWS), [answer.value]);
  const rows = useMemo(() => (allRows && decided.size > 0 ? allRows.filter((row) => !decided.has(row.recordingId)) : allRows), [allRows, decided]);
  const view = useQueueView(rows);
  const { shown } = view;

  // A keyboard user works down the queue: once a decision lands and its row is gone, the focus
  // moves to the row that took its place instead of falling back to the top of the document.
  useEffect(() => {
    if (!focusAfter || !shown || shown.some((row) => row.recordingId === focusAfter.goneId)) return;
    setFocusAfter(null);
    const index = nextFocusIndex(focusAfter.index, shown.length);
    const button = index === null ? null : tableRef.current?.tBodies[0]?.rows[index]?.querySelector('button');
    (button ?? headingRef.current)?.focus();
  }, [shown, focusAfter]);

  // Closing the dialog gives the focus back to the button that opened it, which the merge may take
  // away with its row: the heading holds it instead once the queue is read again.
  useEffect(() => {
    if (!headingAfter || allRows === headingAfter.rows) return;
    setHeadingAfter(null);
    headingRef.current?.focus();
  }, [allRows, headingAfter]);

  function leaves(row: ReviewRow) {
    setFocusAfter({ goneId: row.recordingId, index: shown?.findIndex((candidate) => candidate.recordingId === row.recordingId) ?? 0 });
    setDecided((earlier) => new Set([...earlier, row.recordingId]));
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
    setNotice({ tone: 'ok', text: mergedText(row, into, result.value.movedLines), undo: { mergeId: result.value.mergeId, kind: 'recording' } });
    leaves(row);
    reload();
    reloadHistory();
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
    leaves(row);
    // Keeping changes no statement line, so no data:changed event will ask again for us.
    reload();
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
    reload();
    reloadHistory();
  }

  async function undoAll(mergeIds: readonly number[]) {
    const end = await undoAllJob.run((workstation) => workstation.undoMerges({ mergeIds: [...mergeIds] }));
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
    reload();
    reloadHistory();
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
        undoingId={mergeUndo.undoingId}
        undoingAll={undoAllJob.running ? { progress: undoAllJob.progress } : null}
        onUndo={mergeUndo.undo}
        onUndoAll={(mergeIds) => void undoAll(mergeIds)}
        onDismiss={() => {
          setNotice(null);
          headingRef.current?.focus();
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
          setNotice({ tone: 'ok', text, undo: { mergeId, kind: 'artist' } });
          setHeadingAfter({ rows: allRows });
          reload();
          reloadHistory();
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
