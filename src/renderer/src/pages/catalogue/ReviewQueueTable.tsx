import type { RefObject } from 'react';
import { RecordsTable } from '../../components/RecordsTable';
import { countText } from '../../format/figures-text';
import { artistMergeOf, type ArtistMergeRequest, type CandidateView, type ReviewRow } from './review-rows';

interface ReviewQueueTableProps {
  rows: ReviewRow[];
  /** The row whose decision is being saved: its buttons wait. */
  busyId: number | null;
  tableRef: RefObject<HTMLTableElement | null>;
  /** Merge into the import's candidate or into one of the suggestions. */
  onMergeMatch(row: ReviewRow, into: CandidateView): void;
  onMergeSearch(row: ReviewRow): void;
  /** Merge the row's artist into the artist a suggestion names. */
  onMergeArtist(request: ArtistMergeRequest): void;
  onKeep(row: ReviewRow): void;
}

/** The artist merges a row's matches offer, one per other artist. */
function artistMerges(row: ReviewRow, matches: CandidateView[]): ArtistMergeRequest[] {
  const found = new Map<number, ArtistMergeRequest>();
  for (const match of matches) {
    const request = artistMergeOf(row, match);
    if (request && !found.has(request.intoArtistId)) found.set(request.intoArtistId, request);
  }
  return [...found.values()];
}

/** A possible merge target: title and score, artist and ISRC, and why it may be the one. */
function MatchDetails({ match }: { match: CandidateView }) {
  return (
    <>
      <span className="review-title">
        {match.title}
        <span className="status-badge review-score" title="How closely the names agree">
          {match.scoreText}
        </span>
      </span>
      <span className="review-detail">
        {match.artist} · {match.isrcText}
      </span>
      {match.reason && <span className="review-detail">{match.reason}</span>}
    </>
  );
}

/** "into Harbour Lights", or "into Quiet Harbour by Night Ferry" when the artist is not the row's. */
function intoText(row: ReviewRow, match: CandidateView): string {
  return match.artist === row.artist ? `into ${match.title}` : `into ${match.title} by ${match.artist}`;
}

/**
 * One row per recording waiting for a decision, in the core's order (biggest earners first).
 * Each button's name carries the row's recording, so a screen reader's list of buttons, and a
 * test, can tell "Keep Tides…" from "Keep Harbour (Live)…".
 */
export function ReviewQueueTable({ rows, busyId, tableRef, onMergeMatch, onMergeSearch, onMergeArtist, onKeep }: ReviewQueueTableProps) {
  return (
    <RecordsTable
      ref={tableRef}
      caption="Recordings to review"
      className="review-table"
      columns={
        <>
          <th scope="col">Recording</th>
          <th scope="col" className="numeric">
            Lines
          </th>
          <th scope="col" className="numeric">
            Revenue
          </th>
          <th scope="col">Why it waits</th>
          <th scope="col">Best match</th>
        </>
      }
    >
      {rows.map((row) => {
        const busy = busyId === row.recordingId;
        const matches = row.candidate ? [row.candidate, ...row.suggestions] : row.suggestions;
        return (
          <tr key={row.recordingId} aria-busy={busy}>
            <th scope="row" tabIndex={-1}>
              <span className="review-title">{row.title}</span>
              <span className="review-detail">{row.artist}</span>
            </th>
            <td className="numeric">{countText(row.lines)}</td>
            <td className="numeric">
              <span className="amount" title={row.revenueExact}>
                {row.revenueText}
              </span>
            </td>
            <td className="review-reason">{row.reason}</td>
            <td className="review-candidate">
              {matches.length === 0 && <span className="review-detail">No likely match</span>}
              {row.candidate && <MatchDetails match={row.candidate} />}
              {row.suggestions.length > 0 && (
                <ul className="review-suggestions" aria-label={`Close titles for ${row.label}`}>
                  {row.suggestions.map((suggestion) => (
                    <li key={suggestion.recordingId}>
                      <MatchDetails match={suggestion} />
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td className="row-actions">
              <div className="review-actions">
                {matches.map((match, index) => (
                  <button
                    key={match.recordingId}
                    type="button"
                    className={index === 0 ? 'button button--small button--primary' : 'button button--small'}
                    disabled={busy}
                    title={`Merge ${intoText(row, match)}`}
                    onClick={() => onMergeMatch(row, match)}
                  >
                    {/* One flex item: the button spaces its children apart, which would split the words. */}
                    <span className="review-action-text">
                      Merge <span className="visually-hidden">{row.label} </span>
                      {intoText(row, match)}
                    </span>
                  </button>
                ))}
                {artistMerges(row, matches).map((request) => (
                  <button key={`artist-${request.intoArtistId}`} type="button" className="button button--small" disabled={busy} onClick={() => onMergeArtist(request)}>
                    <span className="review-action-text">
                      Merge artist {request.artist} into {request.into}
                    </span>
                  </button>
                ))}
                <button type="button" className="button button--small" disabled={busy} onClick={() => onMergeSearch(row)}>
                  <span className="review-action-text">
                    Merge <span className="visually-hidden">{row.label} </span>into another…
                  </span>
                </button>
                <button type="button" className="button button--small" disabled={busy} onClick={() => onKeep(row)}>
                  <span className="review-action-text">
                    {busy ? 'Keeping…' : (
                      <>
                        Keep <span className="visually-hidden">{row.label} </span>as its own recording
                      </>
                    )}
                  </span>
                </button>
              </div>
            </td>
          </tr>
        );
      })}
    </RecordsTable>
  );
}
