import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { useWorkstation } from '../../api/workstation-context';
import { useAppStore } from '../../stores/app-store';
import { importableEntries, useImportStore } from '../../stores/import-store';
import { ImportModeChoice } from './ImportModeChoice';
import { overlapsToAnswerText } from './overlap-answers';
import { previewCard } from './preview-card';
import { StagedActionBar } from './StagedActionBar';
import { StagedFileCard } from './StagedFileCard';
import { StagedListTools } from './StagedListTools';
import { replacedBelow } from './replaced-below';
import { overlapQuestions, stagedTwice, statementsHeldAbove } from './staged-overlaps';
import { stagedStanding, standingCounts, type FilteredFile, type StagedStanding } from './staged-standing';
import { stagedSummary } from './staged-summary';
import { strictRefusalsText } from './strict-refusal';
import { useCardFilter } from './use-card-filter';
import { CARD_KEY, useFocusKept } from './use-focus-kept';
import { useMeasuredHeight } from './use-measured-height';

/** More cards than this and the list offers filters, and each card folds its first lines away. */
const MANY_FILES = 8;

function filesText(count: number): string {
  return count === 1 ? '1 file' : `${count} files`;
}

/** Never "Import 0 files": with nothing to send, the button says so, or that the files are still being checked. */
function importLabel(ready: number, working: number): string {
  if (ready > 0) return `Import ${filesText(ready)}`;
  return working > 0 ? 'Checking files…' : 'Nothing to import';
}

/**
 * The files picked so far, each with what importing it would do, and the button that does it.
 * A pile of statements (a backlog of years) is worked through with filters, a way to the files
 * waiting for an answer, and buttons that drop the files that would not be imported.
 */
export function StagedFilesPanel() {
  const api = useWorkstation();
  const panel = useRef<HTMLElement>(null);
  const bar = useRef<HTMLElement>(null);
  const barHeight = useMeasuredHeight(bar);
  const [jumpTo, setJumpTo] = useState<string | null>(null);
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
  const replaced = replacedBelow(entries, mode);
  const files: FilteredFile[] = entries.map((entry) => ({
    key: entry.key,
    standing: stagedStanding({ entry, question: questions.get(entry.key), sameAs: twice.get(entry.key), replacedBy: replaced.get(entry.key), mode }),
    warned: entry.preview !== null && previewCard(entry.preview, mode).notes.length > 0,
  }));
  const counts = standingCounts(files);
  const many = entries.length > MANY_FILES;
  const cardFilter = useCardFilter(files, many);
  const { filter, choose } = cardFilter;
  const shownKeys = cardFilter.shown.map((file) => file.key);
  const shown = new Set(shownKeys);
  const focusWatch = useFocusKept(panel, shownKeys);
  const refusedText = strictRefusalsText(counts.strict);
  const waitingFor = overlapsToAnswerText(sending, questions);
  const importing = runPhase === 'starting' || runPhase === 'running' || runPhase === 'cancelling';

  // An import, an undo or a bring-back changes what a card found (an earlier import gone, or a new
  // one over its period): each card checked before the change is checked again, as other panels ask
  // again; so are cards a cancelled run put back, which may have been checked before it imported.
  useEffect(() => {
    void useImportStore.getState().checkStaleAgain(api, importsVersion);
  }, [api, importsVersion, restored]);

  const summary = stagedSummary({
    total: entries.length,
    standing: counts,
    notChecked: entries.filter((entry) => entry.phase === 'failed' || (entry.phase === 'checked' && entry.preview === null)).length,
    holdingTwice: heldAbove.size,
  });

  // The card is shown (the filter switched if it hid it) before the focus can go to its question.
  useEffect(() => {
    if (jumpTo === null) return;
    setJumpTo(null);
    const card = panel.current?.querySelector<HTMLElement>(`[${CARD_KEY}="${jumpTo}"]`);
    card?.scrollIntoView({ block: 'start' });
    (card?.querySelector<HTMLElement>('.replace-which input, [role="radiogroup"] input') ?? card)?.focus();
  }, [jumpTo]);

  function showFirstWaiting(): void {
    const first = files.find((file) => file.standing === 'answer');
    if (!first) return;
    if (!shown.has(first.key)) choose('answer');
    setJumpTo(first.key);
  }

  function removeAll(standing: StagedStanding): void {
    for (const file of files) if (file.standing === standing) useImportStore.getState().remove(file.key);
    // The filter for them would show nothing now.
    if (filter === standing) choose('all');
    panel.current?.querySelector<HTMLElement>('[data-focus-fallback]')?.focus();
  }

  const barSpace = { '--staged-bar-height': `${barHeight ?? 0}px` } as CSSProperties;

  return (
    <section ref={panel} className="panel staged-panel" aria-labelledby="staged-title" style={barSpace} onFocus={focusWatch.onFocus} onBlur={focusWatch.onBlur}>
      <header className="panel-header">
        {/* Where the focus goes when what had it is removed and no card is left in its place. */}
        <h2 id="staged-title" tabIndex={-1} data-focus-fallback="">
          Files to import
        </h2>
      </header>
      <ImportModeChoice />
      <StagedListTools files={files} filtering={many} filter={filter} onFilter={choose} onRemoveAll={removeAll} />
      <div className={many ? 'staged-list staged-list--compact' : 'staged-list'}>
        {entries
          .filter((entry) => shown.has(entry.key))
          .map((entry) => (
            <StagedFileCard
              key={entry.key}
              entry={entry}
              mode={mode}
              question={questions.get(entry.key)}
              sameAs={twice.get(entry.key)}
              replacedBy={replaced.get(entry.key)}
              heldAbove={heldAbove.get(entry.key)}
              compact={many}
            />
          ))}
        {shown.size === 0 && (
          <p className="staged-list-empty">
            No files left under this filter.{' '}
            <button type="button" className="link-button" onClick={() => choose('all')}>
              Show all files
            </button>
          </p>
        )}
      </div>
      <StagedActionBar
        ref={bar}
        summary={summary}
        onShowWaiting={showFirstWaiting}
        waitingFor={waitingFor}
        refusedText={refusedText}
        buttonLabel={runPhase === 'starting' ? 'Starting…' : importLabel(ready, counts.working)}
        disabled={ready === 0 || importing || waitingFor !== null}
        onImport={() => void useImportStore.getState().start(api)}
      />
    </section>
  );
}
