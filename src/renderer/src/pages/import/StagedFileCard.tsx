import { useId, useState } from 'react';
import { useImportHistory } from '../../api/use-import-history';
import { useWorkstation } from '../../api/workstation-context';
import { fileSizeText } from '../../format/figures-text';
import { useAppStore } from '../../stores/app-store';
import { useImportStore, type ImportMode, type StagedEntry } from '../../stores/import-store';
import { EARLIER_IMPORT_UNDONE, earlierImportText } from './earlier-import-text';
import { answerTo, keptUnderReplace } from './overlap-answers';
import { OverlapChoiceGroup } from './OverlapChoiceGroup';
import { previewCard, type PreviewCard } from './preview-card';
import { ReadAsChoice } from './ReadAsChoice';
import { CardSampleLines } from './CardSampleLines';
import { OutcomeWarnings } from './OutcomeWarnings';
import { SheetChoice } from './SheetChoice';
import { uploadProgress } from './upload-progress';
import { isStale, recheckedByItself } from './stale-check';
import { withStagedReportParts } from './staged-report-parts';
import type { OverlapQuestion, StagedAbove, StatementHeldAbove } from './staged-overlaps';
import { sameStatementText } from './same-statement-text';
import { stagedStanding, type StagedStanding } from './staged-standing';
import { heldAboveText, withoutHeldAbove } from './statements-held-above';
import { MappingWizard } from './mapping/MappingWizard';
import { needsColumnMapping } from './mapping/needs-column-mapping';

const WORKING_LABELS = { uploading: 'Uploading…', checking: 'Checking…' } as const;

function workingLabel(entry: StagedEntry): string | null {
  return entry.phase === 'uploading' || entry.phase === 'checking' ? WORKING_LABELS[entry.phase] : null;
}

/** The badge's words where they are not the check's own (the card's status label). */
const STANDING_TEXTS: Partial<Record<StagedStanding, string>> = { answer: 'Answer needed', twice: 'Picked twice', replaced: 'Replaced below' };
const STANDING_TONES: Record<StagedStanding, string> = {
  working: 'working', answer: 'waiting', ready: 'good', twice: 'neutral', replaced: 'neutral', imported: 'neutral', strict: 'bad', refused: 'bad',
};

/** The card's badge says where the file stands as the list's filters count it (stagedStanding). */
function badge(entry: StagedEntry, standing: StagedStanding, card: PreviewCard | null): { text: string; tone: string } {
  const tone = STANDING_TONES[standing];
  const working = workingLabel(entry);
  if (working) return { text: working, tone };
  if (entry.phase === 'failed' || !card) return { text: 'Not checked', tone };
  return { text: STANDING_TEXTS[standing] ?? card.statusLabel, tone };
}

interface StagedFileCardProps {
  entry: StagedEntry;
  mode: ImportMode;
  /** What the file is asked about earlier imports and files above it of the same period, if anything. */
  question: OverlapQuestion | undefined;
  /** The files above that hold every statement of this one: it is not imported a second time. */
  sameAs: StagedAbove[] | undefined;
  /** Statements of this zip or workbook that a file above holds: they are not imported a second time. */
  heldAbove: StatementHeldAbove[] | undefined;
  /** The file below that replaces this one whole (the user chose Replace there): this one is not sent. */
  replacedBy: StagedAbove | undefined;
  /** One card of many: its first lines fold away, a click from view. */
  compact: boolean;
}

