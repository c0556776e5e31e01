import { JobExportButton } from '../../components/JobExportButton';

/**
 * A statement's lines as the store keeps them — periods, platform, territory, the recording each
 * was matched to, exact amounts in their own and the base currency, kept columns — to check how
 * the file was read against the file itself.
 */
export function StoredLinesDownload({ importId, fileName }: { importId: number; fileName: string }) {
  return (
    <JobExportButton
      label="Lines (CSV)"
      accessibleName={`Download the stored lines of ${fileName} (CSV)`}
      activity={`Exporting the stored lines of ${fileName}`}
      start={(api) =>
        api.exportStatementLines({
          filters: [{ field: 'importBatch', op: 'equals', values: [importId] }],
          timeRange: { kind: 'preset', preset: 'all' },
          fileName: `${fileName.replace(/\.[^.]+$/, '')}-stored-lines.csv`,
        })
      }
    />
  );
}
