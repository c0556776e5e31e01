import { useRef, useState } from 'react';
import type { ImportBatchSummary } from '../../../../shared/contract/imports';
import { useImportHistory } from '../../api/use-import-history';
import { useFocusIfLost } from '../../components/use-focus-if-lost';
import { countText, currencyTotals, linesText } from '../../format/figures-text';
import { useImportStore, type ImportMode, type ReplacedInRun } from '../../stores/import-store';
import {
  outcomeFileName,
  outcomeNote,
  outcomeStatusLabel,
  runHeadline,
  strictRefusalHint,
  undoneSinceNote,
  undoneSinceText,
  type ImportOutcomeView,
  type ImportRunResult,
} from './import-outcomes';
import { CHOOSE_FILES_ID } from './FileDropZone';
import { OutcomeWarnings } from './OutcomeWarnings';
import { pickedTwiceText, type PickedTwice } from './picked-twice';
import { QuarantineDownload } from './QuarantineDownload';
import { StatementName } from './StatementName';
import { CorrectLinesButton } from './quarantine/CorrectLinesButton';
import { CorrectionDialog } from './quarantine/CorrectionDialog';
import { stillWaitingText, type QuarantineNow } from './quarantine/shown-lines';
import { totalsCheckText } from './totals-check';

const STATUS_TONES: Record<string, string> = { imported: 'good', duplicate: 'neutral', skipped: 'neutral', cancelled: 'neutral' };

/** A file above not sent, as the file below it replaces it whole. */
function replacedInRunText(by: string, cancelled: boolean): string {
  const chosen = `${by}, picked below it, replaces it, as chosen there`;
  return cancelled ? `Not sent: ${chosen}.` : `Not imported: ${chosen}.`;
}

/** A cancel keeps the files it did not import staged, as picked and answered. */
function putBackText(files: number): string {
  return files === 1 ? 'The file not imported is back under Files to import.' : `The ${files} files not imported are back under Files to import.`;
}

/**
 * What the import just did, file by file, with the quarantined lines to download and correct. The
 * imports are followed as they stand now (the history, asked again whenever the store changes): a
 * line corrected or set aside since no longer counts as waiting, and an import undone since says so.
 * A file not sent because a file sent with it holds its statements is listed too.
 */
interface ImportSummaryProps {
  result: ImportRunResult;
  mode: ImportMode;
  pickedTwice: readonly PickedTwice[];
  replaced: readonly ReplacedInRun[];
  putBack: number;
}

