import type { RefObject } from 'react';
import type { WorkstationErrorShape } from '../../../../shared/contract/envelope';
import { useFocusNewRows } from '../../components/use-focus-new-rows';
import { exactMatchesText, isFiltered, mergeAllText, showMoreText, shownText, type ExactMerge } from './review-queue-view';
import { queueCountText, type ArtistMergeRequest, type CandidateView, type ReviewRow } from './review-rows';
import { ReviewQueueFilters } from './ReviewQueueFilters';
import { ReviewQueueTable } from './ReviewQueueTable';
import type { QueueView } from './use-queue-view';

interface ReviewQueuePanelProps {
  /** Every entry waiting; null while the queue is first read. */
  rows: ReviewRow[] | null;
  error: WorkstationErrorShape | null;
  loading: boolean;
  view: QueueView;
  /** The row whose decision is being saved: its buttons wait. */
  busyId: number | null;
  tableRef: RefObject<HTMLTableElement | null>;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onMergeMatch(row: ReviewRow, into: CandidateView): void;
  onMergeSearch(row: ReviewRow): void;
  onMergeArtist(request: ArtistMergeRequest): void;
  onKeep(row: ReviewRow): void;
  onMergeExact(merges: ExactMerge[]): void;
}

/** The queue: how to find in it, its exact matches to merge at once, and its first rows with more on request. */
export function ReviewQueuePanel({ rows, error, loading, view, busyId, tableRef, headingRef, onMergeMatch, onMergeSearch, onMergeArtist, onKeep, onMergeExact }: ReviewQueuePanelProps) {
  const { found, shown, exact, filter } = view;
  const focusNewRows = useFocusNewRows(tableRef);
  let body;
  if (error) {
    body = (
      <p className="panel-message panel-message--error" role="alert">
        The recordings to review could not be loaded: {error.message}
      </p>
    );
  } else if (!rows || !found || !shown) {
    body = <div className="panel-skeleton panel-skeleton--short" aria-hidden="true" />;
  } else if (rows.length === 0) {
    body = <p className="panel-message">Every recording is matched by ISRC or confirmed.</p>;
  } else {
    const hidden = found.length - shown.length;
    body = (
      <>
        <ReviewQueueFilters filter={filter} artists={view.artists} shownText={shownText(shown.length, found.length, rows.length, isFiltered(filter))} onChange={view.setFilter} />
        {exact.length > 0 && (
          <div className="review-exact">
            <p>{exactMatchesText(exact.length, isFiltered(filter))}</p>
            <button type="button" className="button button--small" onClick={() => onMergeExact(exact)}>
              {mergeAllText(exact.length)}
            </button>
          </div>
        )}
        {shown.length > 0 ? (
          <ReviewQueueTable
            rows={shown}
            busyId={busyId}
            tableRef={tableRef}
            onMergeMatch={onMergeMatch}
            onMergeSearch={onMergeSearch}
            onMergeArtist={onMergeArtist}
            onKeep={onKeep}
          />
        ) : (
          <p className="panel-message">No recording waiting for review matches what is asked above.</p>
        )}
        {hidden > 0 && (
          <button
            type="button"
            className="button review-more"
            onClick={() => {
              focusNewRows(shown.length);
              view.showMore();
            }}
          >
            {showMoreText(hidden)}
          </button>
        )}
      </>
    );
  }

  return (
    <section className="panel" aria-labelledby="review-queue-title" aria-busy={loading}>
      <header className="panel-header">
        <h2 id="review-queue-title" ref={headingRef} tabIndex={-1}>
          Recordings to review
        </h2>
        <p className="panel-subtitle">{rows && rows.length > 0 ? `${queueCountText(rows.length)} · biggest earners first` : 'Biggest earners first'}</p>
        {loading && rows && <span className="panel-updating">Updating…</span>}
      </header>
      {/* Not dimmed while read again: a decided row has left already, and the rest rarely change. */}
      <div className="panel-body">{body}</div>
    </section>
  );
}
