import type { JobProgress } from '../../../shared/contract/jobs';
import { etaText, phaseText, progressDetail, progressPercent, progressValueText, waitedText } from './job-progress-text';

interface JobProgressBarProps {
  label: string;
  progress: JobProgress | null;
  /** How fast the job reads, when the page can tell (e.g. "2.4 MB/s"). */
  speed?: string | null;
  /** Beside a button in a toolbar or a table row: the bar and one line of counts and time left. */
  compact?: boolean;
}

/**
 * A job's progress as a bar with counts and time left (or waited, while it waits its turn); an
 * unknown total shows an activity bar. A screen reader hears the phase when it changes ("Finishing
 * march.csv…"), not every count and second left, and finds the share and the file on the bar.
 */
export function JobProgressBar({ label, progress, speed = null, compact = false }: JobProgressBarProps) {
  const percent = progressPercent(progress);
  const eta = etaText(progress?.etaMs ?? null);
  const waited = waitedText(progress?.waitedMs);
  return (
    <div className={compact ? 'job-progress job-progress--compact' : 'job-progress'}>
      {!compact && (
        <div className="job-progress-labels">
          <span>{progress?.message ?? label}</span>
          {percent !== null && <span className="job-progress-percent">{percent}%</span>}
        </div>
      )}
      <progress aria-label={label} aria-valuetext={progressValueText(percent, progress)} max={100} value={percent ?? undefined} />
      <div className="job-progress-labels job-progress-labels--muted">
        <span>{progress ? progressDetail(progress) : 'Starting…'}</span>
        {(speed || eta || waited) && <span>{[speed, eta, waited].filter(Boolean).join(' · ')}</span>}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {progress ? phaseText(progress) : `${label}: starting`}
      </p>
    </div>
  );
}