export function ImportSummary({ result, mode, pickedTwice, replaced, putBack }: ImportSummaryProps) {
  const history = useImportHistory();
  const now = (outcome: ImportOutcomeView) => (history.value && outcome.importId !== null ? quarantineNow(history.value.imports, outcome.importId) : undefined);
  const undone = result.kind === 'finished' ? result.summary.outcomes.filter((outcome) => outcome.status === 'imported' && now(outcome) === 'undone').length : 0;
  const undoneNote = undoneSinceNote(undone);
  const title = result.kind === 'finished' && result.summary.cancelled ? 'Import cancelled' : result.kind === 'failed' ? 'Import failed' : 'Import finished';
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The run panel's Cancel (or heading) went as the summary came.
  useFocusIfLost(headingRef, result);

  function close() {
    useImportStore.getState().dismissSummary();
    // Close goes with the summary; the next files are picked just above it.
    document.getElementById(CHOOSE_FILES_ID)?.focus();
  }
  return (
    <section className="panel import-summary" aria-labelledby="import-summary-title">
      <header className="panel-header">
        <h2 id="import-summary-title" ref={headingRef} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="button button--quiet button--small panel-header-action" onClick={close}>
          Close summary
        </button>
      </header>
      {result.kind === 'failed' ? (
        <p className="panel-message panel-message--error" role="alert">
          {result.message}
        </p>
      ) : (
        <div className="import-summary-body">
          <p className="import-summary-headline" role="status">
            {runHeadline(result.summary)}
            {putBack > 0 && ` ${putBackText(putBack)}`}
          </p>
          {undoneNote && <p className="import-summary-undone">{undoneNote}</p>}
          <dl className="fact-grid">
            <div>
              <dt>Lines imported</dt>
              <dd>{countText(result.summary.linesImported)}</dd>
            </div>
            <div>
              <dt>Quarantined</dt>
              <dd>{countText(result.summary.linesQuarantined)}</dd>
            </div>
            <div>
              <dt>Earned</dt>
              <dd>
                {currencyTotals(result.summary.amounts).map((total) => (
                  <span key={total.currency} className="amount" title={total.exact}>
                    {total.text}
                  </span>
                ))}
                {Object.keys(result.summary.amounts).length === 0 && '—'}
              </dd>
            </div>
          </dl>
          <ul className="outcome-list" aria-label="Files">
            {result.summary.outcomes.map((outcome, index) => (
              <OutcomeRow key={`${index}-${outcome.file}`} outcome={outcome} now={now(outcome)} mode={mode} />
            ))}
            {pickedTwice.map((file, index) => (
              <li key={`twice-${index}-${file.fileName}`} className="outcome-row">
                <span className="status-badge status-badge--neutral">Picked twice</span>
                <div className="outcome-main">
                  <p className="outcome-file">
                    <strong>{file.fileName}</strong>
                  </p>
                  <p className="outcome-detail">{pickedTwiceText(file, result.summary.cancelled)}</p>
                </div>
              </li>
            ))}
            {replaced.map(({ entry, by }) => (
              <li key={`replaced-${entry.key}`} className="outcome-row">
                <span className="status-badge status-badge--neutral">Not imported</span>
                <div className="outcome-main">
                  <p className="outcome-file">
                    <strong>{entry.fileName}</strong>
                  </p>
                  <p className="outcome-detail">{replacedInRunText(by.fileName, result.summary.cancelled)}</p>
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** An import's quarantined lines now, or that it was undone since. */
function quarantineNow(imports: readonly ImportBatchSummary[], importId: number): ImportBatchSummary | 'undone' {
  return imports.find((batch) => batch.importId === importId) ?? 'undone';
}

interface OutcomeRowProps {
  outcome: ImportOutcomeView;
  /** Its import's quarantined lines as they stand, or that it was undone; undefined until known (the outcome's own count stands till then). */
  now: ImportBatchSummary | 'undone' | undefined;
  mode: ImportMode;
}

/** A file's outcome; one whose import was undone since keeps its figures, muted, and loses its actions. */
function OutcomeRow({ outcome, now, mode }: OutcomeRowProps) {
  const [correcting, setCorrecting] = useState(false);
  const fileName = outcomeFileName(outcome);
  const undone = now === 'undone' && (outcome.status === 'imported' || outcome.status === 'duplicate');
  const tone = undone ? 'neutral' : (STATUS_TONES[outcome.status] ?? 'bad');
  const strictHint = strictRefusalHint(outcome, mode);
  const format = [outcome.format, outcome.variant].filter(Boolean).join(' · ');
  const quarantined = outcome.status === 'imported' && outcome.rejected > 0 && now !== 'undone';
  const quarantine: QuarantineNow = now === undefined || now === 'undone' ? { rejected: outcome.rejected, setAside: 0 } : now;
  // Corrected lines joined the import since: its figures as they stand, beside what the run did. A
  // duplicate names the import that already held it, whose lines this run did not count.
  const grown = outcome.status === 'imported' && typeof now === 'object' && now.imported !== outcome.imported ? now : null;
  const said = outcome.status === 'imported' ? outcomeNote(outcome) : null;
  const waiting = quarantine.rejected - quarantine.setAside;
  const stillWaiting = quarantined ? stillWaitingText(outcome.rejected, quarantine) : null;
  return (
    <li className={undone ? 'outcome-row outcome-row--undone' : 'outcome-row'}>
      <span className={`status-badge status-badge--${tone}`}>{undone ? 'Undone since' : outcomeStatusLabel(outcome.status)}</span>
      <div className="outcome-main">
        <p className="outcome-file">
          <strong>
            <StatementName name={fileName} />
          </strong>
          {format && <span className="outcome-format"> · {format}</span>}
        </p>
        {undone && <p className="outcome-undone">{undoneSinceText(outcome)}</p>}
        {outcome.status === 'imported' ? (
          <p className="outcome-detail">
            {linesText(outcome.imported)} imported
            {outcome.rejected > 0 && `, ${countText(outcome.rejected)} quarantined`}
            {currencyTotals(outcome.amounts).map((total) => (
              <span key={total.currency} title={total.exact}>
                {' '}
                · {total.text}
              </span>
            ))}
          </p>
        ) : (
          <p className="outcome-detail">{outcome.message}</p>
        )}
        {said && <p className="outcome-detail">{said}</p>}
        {strictHint && <p className="outcome-detail">{strictHint}</p>}
        {stillWaiting && <p className="outcome-detail">{stillWaiting}</p>}
        {grown && (
          <p className="outcome-detail">
            With the corrected lines: {linesText(grown.imported)}
            {currencyTotals(grown.amounts).map((total) => ` · ${total.text}`)}.
          </p>
        )}
        {outcome.status === 'imported' && outcome.reconciliation && <p className="outcome-detail">{totalsCheckText(outcome.reconciliation)}</p>}
        {outcome.status === 'imported' && outcome.warnings.length > 0 && <OutcomeWarnings fileName={fileName} warnings={outcome.warnings} />}
      </div>
      {quarantined && quarantine.rejected > 0 && outcome.importId !== null && (
        <div className="outcome-actions">
          {waiting > 0 && <CorrectLinesButton fileName={fileName} onOpen={() => setCorrecting(true)} />}
          <QuarantineDownload importId={outcome.importId} fileName={fileName} />
        </div>
      )}
      {/* Held apart from the button: correcting the last line waiting takes the button away. */}
      {correcting && outcome.importId !== null && <CorrectionDialog importId={outcome.importId} fileName={fileName} onClose={() => setCorrecting(false)} />}
    </li>
  );
}
