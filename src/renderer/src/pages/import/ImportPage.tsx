import { useImportStore } from '../../stores/import-store';
import { DropFolderPanel } from './DropFolderPanel';
import { FileDropZone } from './FileDropZone';
import { ImportHistoryPanel } from './ImportHistoryPanel';
import { ImportRunPanel } from './ImportRunPanel';
import { SavedLayoutsPanel } from './SavedLayoutsPanel';
import { StagedFilesPanel } from './StagedFilesPanel';

/** This month's statements in: pick or drop them, check each one, import, and undo if need be. */
export function ImportPage() {
  const hasEntries = useImportStore((state) => state.entries.length > 0);
  const notice = useImportStore((state) => state.notice);
  return (
    <div className="page import-page">
      <div className="page-heading">
        <div>
          <h1>Import statements</h1>
          <p className="page-lead">Add the files your distributors sent. Each one is checked first; nothing is imported until you say so.</p>
        </div>
      </div>
      {notice && (
        <p className="notice notice--error" role="alert">
          {notice}
        </p>
      )}
      <FileDropZone />
      <ImportRunPanel />
      {hasEntries && <StagedFilesPanel />}
      <DropFolderPanel />
      <SavedLayoutsPanel />
      <ImportHistoryPanel />
    </div>
  );
}