/** One file waiting to be imported: what the app found in it, and what importing it would do. */
export function StagedFileCard({ entry, mode, question, sameAs, heldAbove, replacedBy, compact }: StagedFileCardProps) {
  const titleId = useId();
  // Kept here, not in the mapping block, which is gone once the file reads well with the new mapping.
  const [mappingNote, setMappingNote] = useState<string | null>(null);
  // A DDEX report's files staged together say so, not that the others are not imported yet.
  const reworded = withStagedReportParts(entry, useImportStore((state) => state.entries), mode);
  // Counts what will be imported: statements held above are left to the file that holds them.
  const preview = reworded && heldAbove ? withoutHeldAbove(reworded, heldAbove) : reworded;
  const card = preview ? previewCard(preview, mode) : null;
  const standing = stagedStanding({ entry: { ...entry, preview }, question, sameAs, replacedBy, mode });
  const { text, tone } = badge(entry, standing, card);
  const working = workingLabel(entry);
  // A large file is not checked again by itself when the imports change: its card offers it.
  const importsVersion = useAppStore((state) => state.importsVersion);
  const stale = isStale(entry, importsVersion) && !recheckedByItself(entry, importsVersion);
  const api = useWorkstation();
  const uploaded = uploadProgress(entry);
  const details = uploaded?.text ?? [card?.formatText, entry.byteLength === null ? null : fileSizeText(entry.byteLength)].filter(Boolean).join(' · ');

  return (
    // Focusable from code alone: the panel moves the focus here when what had it in the card is gone (use-focus-kept.ts).
    <article className={`staged-card staged-card--${tone}`} aria-labelledby={titleId} aria-busy={working !== null} data-staged-key={entry.key} tabIndex={-1}>
      <header className="staged-card-header">
        <div className="staged-card-name">
          <h3 id={titleId}>{entry.fileName}</h3>
          {details && <p className="staged-card-format">{details}</p>}
        </div>
        <span className={`status-badge status-badge--${tone}`}>{text}</span>
        <button type="button" className="button button--quiet button--small" aria-label={`Remove ${entry.fileName}`} onClick={() => useImportStore.getState().remove(entry.key)}>
          Remove
        </button>
      </header>

      {working && <progress className="staged-card-progress" aria-label={`${working} ${entry.fileName}`} max={1} value={uploaded?.share} />}
      {entry.phase === 'failed' && (
        <p className="notice notice--error" role="alert">
          {entry.error}
        </p>
      )}
      {entry.sheetChoice && entry.stagedId && <SheetChoiceField entry={entry} sheets={entry.sheetChoice} />}
      {entry.formatChoice && entry.stagedId && <FormatChoiceField entry={entry} choice={entry.formatChoice} />}
      {stale && (
        <p className="notice notice--warning staged-card-stale" role="status">
          Imports have changed since {entry.fileName} was checked: what it overlaps or repeats may differ now.{' '}
          <button type="button" className="button button--small" onClick={() => void useImportStore.getState().recheck(api, entry.key)}>
            Check {entry.fileName} again
          </button>
        </p>
      )}
      {card && <PreviewDetails entry={entry} card={card} question={question} sameAs={sameAs} heldAbove={heldAbove} replacedBy={replacedBy} compact={compact} />}
      {entry.phase === 'checked' && needsColumnMapping(entry.preview) && <ColumnMapping entry={entry} onSaved={setMappingNote} />}
      {mappingNote && (
        <p className="notice notice--ok" role="status">
          {mappingNote}
        </p>
      )}
    </article>
  );
}

/** What the card knows, with the preview as its words read it. */
type PreviewDetailsProps = Omit<StagedFileCardProps, 'mode'> & { card: PreviewCard };

