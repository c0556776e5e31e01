import { PreparedExportButton } from '../../components/PreparedExportButton';

/**
 * The audience figures a gauge file (Spotify for Artists) stored instead of statement lines — day
 * or window, subject, metric, value, the recording each was matched to — to check against the file.
 */
export function StoredReadingsDownload({ importId, fileName }: { importId: number; fileName: string }) {
  return (
    <PreparedExportButton
      label="Readings (CSV)"
      accessibleName={`Download the readings of ${fileName} (CSV)`}
      prepare={(api) => api.exportGaugeReadings({ importId })}
    />
  );
}
