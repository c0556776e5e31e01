import type { WorkstationErrorShape } from '../../../shared/contract/envelope';

interface StartupScreenProps {
  error: WorkstationErrorShape | null;
  onRetry(): void;
}

/** Shown until the workstation has said what it holds, or why it cannot be reached. */
export function StartupScreen({ error, onRetry }: StartupScreenProps) {
  if (!error) {
    return (
      <p className="startup" role="status">
        Opening the workstation…
      </p>
    );
  }
  return (
    <section className="startup startup--error" aria-labelledby="startup-title">
      <h1 id="startup-title">The workstation cannot be reached</h1>
      <p role="alert">{error.message}</p>
      <button type="button" className="button button--primary" onClick={onRetry}>
        Try again
      </button>
    </section>
  );
}
