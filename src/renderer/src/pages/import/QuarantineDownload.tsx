import { PreparedExportButton } from '../../components/PreparedExportButton';

/** The lines an import set aside, with line numbers and reasons, as a CSV to fix and import again. */
export function QuarantineDownload({ importId, fileName }: { importId: number; fileName: string }) {
  return (
    <PreparedExportButton
      label="Download quarantined lines (CSV)"
      accessibleName={`Download quarantined lines (CSV) of ${fileName}`}
      prepare={(api) => api.exportQuarantine({ importId })}
    />
  );
}
