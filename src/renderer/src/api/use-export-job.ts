import { useEffect, useRef, useState } from 'react';
import { createExportJob, type ExportJob, type ExportJobState, type StartExportJob } from './export-job';
import { useWorkstation } from './workstation-context';

export interface ExportJobControls {
  state: ExportJobState;
  run(): void;
  cancel(): void;
}

/**
 * A job-backed export for a component: `run` starts it with `start`, `cancel` stops it, `state`
 * follows it to its end. Leaving the page cancels a job still running: no one is left to take the file.
 */
export function useExportJob(start: StartExportJob): ExportJobControls {
  const api = useWorkstation();
  const [state, setState] = useState<ExportJobState>({ kind: 'idle' });
  const job = useRef<ExportJob | null>(null);

  useEffect(() => {
    const created = createExportJob(api, setState);
    job.current = created;
    return () => {
      created.dispose();
      job.current = null;
    };
  }, [api]);

  return {
    state,
    run: () => void job.current?.start(start),
    cancel: () => void job.current?.cancel(),
  };
}
