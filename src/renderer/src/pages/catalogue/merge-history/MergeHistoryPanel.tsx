import { useId, useMemo, useState } from 'react';
import type { CatalogueMerge } from '../../../../../shared/contract/catalogue-review';
import { Panel, type PanelAnswer } from '../../../components/Panel';
import { RecordsTable } from '../../../components/RecordsTable';
import '../../../styles/merge-history.css';
import { MERGES_SHOWN_FIRST, mergeRow, shownMergeRows, showMoreText, type MergeRow, type UndoableMerge } from './merge-history-text';

interface MergeHistoryPanelProps {
  answer: PanelAnswer<{ merges: CatalogueMerge[] }>;
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

function MergeHistoryTable({ merges, undoingId, onUndo }: { merges: CatalogueMerge[]; undoingId: number | null; onUndo(merge: UndoableMerge): void }) {
  const [showAll, setShowAll] = useState(false);
  const tableId = useId();
  const rows = useMemo(() => merges.map(mergeRow), [merges]);
  return (
    <>
      <div id={tableId}>
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
          {shownMergeRows(rows, showAll).map((row) => (
            <tr key={row.mergeId}>
              <th scope="row">
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
      {rows.length > MERGES_SHOWN_FIRST && (
        <button type="button" className="button button--small merge-history-more" aria-expanded={showAll} aria-controls={tableId} onClick={() => setShowAll(!showAll)}>
          {showMoreText(rows.length, showAll)}
        </button>
      )}
    </>
  );
}

/**
 * The page's latest merges, newest first, each with Undo, when it was undone, or why it cannot be
 * undone yet. The page holds the answer, so a merge or an undo it makes asks again at once.
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
      {({ merges }) => <MergeHistoryTable merges={merges} undoingId={undoingId} onUndo={onUndo} />}
    </Panel>
  );
}
