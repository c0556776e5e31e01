import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { QuarantineDownload } from '../QuarantineDownload';
import type { CorrectedLineVerdict, QuarantinedLines } from '../../../../../shared/contract/quarantine';
import { useWorkstation } from '../../../api/workstation-context';
import { useModalDialog } from '../../../components/use-modal-dialog';
import { countText, linesText } from '../../../format/figures-text';
import { correctionsOf, startingText, verdictsByLine } from './correction-reading';
import { LINES_BY_COLUMN_AT_MOST } from './line-cells';
import { lineFieldId, QuarantinedLineField } from './QuarantinedLineField';
import { SetAsideLines } from './SetAsideLines';
import { setAsideAllLabel, waitingCountText } from './shown-lines';
import '../../../styles/quarantine-correction.css';

interface CorrectionDialogProps {
  importId: number;
  fileName: string;
  onClose(): void;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'working'; what: 'checking' | 'importing' | 'setting aside' | 'bringing back' }
  | { kind: 'done'; message: string; widenedPeriodNotice?: string | null }
  | { kind: 'failed'; message: string };


const NOTHING_EDITED = 'No line was changed: edit a line’s cells or text first, or set it aside.';
/**
 * An import's quarantined lines waiting for correction, each editable where the user left off:
 * Check reads them as the import would and shows each as read or why it is still refused; Import
 * corrected lines reads the ones that now read into the import, under their own line numbers. A
 * line never to import is set aside instead, and listed apart, folded, to be brought back; all the
 * lines listed can be set aside or brought back at once. The list holds at most one request's worth
 * of lines (MOST_LINES_AT_ONCE), so acting on all of it stays one request; the next ones are listed
 * as these go. A correction that widens the import's periods into another import's of the same
 * source says so beside its result. Escape or Close leaves the rest as it is.
 */
