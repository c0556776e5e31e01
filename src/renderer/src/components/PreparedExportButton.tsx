import { useState } from 'react';
import type { ExportFile } from '../../../shared/contract/channels';
import type { Envelope } from '../../../shared/contract/envelope';
import type { WorkstationApi } from '../../../shared/contract/workstation-api';
import { handOverExport, type ExportOutcome } from '../api/run-export';
import { useWorkstation } from '../api/workstation-context';
import { ExportOutcomeStatus } from './ExportOutcomeStatus';

type Status = { kind: 'idle' } | { kind: 'working' } | ExportOutcome;

interface PreparedExportButtonProps {
  /** The button's text, and its accessible name when the text alone would not say which. */
  label: string;
  accessibleName?: string;
  /** Asks the core to prepare the file; the button then saves or downloads it as the shell can. */
  prepare(api: WorkstationApi): Promise<Envelope<ExportFile>>;
}

/** A file the core prepares on demand (quarantined lines, gauge readings), saved or downloaded, with what happened said beside it. */
export function PreparedExportButton({ label, accessibleName, prepare }: PreparedExportButtonProps) {
  const api = useWorkstation();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  async function run() {
    setStatus({ kind: 'working' });
    const created = await prepare(api);
    setStatus(created.ok ? await handOverExport(api, created.value) : { kind: 'failed', message: created.error.message });
  }

  return (
    <div className="prepared-export">
      <button type="button" className="button button--small" aria-label={accessibleName} disabled={status.kind === 'working'} onClick={() => void run()}>
        {status.kind === 'working' ? 'Preparing…' : label}
      </button>
      <ExportOutcomeStatus outcome={status.kind === 'idle' || status.kind === 'working' ? null : status} />
    </div>
  );
}
