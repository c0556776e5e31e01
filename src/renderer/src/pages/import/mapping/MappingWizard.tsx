import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ClosestLayout } from '../../../../../shared/contract/imports';
import { useWorkstation } from '../../../api/workstation-context';
import { useModalDialog } from '../../../components/use-modal-dialog';
import '../../../styles/mapping-wizard.css';
import { closestLayoutHint } from './closest-layout-hint';
import { FieldMappingStep } from './FieldMappingStep';
import { columnNames, headerOf, specFromDraft, type MappingDraft } from './mapping-draft';
import { layoutName } from './layout-name';
import { draftForHeaderRow } from './mapping-guesses';
import { RawRowsStep } from './RawRowsStep';
import { SaveMappingStep } from './SaveMappingStep';
import { useInspection, type SourceChoice } from './use-inspection';
import { shownPreview, useMappingPreview } from './use-mapping-preview';
import { WizardSteps } from './WizardSteps';

export const WIZARD_STEPS = ['Header row', 'Columns', 'Save'] as const;

interface MappingWizardProps {
  stagedId: string;
  fileName: string;
  /** The known layout the file's header comes close to, when its preview found one. */
  closestLayout?: ClosestLayout;
  onClose(): void;
  onSaved(saved: { name: string; version: number }): void;
}

type SaveState = { phase: 'idle' } | { phase: 'saving' } | { phase: 'failed'; message: string };

/**
 * Teaches the app a statement layout it does not know: the header row, then which column is which
 * field (previewed live against the real file), then a name. Saved, the mapping reads this file
 * and every later one with the same header.
 */
export function MappingWizard({ stagedId, fileName, closestLayout, onClose, onSaved }: MappingWizardProps) {
  const api = useWorkstation();
  const dialogRef = useModalDialog(true, onClose);
  const stepHeadingRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const [step, setStep] = useState(0);
  const [source, setSource] = useState<SourceChoice>({});
  const inspectionState = useInspection(stagedId, source);
  const [draft, setDraft] = useState<MappingDraft | null>(null);
  const [name, setName] = useState(() => layoutName(fileName));
  const [save, setSave] = useState<SaveState>({ phase: 'idle' });
  // Held as it was when the wizard opened: a refreshed preview of the card must not reset the user's choices.
  const [closest] = useState(closestLayout);

  // Each step starts at its heading ("Step 2 of 3: Columns"): what had the focus went with the last
  // step, or is Next, disabled while the preview is read, which drops the focus to the page behind.
  useEffect(() => {
    stepHeadingRef.current?.focus();
  }, [step]);

  // Other rows (a new delimiter, encoding or sheet) mean another header: the fields are guessed afresh.
  useEffect(() => {
    if (inspectionState.phase !== 'ready') setDraft(null);
    else setDraft(draftForHeaderRow(inspectionState.inspection, inspectionState.inspection.suggestedHeaderRow, closest));
  }, [inspectionState, closest]);

  const inspection = inspectionState.phase === 'ready' ? inspectionState.inspection : null;
  const built = inspection && draft ? specFromDraft(inspection, draft, source.encoding ?? null) : null;
  const preview = useMappingPreview(stagedId, step > 0 ? (built?.spec ?? null) : null);
  const readable = preview.phase === 'ready' && preview.preview.status === 'ready';

  const canGoOn = [inspection !== null && draft !== null, built?.spec != null && readable, built?.spec != null && name.trim() !== ''][step] ?? false;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!canGoOn) return;
    if (step < WIZARD_STEPS.length - 1) {
      setStep(step + 1);
      return;
    }
    if (!built?.spec || save.phase === 'saving') return;
    setSave({ phase: 'saving' });
    const answer = await api.saveMapping({ name: name.trim(), mapping: built.spec });
    if (!answer.ok) {
      setSave({ phase: 'failed', message: `The mapping was not saved: ${answer.error.message}` });
      return;
    }
    onSaved({ name: name.trim(), version: answer.value.version });
  }

  return (
    <dialog ref={dialogRef} className="dialog mapping-wizard" aria-labelledby={titleId} aria-modal="true">
      <form onSubmit={submit} className="dialog-form mapping-wizard-form">
        <header className="dialog-header">
          <h2 id={titleId}>Map the columns of {fileName}</h2>
          <WizardSteps steps={WIZARD_STEPS} current={step} headingRef={stepHeadingRef} />
          {/* In the header, so it stays in view on every step while the body scrolls. */}
          {closestLayout && <p className="notice mapping-wizard-hint">{closestLayoutHint(closestLayout)}</p>}
        </header>

        <div className="mapping-wizard-body">
          {step === 0 && (
            <RawRowsStep
              fileName={fileName}
              state={inspectionState}
              source={source}
              onSource={setSource}
              headerRow={draft?.headerRow ?? null}
              onHeaderRow={(row) => inspection && setDraft(draftForHeaderRow(inspection, row, closest))}
            />
          )}
          {step === 1 && inspection && draft && (
            <FieldMappingStep fileName={fileName} inspection={inspection} draft={draft} onDraft={setDraft} remaining={built?.problems ?? []} preview={preview} />
          )}
          {step === 2 && inspection && draft && (
            <SaveMappingStep name={name} onName={setName} columns={columnNames(headerOf(inspection, draft.headerRow))} preview={shownPreview(preview)} />
          )}
        </div>

        {save.phase === 'failed' && (
          <p className="dialog-status dialog-status--error" role="alert">
            {save.message}
          </p>
        )}
        <footer className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          {step > 0 && (
            <button type="button" className="button" onClick={() => setStep(step - 1)}>
              Back<span className="visually-hidden">: {WIZARD_STEPS[step - 1]}</span>
            </button>
          )}
          <button type="submit" className="button button--primary" disabled={!canGoOn || save.phase === 'saving'}>
            {step < WIZARD_STEPS.length - 1 ? (
              <>
                Next<span className="visually-hidden">: {WIZARD_STEPS[step + 1]}</span>
              </>
            ) : save.phase === 'saving' ? (
              'Saving…'
            ) : (
              'Save mapping'
            )}
          </button>
        </footer>
      </form>
    </dialog>
  );
}
