import { useId, type Ref } from 'react';
import type { StagedSummary } from './staged-summary';

interface StagedActionBarProps {
  ref: Ref<HTMLElement>;
  summary: StagedSummary;
  /** Moves the focus to the first file waiting for an answer. */
  onShowWaiting(): void;
  /** Why Import waits for answers, or null. */
  waitingFor: string | null;
  /** The files strict mode leaves out, or null. */
  refusedText: string | null;
  buttonLabel: string;
  disabled: boolean;
  onImport(): void;
}

/**
 * The staged files counted and the Import button, kept at the foot of the window while the list
 * is longer than it, so neither is a long scroll away; the cards keep their focused parts above it.
 */
export function StagedActionBar({ ref, summary, onShowWaiting, waitingFor, refusedText, buttonLabel, disabled, onImport }: StagedActionBarProps) {
  const waitId = useId();
  const refusedId = useId();
  return (
    <footer ref={ref} className="import-actions">
      <div className="import-tally">
        <p className="import-summary-line" aria-live="polite">
          {summary.lead}
          {summary.waiting && (
            <>
              ,{' '}
              <button type="button" className="link-button" onClick={onShowWaiting}>
                {summary.waiting}
              </button>
            </>
          )}
          {summary.rest}
        </p>
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
      </div>
      <button
        type="button"
        className="button button--primary button--large"
        disabled={disabled}
        aria-describedby={[waitingFor ? waitId : null, refusedText ? refusedId : null].filter(Boolean).join(' ') || undefined}
        onClick={onImport}
      >
        {buttonLabel}
      </button>
    </footer>
  );
}
