import { useEffect, useId, useRef, useState } from 'react';
import type { SavedMappingSummary } from '../../../../shared/contract/column-mapping';
import type { WorkstationApi } from '../../../../shared/contract/workstation-api';
import { useChannelAnswer } from '../../api/use-channel-answer';
import { useWorkstation } from '../../api/workstation-context';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Panel } from '../../components/Panel';
import { useDraft } from '../../components/use-draft';
import { RecordsTable } from '../../components/RecordsTable';
import { dateTimeLabel } from '../../format/calendar-text';
import { countText } from '../../format/figures-text';
import { useImportStore } from '../../stores/import-store';

const askLayouts = (api: WorkstationApi) => api.listMappings();

type Pending = { kind: 'rename'; layout: SavedMappingSummary } | { kind: 'delete'; layout: SavedMappingSummary };

/** "The statement it read stays imported", for a layout that read `count` statements (at least one). */
function keptText(count: number): string {
  return count === 1 ? 'The statement it read stays imported' : `The ${countText(count)} statements it read stay imported`;
}

/**
 * The column layouts the user mapped for files no built-in format reads: which columns recognise
 * each, how much it has read, and a way to rename or delete it.
 */
export function SavedLayoutsPanel() {
  const api = useWorkstation();
  const layouts = useChannelAnswer(askLayouts);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const focusDone = useRef(false);

  // A layout saved from a file's card has that file checked again: the list is asked again with it.
  const { reload } = layouts;
  const readAs = useImportStore((state) => state.entries.map((entry) => entry.preview?.variant ?? '').join('\n'));
  const readAsBefore = useRef(readAs);
  useEffect(() => {
    if (readAsBefore.current === readAs) return;
    readAsBefore.current = readAs;
    reload();
  }, [readAs, reload]);

  // The row's Delete, which the dialog gives the focus back to, goes with the layout: the notice takes it.
  useEffect(() => {
    if (!done || !focusDone.current) return;
    focusDone.current = false;
    doneRef.current?.focus();
  }, [done]);

  function close() {
    setPending(null);
    setError(null);
  }

  async function rename(layout: SavedMappingSummary, name: string) {
    setBusy(true);
    setError(null);
    const answer = await api.renameMapping({ mappingId: layout.mappingId, name });
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error.message);
      return;
    }
    close();
    setDone(`Renamed “${layout.name}” to “${answer.value.name}”.`);
    layouts.reload();
  }

  async function remove(layout: SavedMappingSummary) {
    setBusy(true);
    setError(null);
    const answer = await api.deleteMapping({ mappingId: layout.mappingId });
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error.message);
      return;
    }
    close();
    focusDone.current = true;
    const kept = answer.value.importsKept;
    setDone(`Deleted “${answer.value.name}”.${kept ? ` ${keptText(kept)}.` : ''}`);
    layouts.reload();
  }

  return (
    <>
      <Panel
        title="Saved layouts"
        subtitle="Column mappings for files no built-in format reads"
        answer={layouts}
        short
        failure="The saved layouts could not be loaded"
        isEmpty={(value) => value.mappings.length === 0}
        emptyText="No saved layouts yet. When a file’s columns are new to the app, “Map columns…” on its card saves one here."
        toolbar={
          done ? (
            <p ref={doneRef} className="notice notice--ok" role="status" tabIndex={-1}>
              {done}
            </p>
          ) : null
        }
      >
        {(value) => (
          <LayoutsTable
            layouts={value.mappings}
            onRename={(layout) => {
              setDone(null);
              setPending({ kind: 'rename', layout });
            }}
            onDelete={(layout) => {
              setDone(null);
              setPending({ kind: 'delete', layout });
            }}
          />
        )}
      </Panel>
      <RenameLayoutDialog
        layout={pending?.kind === 'rename' ? pending.layout : null}
        busy={busy}
        error={error}
        onRename={(layout, name) => void rename(layout, name)}
        onClose={close}
      />
      <ConfirmDialog
        open={pending?.kind === 'delete'}
        title="Delete this saved layout?"
        confirmLabel="Delete layout"
        busyLabel="Deleting…"
        busy={busy}
        error={error}
        onConfirm={() => pending && void remove(pending.layout)}
        onClose={close}
      >
        {pending?.kind === 'delete' && (
          <>
            <p className="dialog-file">{pending.layout.name}</p>
            <p>
              Files with these columns will no longer be read by it; you can map them again.
              {pending.layout.filesImported > 0 && ` ${keptText(pending.layout.filesImported)}, with every line.`}
            </p>
          </>
        )}
      </ConfirmDialog>
    </>
  );
}

function LayoutsTable({ layouts, onRename, onDelete }: { layouts: SavedMappingSummary[]; onRename(layout: SavedMappingSummary): void; onDelete(layout: SavedMappingSummary): void }) {
  return (
    <RecordsTable
      caption="Saved layouts"
      columns={
        <>
          <th scope="col">Name</th>
          <th scope="col">Source columns</th>
          <th scope="col" className="numeric">
            Version
          </th>
          <th scope="col">Last used</th>
          <th scope="col" className="numeric">
            Files imported
          </th>
        </>
      }
    >
      {layouts.map((layout) => (
        <tr key={layout.mappingId}>
          <th scope="row">{layout.name}</th>
          <td>
            <ul className="mapping-fingerprint" aria-label={`Columns of ${layout.name}`}>
              {layout.columns.map((column) => (
                <li key={column}>{column}</li>
              ))}
            </ul>
          </td>
          <td className="numeric">{layout.version}</td>
          <td>{layout.lastUsedAt ? dateTimeLabel(layout.lastUsedAt) : 'Not yet'}</td>
          <td className="numeric">{countText(layout.filesImported)}</td>
          <td className="row-actions">
            <button type="button" className="button button--small" aria-label={`Rename ${layout.name}`} onClick={() => onRename(layout)}>
              Rename
            </button>{' '}
            <button type="button" className="button button--small" aria-label={`Delete ${layout.name}`} onClick={() => onDelete(layout)}>
              Delete
            </button>
          </td>
        </tr>
      ))}
    </RecordsTable>
  );
}

interface RenameLayoutDialogProps {
  /** The layout being renamed; null while the dialog is closed. */
  layout: SavedMappingSummary | null;
  busy: boolean;
  error: string | null;
  onRename(layout: SavedMappingSummary, name: string): void;
  onClose(): void;
}

function RenameLayoutDialog({ layout, busy, error, onRename, onClose }: RenameLayoutDialogProps) {
  const inputId = useId();
  const [name, setName] = useDraft(layout, layout?.name ?? '');
  const trimmed = name.trim();
  return (
    <ConfirmDialog
      open={layout !== null}
      title="Rename saved layout"
      confirmLabel="Rename"
      busyLabel="Renaming…"
      busy={busy}
      canConfirm={trimmed !== '' && trimmed !== layout?.name}
      error={error}
      onConfirm={() => layout && onRename(layout, trimmed)}
      onClose={onClose}
    >
      <div className="field">
        <label htmlFor={inputId}>New name</label>
        <input id={inputId} type="text" value={name} maxLength={80} required onChange={(event) => setName(event.target.value)} />
      </div>
      <p>Imports it read are listed under the new name too.</p>
    </ConfirmDialog>
  );
}
