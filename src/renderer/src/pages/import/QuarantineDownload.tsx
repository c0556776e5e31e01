import { useState } from 'react';
import { handOverExport, type ExportOutcome } from '../../api/run-export';
import { useWorkstation } from '../../api/workstation-context';
import { linesText } from '../../format/figures-text';

type Status = { kind: 'idle' } | { kind: 'working' } | ExportOutcome;

/** The lines an import set aside, with line numbers and reasons, as a CSV to fix and import again. */
export function QuarantineDownload({ importId, fileName }: { importId: number; fileName: string }) {
  const api = useWorkstation();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  async function download() {
    setStatus({ kind: 'working' });
    const created = await api.exportQuarantine({ importId });
    setStatus(created.ok ? await handOverExport(api, created.value) : { kind: 'failed', message: created.error.message });
  }

  return (
    <div className="quarantine-download">
      <button
        type="button"
        className="button button--small"
        aria-label={`Download quarantined lines (CSV) of ${fileName}`}
        disabled={status.kind === 'working'}
        onClick={() => void download()}
      >
        {status.kind === 'working' ? 'Preparing…' : 'Download quarantined lines (CSV)'}
      </button>
      <QuarantineStatus status={status} />
    </div>
  );
}

function QuarantineStatus({ status }: { status: Status }) {
  switch (status.kind) {
    case 'saved':
      return (
        <span className="quarantine-status" role="status">
          Saved {linesText(status.rows)} to <span className="path">{status.path}</span>
        </span>
      );
    case 'downloaded':
      return (
        <span className="quarantine-status" role="status">
          Downloading {status.fileName}
        </span>
      );
    case 'failed':
      return (
        <span className="quarantine-status quarantine-status--error" role="alert">
          The download did not work: {status.message}
        </span>
      );
    default:
      return null;
  }
}
