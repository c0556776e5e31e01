import { useEffect, useState } from 'react';
import type { ImportBatchSummary } from '../../../../shared/contract/imports';
import { useImportHistory } from '../../api/use-import-history';
import { Panel } from '../../components/Panel';
import { RecordsTable } from '../../components/RecordsTable';
import { dateTimeLabel, periodLabel } from '../../format/calendar-text';
import { countText, currencyTotals } from '../../format/figures-text';
import { CorrectLinesButton } from './quarantine/CorrectLinesButton';
import { CorrectionDialog } from './quarantine/CorrectionDialog';
import { StoredLinesDownload } from './StoredLinesDownload';
import { StoredReadingsDownload } from './StoredReadingsDownload';
import { replacedText, UndoImportDialog } from './UndoImportDialog';
import { undoNotice, undoNoticeNow, type UndoNotice } from './undo-notice';

/** Newest first: the import a label most often undoes is the one just made. */
function newestFirst(imports: ImportBatchSummary[]): ImportBatchSummary[] {
  return [...imports].sort((a, b) => b.importId - a.importId);
}

/** Every import so far, each with a way to take its lines back out. */
export function ImportHistoryPanel() {
  const history = useImportHistory();
  const [undoing, setUndoing] = useState<ImportBatchSummary | null>(null);
  const [undone, setUndone] = useState<UndoNotice | null>(null);
  const [correcting, setCorrecting] = useState<ImportBatchSummary | null>(null);
  const imports = history.value?.imports;

  // What the undo did is news until the history moves on: a later import or correction retires it.
  useEffect(() => {
    setUndone((notice) => undoNoticeNow(notice, imports));
  }, [imports]);

  return (
    <>
      <Panel
        title="Import history"
        subtitle="Newest first"
        answer={history}
        short
        failure="The import history could not be loaded"
        isEmpty={(value) => value.imports.length === 0}
        emptyText="Nothing imported yet. Statements you import appear here, each with a way to undo it."
        toolbar={
          undone ? (
            <p className="notice notice--ok" role="status">
              {undone.message}
            </p>
          ) : null
        }
      >
        {(value) => (
          <HistoryTable
            imports={newestFirst(value.imports)}
            onUndo={(batch) => {
              setUndone(null);
              setUndoing(batch);
            }}
            onCorrect={setCorrecting}
          />
        )}
      </Panel>
      <UndoImportDialog
        batch={undoing}
        onClose={() => setUndoing(null)}
        // The undo changes the store, and the history is asked again for that change: no second ask.
        onUndone={(message) => {
          if (undoing) setUndone(undoNotice(message, undoing.importId, imports));
          setUndoing(null);
        }}
      />
      {correcting && <CorrectionDialog importId={correcting.importId} fileName={correcting.fileName} onClose={() => setCorrecting(null)} />}
    </>
  );
}

/** The quarantined lines as counted in the history: those waiting for correction, and apart those set aside. */
function quarantinedText({ rejected, setAside }: ImportBatchSummary): string {
  if (rejected === 0) return '—';
  if (setAside === 0) return countText(rejected);
  const aside = `${countText(setAside)} set aside`;
  return rejected > setAside ? `${countText(rejected - setAside)} waiting · ${aside}` : aside;
}

function HistoryTable({ imports, onUndo, onCorrect }: { imports: ImportBatchSummary[]; onUndo(batch: ImportBatchSummary): void; onCorrect(batch: ImportBatchSummary): void }) {
  return (
    <RecordsTable
      caption="Import history"
      className="history-table"
      columns={
        <>
          <th scope="col">File</th>
          <th scope="col">Format</th>
          <th scope="col">Imported</th>
          <th scope="col">Sale period</th>
          <th scope="col" className="numeric">
            Lines
          </th>
          <th scope="col" className="numeric">
            Quarantined
          </th>
          <th scope="col" className="numeric">
            Earned
          </th>
        </>
      }
    >
      {imports.map((batch) => (
        <tr key={batch.importId}>
          <th scope="row" className="history-file">
            <span>{batch.fileName}</span>
            {batch.replaced.length > 0 && (
              <>
                <br />
                <small>{replacedText(batch.replaced)}</small>
              </>
            )}
          </th>
          <td>{[batch.format, batch.variant].filter(Boolean).join(' · ')}</td>
          <td>{dateTimeLabel(batch.importedAt)}</td>
          <td>{periodLabel(batch.saleFrom, batch.saleTo) ?? '—'}</td>
          <td className="numeric">{countText(batch.imported)}</td>
          <td className="numeric">{quarantinedText(batch)}</td>
          <td className="numeric">
            {currencyTotals(batch.amounts).map((total) => (
              <span key={total.currency} className="amount" title={total.exact}>
                {total.text}
              </span>
            ))}
          </td>
          <td className="row-actions">
            <div className="history-actions">
              {batch.statementLines > 0 && <StoredLinesDownload importId={batch.importId} fileName={batch.fileName} />}
              {batch.readings > 0 && <StoredReadingsDownload importId={batch.importId} fileName={batch.fileName} />}
              {batch.rejected > 0 && <CorrectLinesButton fileName={batch.fileName} waiting={batch.rejected > batch.setAside} onOpen={() => onCorrect(batch)} />}
              <button type="button" className="button button--small" aria-label={`Undo import of ${batch.fileName}`} onClick={() => onUndo(batch)}>
                Undo
              </button>
            </div>
          </td>
        </tr>
      ))}
    </RecordsTable>
  );
}
