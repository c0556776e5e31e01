import { useId, useState, type FormEvent } from 'react';
import type { CsvOptions } from '../../../shared/export/csv-options';
import type { QuerySpecInput } from '../../../shared/query/query-spec';
import { runExport, type ExportOutcome } from '../api/run-export';
import { useWorkstation } from '../api/workstation-context';
import { fileNameProblem } from './export-file-name';
import { useModalDialog } from './use-modal-dialog';

export interface ExportChoice {
  id: string;
  label: string;
  spec: QuerySpecInput;
  /** Which of its rows the file holds, said above the choices: the rows on screen may be fewer. */
  holds: string;
}

interface ExportDialogProps {
  open: boolean;
  onClose(): void;
  tables: ExportChoice[];
  defaultFileName(tableId: string): string;
}

const DELIMITERS: { value: CsvOptions['delimiter']; label: string }[] = [
  { value: ',', label: 'Comma ( , )' },
  { value: ';', label: 'Semicolon ( ; )' },
  { value: '\t', label: 'Tab' },
  { value: '|', label: 'Pipe ( | )' },
];

type Status = { kind: 'idle' } | { kind: 'working' } | ExportOutcome;

/** Exports one of a page's tables to CSV with the options spreadsheets in the wild need. */
export function ExportDialog({ open, onClose, tables, defaultFileName }: ExportDialogProps) {
  const api = useWorkstation();
  const dialogRef = useModalDialog(open, onClose);
  const ids = useId();
  const [tableId, setTableId] = useState(tables[0]?.id ?? '');
  const [fileName, setFileName] = useState(() => defaultFileName(tables[0]?.id ?? ''));
  const [fileNameEdited, setFileNameEdited] = useState(false);
  const [delimiter, setDelimiter] = useState<CsvOptions['delimiter']>(',');
  const [header, setHeader] = useState(true);
  const [bom, setBom] = useState(false);
  const [lineEnding, setLineEnding] = useState<CsvOptions['lineEnding']>('crlf');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  // Opened again, it starts without the last export's outcome: reset while rendering, so that
  // outcome is never shown for a frame.
  const [statusOpen, setStatusOpen] = useState(open);
  if (statusOpen !== open) {
    setStatusOpen(open);
    if (open) setStatus({ kind: 'idle' });
  }

  function chooseTable(id: string) {
    setTableId(id);
    if (!fileNameEdited) setFileName(defaultFileName(id));
  }

  // The tables follow the page's time range; the chosen one is kept by id across those changes.
  const table = tables.find((candidate) => candidate.id === tableId) ?? tables[0];
  const problem = fileNameProblem(fileName);
  const busy = status.kind === 'working';

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!table || problem) return;
    setStatus({ kind: 'working' });
    setStatus(
      await runExport(api, {
        spec: table.spec,
        format: 'csv',
        csv: { delimiter, header, bom, lineEnding },
        fileName: fileName.trim(),
      }),
    );
  }

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby={`${ids}-title`} aria-modal="true">
      <form onSubmit={save} className="dialog-form">
        <header className="dialog-header">
          <h2 id={`${ids}-title`}>Export to CSV</h2>
          {table && <p className="dialog-lead">{table.holds}</p>}
        </header>

        <fieldset className="field-group">
          <legend>Table</legend>
          {tables.map((choice) => (
            <label key={choice.id} className="choice">
              <input type="radio" name={`${ids}-table`} value={choice.id} checked={choice.id === table?.id} onChange={() => chooseTable(choice.id)} />
              {choice.label}
            </label>
          ))}
        </fieldset>

        <div className="field">
          <label htmlFor={`${ids}-file`}>File name</label>
          <input
            id={`${ids}-file`}
            type="text"
            value={fileName}
            spellCheck={false}
            aria-invalid={problem !== null}
            aria-describedby={problem ? `${ids}-file-problem` : undefined}
            onChange={(event) => {
              setFileName(event.target.value);
              setFileNameEdited(true);
            }}
          />
          {problem && (
            <p id={`${ids}-file-problem`} className="field-problem">
              {problem}
            </p>
          )}
        </div>

        <div className="field-row">
          <div className="field">
            <label htmlFor={`${ids}-delimiter`}>Delimiter</label>
            <select id={`${ids}-delimiter`} value={delimiter} onChange={(event) => setDelimiter(event.target.value as CsvOptions['delimiter'])}>
              {DELIMITERS.map((option) => (
                <option key={option.label} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>

          <fieldset className="field-group field-group--inline">
            <legend>Line endings</legend>
            <label className="choice">
              <input type="radio" name={`${ids}-eol`} checked={lineEnding === 'crlf'} onChange={() => setLineEnding('crlf')} />
              CRLF (Windows)
            </label>
            <label className="choice">
              <input type="radio" name={`${ids}-eol`} checked={lineEnding === 'lf'} onChange={() => setLineEnding('lf')} />
              LF (macOS, Linux)
            </label>
          </fieldset>
        </div>

        <fieldset className="field-group">
          <legend>Options</legend>
          <label className="choice">
            <input type="checkbox" checked={header} onChange={(event) => setHeader(event.target.checked)} />
            Header row
          </label>
          <label className="choice">
            <input type="checkbox" checked={bom} onChange={(event) => setBom(event.target.checked)} />
            UTF-8 BOM <span className="choice-hint">(lets Excel on Windows read accents)</span>
          </label>
        </fieldset>

        <ExportStatus status={status} />

        <footer className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {status.kind === 'saved' || status.kind === 'downloaded' ? 'Done' : 'Cancel'}
          </button>
          <button type="submit" className="button button--primary" disabled={busy || problem !== null}>
            {busy ? 'Saving…' : 'Save'}
          </button>
        </footer>
      </form>
    </dialog>
  );
}

function ExportStatus({ status }: { status: Status }) {
  switch (status.kind) {
    case 'saved':
      return (
        <p className="dialog-status dialog-status--ok" role="status">
          Saved to <span className="path">{status.path}</span> ({rowsText(status.rows)}).
        </p>
      );
    case 'downloaded':
      return (
        <p className="dialog-status dialog-status--ok" role="status">
          Downloading {status.fileName} ({rowsText(status.rows)}).
        </p>
      );
    case 'failed':
      return (
        <p className="dialog-status dialog-status--error" role="alert">
          The export did not work: {status.message}
        </p>
      );
    default:
      return <p className="dialog-status" role="status" />;
  }
}

function rowsText(rows: number): string {
  return rows === 1 ? '1 row' : `${rows.toLocaleString('en-US')} rows`;
}
