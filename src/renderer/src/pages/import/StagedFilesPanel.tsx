import { useEffect, useId } from 'react';
import { useWorkstation } from '../../api/workstation-context';
import { SegmentedControl } from '../../components/SegmentedControl';
import { useAppStore } from '../../stores/app-store';
import { importableEntries, useImportStore, type ImportMode } from '../../stores/import-store';
import { awaitsOverlapAnswer, overlapsToAnswerText } from './overlap-answers';
import { StagedFileCard } from './StagedFileCard';
import { overlapQuestions, stagedTwice, statementsHeldAbove } from './staged-overlaps';
import { refusedInStrictMode, strictRefusalsText } from './strict-refusal';

const MODE_CHOICES: { value: ImportMode; label: string }[] = [
  { value: 'lenient', label: 'Lenient' },
  { value: 'strict', label: 'Strict' },
];

const MODE_HINTS: Record<ImportMode, string> = {
  lenient: 'Imports the lines that read well and quarantines the rest, each with its reason, to correct here afterwards or download.',
  strict: 'Rejects a whole file when any of its lines cannot be read, so nothing from it is counted.',
};

function filesText(count: number): string {
  return count === 1 ? '1 file' : `${count} files`;
}

/** Never "Import 0 files": with nothing to send, the button says so, or that the files are still being checked. */
function importLabel(ready: number, working: number): string {
  if (ready > 0) return `Import ${filesText(ready)}`;
  return working > 0 ? 'Checking files…' : 'Nothing to import';
}

/** The files picked so far, each with what importing it would do, and the button that does it. */
export function StagedFilesPanel() {
  const api = useWorkstation();
  const waitId = useId();
  const refusedId = useId();
  const modeLabelId = useId();
  const entries = useImportStore((state) => state.entries);
  const mode = useImportStore((state) => state.mode);
  const runPhase = useImportStore((state) => state.run.phase);
  const importsVersion = useAppStore((state) => state.importsVersion);
  const restored = useImportStore((state) => state.restored);
  const sending = importableEntries(entries, mode);
  const ready = sending.length;
  const questions = overlapQuestions(entries, mode);
  const twice = stagedTwice(entries, mode);
  const heldAbove = statementsHeldAbove(entries, mode);
  const unanswered = sending.filter((entry) => awaitsOverlapAnswer(questions.get(entry.key), entry.overlapAnswer)).length;
  const refused = entries.filter((entry) => entry.phase === 'checked' && entry.preview !== null && refusedInStrictMode(entry.preview, mode)).length;
  const refusedText = strictRefusalsText(refused);
  const waitingFor = overlapsToAnswerText(sending, questions);
  const working = entries.filter((entry) => entry.phase === 'uploading' || entry.phase === 'checking').length;
  const importing = runPhase === 'starting' || runPhase === 'running' || runPhase === 'cancelling';

  // An import, an undo or a bring-back changes what a card found (an earlier import gone, or a new
  // one over its period): each card checked before the change is checked again, as other panels ask
  // again; so are cards a cancelled run put back, which may have been checked before it imported.
  useEffect(() => {
    void useImportStore.getState().checkStaleAgain(api, importsVersion);
  }, [api, importsVersion, restored]);

  let summary = `${filesText(entries.length)}, ${ready - unanswered} ready to import`;
  if (unanswered > 0) summary += `, ${unanswered} waiting for an answer`;
  if (twice.size > 0) summary += `, ${twice.size} picked twice`;
  if (heldAbove.size > 0) summary += `, ${heldAbove.size} holding a statement picked twice`;
  if (refused > 0) summary += `, ${refused} to be refused in strict mode`;
  if (working > 0) summary += `, ${working} still being checked`;

  return (
    <section className="panel staged-panel" aria-labelledby="staged-title">
      <header className="panel-header">
        <h2 id="staged-title">Files to import</h2>
        <p className="panel-subtitle" aria-live="polite">
          {summary}
        </p>
      </header>
      <div className="staged-list">
        {entries.map((entry) => (
          <StagedFileCard key={entry.key} entry={entry} mode={mode} question={questions.get(entry.key)} sameAs={twice.get(entry.key)} heldAbove={heldAbove.get(entry.key)} />
        ))}
      </div>
      <footer className="import-actions">
        <div className="import-mode">
          {/* The group's own legend is for assistive technology only: this label shows it, and says it once. */}
          <span id={modeLabelId} className="import-mode-label">
            When a line cannot be read
          </span>
          <SegmentedControl
            legend="Import mode"
            options={MODE_CHOICES}
            value={mode}
            onChange={(value) => useImportStore.getState().setMode(value)}
            describedBy={modeLabelId}
          />
          <p className="import-mode-hint">{MODE_HINTS[mode]}</p>
        </div>
        <div className="import-go">
          {waitingFor && (
            <p id={waitId} className="import-wait">
              {waitingFor}
            </p>
          )}
          {refusedText && (
            <p id={refusedId} className="import-wait">
              {refusedText}
            </p>
          )}
          <button
            type="button"
            className="button button--primary button--large"
            disabled={ready === 0 || importing || waitingFor !== null}
            aria-describedby={[waitingFor ? waitId : null, refusedText ? refusedId : null].filter(Boolean).join(' ') || undefined}
            onClick={() => void useImportStore.getState().start(api)}
          >
            {runPhase === 'starting' ? 'Starting…' : importLabel(ready, working)}
          </button>
        </div>
      </footer>
    </section>
  );
}
