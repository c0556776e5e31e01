import { exportJobBusy, type StartExportJob } from '../api/export-job';
import { useExportJob } from '../api/use-export-job';
import { ExportOutcomeStatus } from './ExportOutcomeStatus';
import { JobProgressBar } from './JobProgressBar';

interface JobExportButtonProps {
  /** The button's text, and its accessible name when the text alone would not say which. */
  label: string;
  accessibleName?: string;
  /** What the job does, naming its progress bar and its Cancel button: "Exporting these lines". */
  activity: string;
  /** Starts the core's export job; once it succeeds its file is saved or downloaded as the shell can. */
  start: StartExportJob;
}

/**
 * An export long enough to be a job (every statement line behind a figure): progress and time
 * left while it runs, Cancel, then the file handed over and what happened said beside it.
 */
export function JobExportButton({ label, accessibleName, activity, start }: JobExportButtonProps) {
  const { state, run, cancel } = useExportJob(start);
  const busy = exportJobBusy(state);
  const cancelling = state.kind === 'running' && state.cancelling;
  return (
    <div className="prepared-export">
      {/* aria-disabled, not disabled: a disabled button drops the keyboard focus on the floor. */}
      <button type="button" className="button button--small" aria-label={accessibleName} aria-disabled={busy} onClick={busy ? undefined : run}>
        {label}
      </button>
      {state.kind === 'running' && (
        <div className="job-export-running">
          <JobProgressBar compact label={activity} progress={state.progress} />
          <button
            type="button"
            className="button button--small"
            aria-label={`Cancel ${activity.charAt(0).toLowerCase()}${activity.slice(1)}`}
            aria-disabled={cancelling}
            onClick={cancelling ? undefined : cancel}
          >
            {cancelling ? 'Cancelling…' : 'Cancel'}
          </button>
        </div>
      )}
      {state.kind === 'starting' && <span className="prepared-export-status">Starting…</span>}
      {state.kind === 'handing-over' && <span className="prepared-export-status">Saving…</span>}
      {state.kind === 'cancelled' && (
        <span className="prepared-export-status" role="status">
          Export cancelled.
        </span>
      )}
      <ExportOutcomeStatus outcome={state.kind === 'finished' ? state.outcome : null} />
    </div>
  );
}
