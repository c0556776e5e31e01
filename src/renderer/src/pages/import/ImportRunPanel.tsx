import { useRef } from 'react';
import { useWorkstation } from '../../api/workstation-context';
import { JobProgressBar } from '../../components/JobProgressBar';
import { useFocusIfLost } from '../../components/use-focus-if-lost';
import { useImportStore } from '../../stores/import-store';
import { runProgressShown } from './import-run-progress';
import { runSpeed } from './import-speed';
import { ImportSummary } from './ImportSummary';

/** The import under way, with a way to stop it, or what the last one did. */
export function ImportRunPanel() {
  const api = useWorkstation();
  const run = useImportStore((state) => state.run);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Import went with the staged files, and Cancel goes disabled once pressed.
  useFocusIfLost(headingRef, run.phase);

  if (run.phase === 'idle') return null;
  if (run.phase === 'finished') return <ImportSummary result={run.result} mode={run.mode} pickedTwice={run.pickedTwice} replaced={run.replaced} putBack={run.putBack} />;

  const progress = run.phase === 'starting' ? null : run.progress;
  const speed = run.phase === 'starting' || !progress ? null : runSpeed(progress, run.pace, run.progressMs, run.sizes);

  return (
    <section className="panel import-run" aria-labelledby="import-run-title">
      <header className="panel-header">
        <h2 id="import-run-title" ref={headingRef} tabIndex={-1}>
          Importing
        </h2>
      </header>
      <div className="import-run-body">
        <JobProgressBar label="Importing statements" progress={progress && runProgressShown(progress)} speed={speed} />
        <button type="button" className="button" onClick={() => void useImportStore.getState().cancel(api)} disabled={run.phase !== 'running'}>
          {run.phase === 'cancelling' ? 'Cancelling…' : 'Cancel'}
        </button>
      </div>
    </section>
  );
}
