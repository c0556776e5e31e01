import { useEffect, useMemo, useRef, useState } from 'react';
import type { WorkstationApi } from '../../../../shared/contract/workstation-api';
import { useChannelAnswer } from '../../api/use-channel-answer';
import { useWorkstation } from '../../api/workstation-context';
import { useAppStore } from '../../stores/app-store';
import '../../styles/catalogue.css';
import { MergeRecordingDialog, type MergeRequest } from './MergeRecordingDialog';
import { ArtistMergeDialog } from './ArtistMergeDialog';
import { keptText, mergedText, nextFocusIndex, queueCountText, reviewRow, type ArtistMergeRequest, type RecordingRef, type ReviewRow } from './review-rows';
import { ReviewQueueTable } from './ReviewQueueTable';
import { MergeHistoryPanel } from './merge-history/MergeHistoryPanel';
import { MergeNotice, type PageNotice } from './merge-history/MergeNotice';
import { useMergeUndo } from './merge-history/use-merge-undo';

const askQueue = (api: WorkstationApi) => api.recordingsToReview();
const askMerges = (api: WorkstationApi) => api.catalogueMerges({ kinds: ['recording', 'artist'] });

/** Where focus goes once a decided row has left the queue: the row that took its place. */
interface FocusAfter {
  goneId: number;
  index: number;
}

/**
 * The recordings the app met without an ISRC and could not match for sure, biggest earners first:
 * fold each into the recording it really is, or say it is a recording of its own.
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
  const [notice, setNotice] = useState<PageNotice | null>(null);
  const [focusAfter, setFocusAfter] = useState<FocusAfter | null>(null);
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

  const rows = useMemo(() => answer.value?.recordings.map((recording) => reviewRow(recording, baseCurrency)) ?? null, [answer.value, baseCurrency]);

  // A keyboard user works down the queue: once a decision lands and its row is gone, the focus
  // moves to the row that took its place instead of falling back to the top of the document.
  useEffect(() => {
    if (!focusAfter || !rows || rows.some((row) => row.recordingId === focusAfter.goneId)) return;
    setFocusAfter(null);
    const index = nextFocusIndex(focusAfter.index, rows.length);
    const button = index === null ? null : tableRef.current?.tBodies[0]?.rows[index]?.querySelector('button');
    (button ?? headingRef.current)?.focus();
  }, [rows, focusAfter]);

  // Closing the dialog gives the focus back to the button that opened it, which the merge may take
  // away with its row: the heading holds it instead once the queue is read again.
  useEffect(() => {
    if (!headingAfter || rows === headingAfter.rows) return;
    setHeadingAfter(null);
    headingRef.current?.focus();
  }, [rows, headingAfter]);

  function indexOf(row: ReviewRow): number {
    return rows?.findIndex((candidate) => candidate.recordingId === row.recordingId) ?? 0;
  }

  function startMerge(request: MergeRequest) {
    setNotice(null);
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
    setFocusAfter({ goneId: row.recordingId, index: indexOf(row) });
    reload();
    reloadHistory();
  }

  async function keep(row: ReviewRow) {
    setNotice(null);
    setKeepingId(row.recordingId);
    const result = await api.keepRecording({ recordingId: row.recordingId });
    setKeepingId(null);
    if (!result.ok) {
      setNotice({ tone: 'error', text: `“${row.title}” was not kept: ${result.error.message}` });
      return;
    }
    setNotice({ tone: 'ok', text: keptText(row) });
    setFocusAfter({ goneId: row.recordingId, index: indexOf(row) });
    // Keeping changes no statement line, so no data:changed event will ask again for us.
    reload();
  }

  let body;
  if (answer.error) {
    body = (
      <p className="panel-message panel-message--error" role="alert">
        The recordings to review could not be loaded: {answer.error.message}
      </p>
    );
  } else if (!rows) {
    body = <div className="panel-skeleton panel-skeleton--short" aria-hidden="true" />;
  } else if (rows.length === 0) {
    body = <p className="panel-message">Every recording is matched by ISRC or confirmed.</p>;
  } else {
    body = (
      <ReviewQueueTable
        rows={rows}
        busyId={keepingId}
        tableRef={tableRef}
        onMergeMatch={(row, into) => startMerge({ row, via: 'match', into })}
        onMergeSearch={(row) => startMerge({ row, via: 'search' })}
        onMergeArtist={(request) => {
          setNotice(null);
          setMergingArtist(request);
        }}
        onKeep={(row) => void keep(row)}
      />
    );
  }

  return (
    <div className="page review-page">
      <div className="page-heading">
        <div>
          <h1>Review recordings</h1>
          <p className="page-lead">
            A statement line without an ISRC is matched to a recording by its title and artist. When the app is not sure of the match, the recording waits here:
            merge it into the recording it really is, or keep it as a recording of its own.
          </p>
        </div>
      </div>
      <MergeNotice notice={notice} undoingId={mergeUndo.undoingId} onUndo={mergeUndo.undo} />
      <section className="panel" aria-labelledby="review-queue-title" aria-busy={answer.loading}>
        <header className="panel-header">
          <h2 id="review-queue-title" ref={headingRef} tabIndex={-1}>
            Recordings to review
          </h2>
          <p className="panel-subtitle">{rows && rows.length > 0 ? `${queueCountText(rows.length)} · biggest earners first` : 'Biggest earners first'}</p>
          {answer.loading && rows && <span className="panel-updating">Updating…</span>}
        </header>
        <div className={answer.loading && rows ? 'panel-body panel-body--stale' : 'panel-body'}>{body}</div>
      </section>
      <MergeHistoryPanel
        answer={history}
        subtitle="Recording and artist merges, newest first"
        emptyText="No recording or artist has been merged yet."
        undoingId={mergeUndo.undoingId}
        onUndo={mergeUndo.undo}
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
          setHeadingAfter({ rows });
          reload();
          reloadHistory();
        }}
        onClose={() => setMergingArtist(null)}
      />
    </div>
  );
}
