import { useId, useMemo, useRef } from 'react';
import type { MergeHistory } from '../../../../../shared/contract/catalogue-review';
import { Panel } from '../../../components/Panel';
import { RecordsTable } from '../../../components/RecordsTable';
import { useFocusNewRows } from '../../../components/use-focus-new-rows';
import '../../../styles/merge-history.css';
import { mergeRow, showMoreMergesText, shownMergesText, type MergeRow, type UndoableMerge } from './merge-history-text';
import type { MergeHistoryAnswer } from './use-merge-history';

interface MergeHistoryPanelProps {
  answer: MergeHistoryAnswer;
  /** What the page merges: "Recording and artist merges, newest first". */
  subtitle: string;
  emptyText: string;
  /** The merge being undone, from this list or the page's notice: every Undo waits for it. */
  undoingId: number | null;
  onUndo(merge: UndoableMerge): void;
}

function MergeState({ row, undoingId, onUndo }: { row: MergeRow; undoingId: number | null; onUndo(merge: UndoableMerge): void }) {
  if (!row.state.undoable) return <span className="merge-state-text">{row.state.text}</span>;
  return (
    // aria-disabled, not disabled: a disabled button drops the keyboard focus on the floor.
    <button type="button" className="button button--small" aria-disabled={undoingId !== null} onClick={() => undoingId === null && onUndo(row)}>
      {undoingId === row.mergeId ? (
        'Undoing…'
      ) : (
        // One flex item: the button spaces its children apart, which would split the words.
        <span>
          Undo<span className="visually-hidden"> the merge of {row.what}</span>
        </span>
      )}
    </button>
  );
}

interface MergeHistoryTableProps {
  history: MergeHistory;
  /** Whether the next merges are being read: the button waits for them. */
  loading: boolean;
  onShowMore(): void;
  undoingId: number | null;
  onUndo(merge: UndoableMerge): void;
}

function MergeHistoryTable({ history, loading, onShowMore, undoingId, onUndo }: MergeHistoryTableProps) {
  const tableId = useId();
  const rows = useMemo(() => history.merges.map(mergeRow), [history.merges]);
  const hidden = history.total - rows.length;
  const tableRef = useRef<HTMLDivElement>(null);
  const focusNewRows = useFocusNewRows(tableRef);

  function showMore() {
    if (loading) return;
    focusNewRows(rows.length);
    onShowMore();
  }

  return (
    <>
      <div id={tableId} ref={tableRef}>
        <RecordsTable
          caption="Merge history"
          className="merge-history-table"
          columns={
            <>
              <th scope="col">Merged</th>
              <th scope="col">When</th>
              <th scope="col" className="numeric">
                Lines moved
              </th>
            </>
          }
        >
          {rows.map((row) => (
            <tr key={row.mergeId}>
              <th scope="row" tabIndex={-1}>
                <span className="merge-what">{row.what}</span>
                <span className="merge-kind">{row.kindText}</span>
              </th>
              <td>{row.whenText}</td>
              <td className="numeric">{row.movedText}</td>
              <td className="row-actions merge-state">
                <MergeState row={row} undoingId={undoingId} onUndo={onUndo} />
              </td>
            </tr>
          ))}
        </RecordsTable>
      </div>
      {hidden > 0 && (
        <div className="merge-history-more">
          <p>{shownMergesText(rows.length, history.total)}</p>
          {/* aria-disabled, not disabled: a disabled button drops the keyboard focus on the floor. */}
          <button type="button" className="button button--small" aria-controls={tableId} aria-disabled={loading} onClick={showMore}>
            {showMoreMergesText(hidden)}
          </button>
        </div>
      )}
    </>
  );
}

/**
 * The page's latest merges, newest first, each with Undo, when it was undone, or why it cannot be
 * undone yet, and the next ones down on request. The page holds the answer, read again on the
 * data:changed a merge or an undo sends.
 */
export function MergeHistoryPanel({ answer, subtitle, emptyText, undoingId, onUndo }: MergeHistoryPanelProps) {
  return (
    <Panel
      title="Merge history"
      subtitle={subtitle}
      answer={answer}
      isEmpty={(value) => value.merges.length === 0}
      emptyText={emptyText}
      failure="The merge history could not be loaded"
      short
      className="merge-history"
    >
      {(history) => <MergeHistoryTable history={history} loading={answer.loading} onShowMore={answer.showMore} undoingId={undoingId} onUndo={onUndo} />}
    </Panel>
  );
}