function PreviewDetails({ entry, card, question, sameAs, heldAbove, replacedBy, compact }: PreviewDetailsProps) {
  const refused = card.status === 'rejected' || card.status === 'refusedInStrictMode';
  return (
    <div className="staged-card-body">
      {card.statusMessage && <p className={refused ? 'notice notice--error' : 'notice'}>{card.statusMessage}</p>}

      {card.status === 'ready' && sameAs && <p className="notice">{sameStatementText(sameAs.map((above) => above.fileName))}</p>}

      {card.status === 'ready' && heldAbove && <p className="notice">{heldAboveText(heldAbove)}</p>}

      {card.status === 'ready' && replacedBy && <p className="notice">{`${replacedBy.fileName}, below, replaces this file, as chosen there: this file is not imported.`}</p>}

      {card.status === 'duplicate' && <EarlierImports entry={entry} importIds={card.duplicateOf} />}

      {/* A file the dry run refused, or found already imported, read nothing: its figures would all be zero. */}
      {(card.status === 'ready' || card.status === 'refusedInStrictMode') && (
        <dl className="fact-grid">
          {card.facts.map((fact) => (
            <div key={fact.label}>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
          <div>
            <dt>Earned</dt>
            <dd>
              {card.totals.length === 0
                ? '—'
                : card.totals.map((total) => (
                    <span key={total.currency} className="amount" title={total.exact}>
                      {total.text}
                    </span>
                  ))}
            </dd>
          </div>
        </dl>
      )}

      {card.totalsCheck && <p className="notice">{card.totalsCheck}</p>}

      {/* One box for them all, the first two listed: a mangled export can warn about a dozen barcodes. */}
      {card.notes.length > 0 && <OutcomeWarnings fileName={entry.fileName} warnings={card.notes} first={2} className="notice notice--warning staged-card-warnings" />}

      {question && card.status === 'ready' && (
        <OverlapChoiceGroup
          overlaps={card.overlaps}
          stagedAbove={question.staged.map((above) => above.fileName)}
          value={answerTo(question, entry.overlapAnswer)}
          onChange={(choice) => useImportStore.getState().setOverlap(entry.key, { choice, questionId: question.id, keep: keptUnderReplace(question, entry.overlapAnswer) })}
          kept={keptUnderReplace(question, entry.overlapAnswer)}
          onKeptChange={(keep) => useImportStore.getState().setOverlap(entry.key, { choice: 'replace', questionId: question.id, keep })}
        />
      )}

      {card.problems.length > 0 && (
        <div className="problem-block">
          <h4>{refused ? 'Other problems' : 'Lines that cannot be read'}</h4>
          <ul className="problem-list">
            {card.problems.map((problem, index) => (
              <li key={index}>
                <span className="problem-where">{problem.where}</span> {problem.reason}
              </li>
            ))}
          </ul>
          {card.moreProblems > 0 && <p className="problem-more">and {card.moreProblems.toLocaleString('en-US')} more</p>}
        </div>
      )}

      {card.sample.rows.length > 0 && <CardSampleLines fileName={entry.fileName} columns={card.sample.columns} rows={card.sample.rows} folded={compact} />}
    </div>
  );
}

/**
 * When and as what a file picked again was imported, from the history as it stands: an import
 * undone since no longer holds the file, which may then be checked again and imported.
 */
function EarlierImports({ entry, importIds }: { entry: StagedEntry; importIds: number[] }) {
  const api = useWorkstation();
  const history = useImportHistory();
  if (!history.value || importIds.length === 0) return null;
  const batches = importIds.map((importId) => history.value?.imports.find((batch) => batch.importId === importId));
  return (
    <div className="staged-card-earlier">
      {batches.map((batch, index) => (
        <p key={importIds[index]} className="staged-card-earlier-text">
          {batch ? earlierImportText(batch, entry.fileName) : EARLIER_IMPORT_UNDONE}
        </p>
      ))}
      {batches.includes(undefined) && (
        <button type="button" className="button button--small" onClick={() => void useImportStore.getState().recheck(api, entry.key)}>
          Check {entry.fileName} again
        </button>
      )}
    </div>
  );
}

/** The layouts that fit the file as well as the detected one; picking one checks the file again as it. */
function FormatChoiceField({ entry, choice }: { entry: StagedEntry; choice: NonNullable<StagedEntry['formatChoice']> }) {
  const api = useWorkstation();
  return (
    <ReadAsChoice
      choice={choice}
      value={entry.formatId}
      disabled={entry.phase === 'checking'}
      onChange={(formatId) => void useImportStore.getState().readAs(api, entry.key, formatId)}
    />
  );
}

/** A workbook's statement sheets; picking one checks that sheet alone, and imports only it. */
function SheetChoiceField({ entry, sheets }: { entry: StagedEntry; sheets: string[] }) {
  const api = useWorkstation();
  return (
    <SheetChoice
      sheets={sheets}
      value={entry.sheet}
      disabled={entry.phase === 'checking'}
      onChange={(sheet) => void useImportStore.getState().chooseSheet(api, entry.key, sheet)}
    />
  );
}

/** The way in for a layout the app does not know: the mapping wizard, and what came of it. */
function ColumnMapping({ entry, onSaved }: { entry: StagedEntry; onSaved(note: string): void }) {
  const api = useWorkstation();
  const [open, setOpen] = useState(false);
  if (!entry.stagedId) return null;
  return (
    <div className="staged-card-mapping">
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Map columns…
      </button>
      <p className="staged-card-mapping-hint">Tell the app which column is which. It remembers, and reads files with the same columns by itself.</p>
      {open && (
        <MappingWizard
          stagedId={entry.stagedId}
          fileName={entry.fileName}
          closestLayout={entry.preview?.closestLayout}
          onClose={() => setOpen(false)}
          onSaved={(saved) => {
            setOpen(false);
            onSaved(`Saved the mapping “${saved.name}” (version ${saved.version}); the file was checked again with it.`);
            void useImportStore.getState().recheck(api, entry.key);
          }}
        />
      )}
    </div>
  );
}
