import type { RefObject } from 'react';
import { RecordsTable } from '../../components/RecordsTable';
import { countText } from '../../format/figures-text';
import type { ReviewRow } from './review-rows';

interface ReviewQueueTableProps {
  rows: ReviewRow[];
  /** The row whose decision is being saved: its buttons wait. */
  busyId: number | null;
  tableRef: RefObject<HTMLTableElement | null>;
  onMergeCandidate(row: ReviewRow): void;
  onMergeSearch(row: ReviewRow): void;
  onKeep(row: ReviewRow): void;
}

/**
 * One row per recording waiting for a decision, in the core's order (biggest earners first).
 * Each button's name carries the row's recording, so a screen reader's list of buttons, and a
 * test, can tell "Keep Tides…" from "Keep Harbour (Live)…".
 */
export function ReviewQueueTable({ rows, busyId, tableRef, onMergeCandidate, onMergeSearch, onKeep }: ReviewQueueTableProps) {
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
        return (
          <tr key={row.recordingId} aria-busy={busy}>
            <th scope="row">
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
              {row.candidate ? (
                <>
                  <span className="review-title">
                    {row.candidate.title}
                    <span className="status-badge review-score" title="How closely the names agree">
                      {row.candidate.scoreText}
                    </span>
                  </span>
                  <span className="review-detail">
                    {row.candidate.artist} · {row.candidate.isrcText}
                  </span>
                  {row.candidate.reason && <span className="review-detail">{row.candidate.reason}</span>}
                </>
              ) : (
                <span className="review-detail">No likely match</span>
              )}
            </td>
            <td className="row-actions">
              <div className="review-actions">
                {row.candidate && (
                  <button type="button" className="button button--small button--primary" disabled={busy} title={`Merge into ${row.candidate.title}`} onClick={() => onMergeCandidate(row)}>
                    {/* One flex item: the button spaces its children apart, which would split the words. */}
                    <span className="review-action-text">
                      Merge <span className="visually-hidden">{row.label} </span>into {row.candidate.title}
                    </span>
                  </button>
                )}
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
