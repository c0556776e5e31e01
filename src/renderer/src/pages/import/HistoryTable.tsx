import type { ImportBatchSummary } from '../../../../shared/contract/imports';
import { RecordsTable } from '../../components/RecordsTable';
import { dateTimeLabel, periodLabel } from '../../format/calendar-text';
import { countText, currencyTotals } from '../../format/figures-text';
import type { HistorySort, HistorySortKey } from './history-view';
import { CorrectLinesButton } from './quarantine/CorrectLinesButton';
import { SortHeader } from './SortHeader';
import { StatementName } from './StatementName';
import { StoredLinesDownload } from './StoredLinesDownload';
import { StoredReadingsDownload } from './StoredReadingsDownload';
import { replacedText } from './UndoImportDialog';

/** The quarantined lines as counted in the history: those waiting for correction, and apart those set aside. */
function quarantinedText({ rejected, setAside }: ImportBatchSummary): string {
  if (rejected === 0) return '—';
  if (setAside === 0) return countText(rejected);
  const aside = `${countText(setAside)} set aside`;
  return rejected > setAside ? `${countText(rejected - setAside)} waiting · ${aside}` : aside;
}

interface HistoryTableProps {
  imports: ImportBatchSummary[];
  sort: HistorySort;
  onSort(column: HistorySortKey): void;
  onUndo(batch: ImportBatchSummary): void;
  onCorrect(batch: ImportBatchSummary): void;
  onReadAgain(batch: ImportBatchSummary): void;
}

/** The imports shown, in the order chosen by their column headers, each row ending in what can be done to it. */
export function HistoryTable({ imports, sort, onSort, onUndo, onCorrect, onReadAgain }: HistoryTableProps) {
  return (
    <RecordsTable
      caption="Import history"
      className="history-table"
      columns={
        <>
          <SortHeader label="File" column="file" sort={sort} onSort={onSort} />
          <th scope="col">Format</th>
          <SortHeader label="Imported" column="imported" sort={sort} onSort={onSort} />
          <SortHeader label="Sale period" column="period" sort={sort} onSort={onSort} />
          <SortHeader label="Lines" column="lines" sort={sort} onSort={onSort} numeric />
          <SortHeader label="Quarantined" column="quarantined" sort={sort} onSort={onSort} numeric />
          <SortHeader label="Earned" column="earned" sort={sort} onSort={onSort} numeric />
        </>
      }
    >
      {imports.map((batch) => (
        <tr key={batch.importId}>
          <th scope="row" className="history-file" tabIndex={-1}>
            <StatementName name={batch.fileName} />
            {batch.replaced.length > 0 && (
              <>
                <br />
                <small className="history-replaced">{replacedText(batch.replaced)}</small>
              </>
            )}
            {batch.readAgain && (
              <>
                <br />
                <small className="history-read-again">Dated by an older version of the app</small>
              </>
            )}
          </th>
          <td>{[batch.format, batch.variant].filter(Boolean).join(' · ')}</td>
          <td>{dateTimeLabel(batch.importedAt)}</td>
          <td className="history-period">{periodLabel(batch.saleFrom, batch.saleTo) ?? '—'}</td>
          <td className="numeric">{countText(batch.imported)}</td>
          <td className="numeric history-quarantined">{quarantinedText(batch)}</td>
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
              {batch.readAgain && (
                <button type="button" className="button button--small" aria-label={`Read ${batch.fileName} again`} onClick={() => onReadAgain(batch)}>
                  Read again…
                </button>
              )}
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