export function CorrectionDialog({ importId, fileName, onClose }: CorrectionDialogProps) {
  const api = useWorkstation();
  const dialogRef = useModalDialog(true, onClose);
  const titleId = useId();
  const fileId = useId();
  const setAsideId = useId();
  const setAsideAllId = useId();
  // Where focus goes once the listing shows lines moved, the first of these found: the control that acted on them is gone.
  const focusAfterListing = useRef<string[]>([]);
  const [listing, setListing] = useState<QuarantinedLines | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [edits, setEdits] = useState<Map<number, string>>(new Map());
  const [verdicts, setVerdicts] = useState<Map<number, CorrectedLineVerdict>>(new Map());
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    void api.quarantinedLines({ importId }).then((answer) => {
      if (!current) return;
      if (answer.ok) setListing(answer.value);
      else setLoadError(answer.error.message);
    });
    return () => {
      current = false;
    };
  }, [api, importId, attempt]);

  useEffect(() => {
    const target = focusAfterListing.current.map((id) => document.getElementById(id)).find((element) => element !== null);
    target?.focus();
    focusAfterListing.current = [];
  }, [listing]);

  const busy = status.kind === 'working';
  const lines = listing?.notCorrectable === null ? listing.lines : [];
  const setAside = listing?.setAside ?? [];

  function edit(line: number, text: string) {
    setEdits((previous) => new Map(previous).set(line, text));
    setVerdicts((previous) => {
      const next = new Map(previous);
      next.delete(line);
      return next;
    });
  }

  async function check(event: FormEvent) {
    event.preventDefault();
    const corrections = correctionsOf(lines, edits);
    if (corrections.length === 0) return setStatus({ kind: 'failed', message: NOTHING_EDITED });
    setStatus({ kind: 'working', what: 'checking' });
    const answer = await api.checkCorrections({ importId, lines: corrections });
    if (!answer.ok) return setStatus({ kind: 'failed', message: answer.error.message });
    setVerdicts(verdictsByLine(answer.value.lines));
    const reading = answer.value.lines.filter((verdict) => verdict.reads).length;
    const total = answer.value.lines.length;
    setStatus({
      kind: 'done',
      message: `Checked: ${countText(reading)} of ${countText(total)} ${total === 1 ? 'line' : 'lines'} would be imported. Nothing was written.`,
      widenedPeriodNotice: answer.value.widenedPeriodNotice,
    });
  }

  async function importCorrected() {
    const corrections = correctionsOf(lines, edits);
    if (corrections.length === 0) return setStatus({ kind: 'failed', message: NOTHING_EDITED });
    setStatus({ kind: 'working', what: 'importing' });
    const answer = await api.correctLines({ importId, lines: corrections });
    if (!answer.ok) return setStatus({ kind: 'failed', message: answer.error.message });
    setVerdicts(verdictsByLine(answer.value.lines.filter((verdict) => !verdict.reads)));
    setStatus({ kind: 'done', message: answer.value.message, widenedPeriodNotice: answer.value.widenedPeriodNotice });
    setAttempt((count) => count + 1);
  }

  async function setAsideChosen(chosen: number[]) {
    setStatus({ kind: 'working', what: 'setting aside' });
    const answer = await api.setAsideLines({ importId, lines: chosen });
    if (!answer.ok) return setStatus({ kind: 'failed', message: answer.error.message });
    setVerdicts((previous) => {
      const next = new Map(previous);
      for (const line of chosen) next.delete(line);
      return next;
    });
    setStatus({ kind: 'done', message: answer.value.message });
    focusAfterListing.current = [setAsideId];
    setAttempt((count) => count + 1);
  }

  async function bringBack(chosen: number[]) {
    setStatus({ kind: 'working', what: 'bringing back' });
    const answer = await api.bringBackLines({ importId, lines: chosen });
    if (!answer.ok) return setStatus({ kind: 'failed', message: answer.error.message });
    setStatus({ kind: 'done', message: answer.value.message });
    // The first line brought back, unless the list is already full of lines before it: then the action on all the lines listed.
    focusAfterListing.current = [lineFieldId(chosen[0]!), setAsideAllId];
    setAttempt((count) => count + 1);
  }

  // Named with its file ("Correct quarantined lines march.tsv"), as the row's button that opened it is.
  return (
    <dialog ref={dialogRef} className="dialog correction-dialog" aria-labelledby={`${titleId} ${fileId}`} aria-modal="true">
      <form onSubmit={check} className="dialog-form correction-form">
        <header className="dialog-header">
          <h2 id={titleId}>Correct quarantined lines</h2>
          <p id={fileId} className="dialog-file">
            {fileName}
          </p>
          {lines.length > 0 && (
            <p className="dialog-lead">
              Correct each line as the file should have printed it. Check shows how each would be read; the lines that read are imported
              into this import under their own line numbers. Set aside a line never to import, such as a subtotal or a note.
            </p>
          )}
        </header>
        <div className="correction-body">
          {loadError && (
            <p className="dialog-status dialog-status--error" role="alert">
              {loadError}
            </p>
          )}
          {listing?.notCorrectable && <p className="notice">{listing.notCorrectable}</p>}
          {listing && listing.notCorrectable === null && lines.length === 0 && <p>No line of this import is waiting for correction.</p>}
          {listing && lines.length > 0 && (
            <div className="quarantined-lines-bar">
              <p className="quarantined-line-reason">{waitingCountText(lines.length, listing.total) ?? `${linesText(lines.length)} waiting`}</p>
              <button
                id={setAsideAllId}
                type="button"
                className="button button--small button--quiet"
                disabled={busy}
                onClick={() => void setAsideChosen(lines.map((line) => line.line))}
              >
                {setAsideAllLabel(lines.length, listing.total)}
              </button>
              {/* The summary that offered it is gone once closed: the reasons stay downloadable here, from the history. */}
              <QuarantineDownload importId={importId} fileName={fileName} />
            </div>
          )}
          {lines.length > 0 && (
            <ol className="quarantined-lines" aria-label={`Quarantined lines of ${fileName}`}>
              {lines.map((line) => (
                <QuarantinedLineField
                  key={line.line}
                  line={line}
                  record={listing?.record ?? null}
                  startAsText={lines.length > LINES_BY_COLUMN_AT_MOST}
                  text={edits.get(line.line) ?? startingText(line)}
                  verdict={verdicts.get(line.line)}
                  disabled={busy}
                  onEdit={(text) => edit(line.line, text)}
                  onSetAside={() => void setAsideChosen([line.line])}
                />
              ))}
            </ol>
          )}
          {listing && listing.total > lines.length && lines.length > 0 && (
            <p className="dialog-lead">
              The other {countText(listing.total - lines.length)} waiting are listed once these are corrected or set aside.
            </p>
          )}
          {listing && setAside.length > 0 && (
            <SetAsideLines summaryId={setAsideId} lines={setAside} total={listing.setAsideTotal} disabled={busy} onBringBack={(chosen) => void bringBack(chosen)} />
          )}
        </div>
        <CorrectionStatus status={status} />
        <footer className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
          {lines.length > 0 && (
            <>
              <button type="submit" className="button" disabled={busy}>
                {status.kind === 'working' && status.what === 'checking' ? 'Checking…' : 'Check'}
              </button>
              <button type="button" className="button button--primary" disabled={busy} onClick={() => void importCorrected()}>
                {status.kind === 'working' && status.what === 'importing' ? 'Importing…' : 'Import corrected lines'}
              </button>
            </>
          )}
        </footer>
      </form>
    </dialog>
  );
}

function CorrectionStatus({ status }: { status: Status }) {
  if (status.kind === 'failed') {
    return (
      <p className="dialog-status dialog-status--error" role="alert">
        {status.message}
      </p>
    );
  }
  return (
    <>
      <p className={status.kind === 'done' ? 'dialog-status dialog-status--ok' : 'dialog-status'} role="status">
        {status.kind === 'done' ? status.message : ''}
      </p>
      {status.kind === 'done' && status.widenedPeriodNotice && (
        <p className="notice notice--warning" role="alert">
          {status.widenedPeriodNotice}
        </p>
      )}
    </>
  );
}
