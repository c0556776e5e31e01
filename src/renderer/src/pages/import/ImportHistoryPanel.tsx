import { useEffect, useId, useRef, useState } from 'react';
import type { ImportBatchSummary } from '../../../../shared/contract/imports';
import { useImportHistory } from '../../api/use-import-history';
import { Panel } from '../../components/Panel';
import { useFocusNewRows } from '../../components/use-focus-new-rows';
import { HistoryFinder } from './HistoryFinder';
import { HistoryTable } from './HistoryTable';
import {
  EVERY_IMPORT, filterHistory, HISTORY_SHOWN_FIRST, NEWEST_FIRST, nextSort, shownText, sortHistory, sortText, type HistoryFilter, type HistorySort,
} from './history-view';
import { CorrectionDialog } from './quarantine/CorrectionDialog';
import { ReadAgainDialog } from './ReadAgainDialog';
import { UndoImportDialog } from './UndoImportDialog';
import { undoNotice, undoNoticeNow, type UndoNotice } from './undo-notice';

/** Every import so far, each with a way to take its lines back out; a long history can be searched, filtered and ordered. */
export function ImportHistoryPanel() {
  const history = useImportHistory();
  const tableId = useId();
  const tableRef = useRef<HTMLDivElement>(null);
  const focusNewRows = useFocusNewRows(tableRef);
  const [undoing, setUndoing] = useState<ImportBatchSummary | null>(null);
  const [undone, setUndone] = useState<UndoNotice | null>(null);
  const [correcting, setCorrecting] = useState<ImportBatchSummary | null>(null);
  const [readingAgain, setReadingAgain] = useState<ImportBatchSummary | null>(null);
  // Newest first by default: the import a label most often undoes is the one just made.
  const [sort, setSort] = useState<HistorySort>(NEWEST_FIRST);
  const [filter, setFilter] = useState<HistoryFilter>(EVERY_IMPORT);
  const [shown, setShown] = useState(HISTORY_SHOWN_FIRST);
  const imports = history.value?.imports;
  // A history a screen holds is read at a glance; the finding tools come with the first "Show more".
  const long = (imports?.length ?? 0) > HISTORY_SHOWN_FIRST;

  const undoneRef = useRef<HTMLParagraphElement>(null);
  const focusUndone = useRef(false);

  // What the undo did is news until the history moves on: a later import or correction retires it.
  useEffect(() => {
    setUndone((notice) => undoNoticeNow(notice, imports));
  }, [imports]);

  // The row's Undo, which the dialog gives the focus back to, goes as the history is read again: the notice takes it.
  useEffect(() => {
    if (!undone || !focusUndone.current) return;
    focusUndone.current = false;
    undoneRef.current?.focus();
  }, [undone]);

  function changeFilter(next: HistoryFilter) {
    setFilter(next);
    setShown(HISTORY_SHOWN_FIRST);
  }

  function showUpTo(count: number) {
    focusNewRows(shown);
    setShown(count);
  }

  return (
    <>
      <Panel
        title="Import history"
        subtitle={sortText(sort)}
        answer={history}
        short
        failure="The import history could not be loaded"
        isEmpty={(value) => value.imports.length === 0}
        emptyText="Nothing imported yet. Statements you import appear here, each with a way to undo it."
        toolbar={
          undone || (imports && long) ? (
            <>
              {undone && (
                <p ref={undoneRef} className="notice notice--ok" role="status" tabIndex={-1}>
                  {undone.message}
                </p>
              )}
              {imports && long && <HistoryFinder imports={imports} filter={filter} onFilter={changeFilter} />}
            </>
          ) : null
        }
      >
        {(value) => {
          const listed = sortHistory(filterHistory(value.imports, filter), sort);
          if (listed.length === 0) {
            return (
              <div className="panel-message history-none">
                <p>No import matches these choices.</p>
                <button type="button" className="button button--small" onClick={() => changeFilter(EVERY_IMPORT)}>
                  Show every import
                </button>
              </div>
            );
          }
          const hidden = listed.length - shown;
          return (
            <>
              <div id={tableId} ref={tableRef}>
                <HistoryTable
                  imports={listed.slice(0, shown)}
                  sort={sort}
                  onSort={(column) => setSort(nextSort(sort, column))}
                  onUndo={(batch) => {
                    setUndone(null);
                    setUndoing(batch);
                  }}
                  onCorrect={setCorrecting}
                  onReadAgain={(batch) => {
                    setUndone(null);
                    setReadingAgain(batch);
                  }}
                />
              </div>
              {hidden > 0 && (
                <div className="history-more">
                  <p>{shownText(shown, listed.length)}</p>
                  <button type="button" className="button button--small" aria-controls={tableId} onClick={() => showUpTo(shown + HISTORY_SHOWN_FIRST)}>
                    Show {Math.min(hidden, HISTORY_SHOWN_FIRST)} more
                  </button>
                  {hidden > HISTORY_SHOWN_FIRST && (
                    <button type="button" className="button button--small button--quiet" aria-controls={tableId} onClick={() => showUpTo(listed.length)}>
                      Show all {listed.length.toLocaleString('en-US')}
                    </button>
                  )}
                </div>
              )}
            </>
          );
        }}
      </Panel>
      <UndoImportDialog
        batch={undoing}
        onClose={() => setUndoing(null)}
        // The undo changes the store, and the history is asked again for that change: no second ask.
        onUndone={(message) => {
          if (undoing) {
            focusUndone.current = true;
            setUndone(undoNotice(message, undoing.importId, imports));
          }
          setUndoing(null);
        }}
      />
      <ReadAgainDialog
        batch={readingAgain}
        onClose={() => setReadingAgain(null)}
        onReadAgain={(message) => {
          if (readingAgain) {
            focusUndone.current = true;
            setUndone(undoNotice(message, readingAgain.importId, imports));
          }
          setReadingAgain(null);
        }}
      />
      {correcting && <CorrectionDialog importId={correcting.importId} fileName={correcting.fileName} onClose={() => setCorrecting(null)} />}
    </>
  );
}
