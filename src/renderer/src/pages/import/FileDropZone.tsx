import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useWorkstation } from '../../api/workstation-context';
import { useAppStore } from '../../stores/app-store';
import { useImportStore } from '../../stores/import-store';

/** "Choose files…", where the focus goes when the summary it led to is closed. */
export const CHOOSE_FILES_ID = 'choose-statement-files';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Where statements come in: dropped anywhere on the page, or picked with a button. The desktop
 * app opens its native dialog (the core then reads the files where they are); a browser uploads.
 */
export function FileDropZone() {
  const api = useWorkstation();
  const shell = useAppStore((state) => state.info?.shell ?? 'browser');
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    // dragenter and dragleave fire for every element crossed, so only the count says "still over".
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length > 0) void useImportStore.getState().addUploads(api, files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [api]);

  function choose() {
    if (shell === 'electron') void useImportStore.getState().chooseFiles(api);
    else inputRef.current?.click();
  }

  function picked(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    // Cleared so that picking the same file again (say, after an undo) still reports a change.
    event.target.value = '';
    if (files.length > 0) void useImportStore.getState().addUploads(api, files);
  }

  return (
    <>
      <section className={dragging ? 'drop-zone drop-zone--active' : 'drop-zone'} aria-labelledby="drop-zone-title">
        <svg className="drop-zone-icon" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M12 15V4m0 0-4 4m4-4 4 4M5 14v4a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-4" />
        </svg>
        <h2 id="drop-zone-title">Drop statement files anywhere on this page</h2>
        <p className="drop-zone-hint">Statements from any distributor or store — CSV, TSV, Excel, zip or DDEX files. Each file is checked before anything is imported.</p>
        <button id={CHOOSE_FILES_ID} type="button" className="button button--primary" onClick={choose}>
          Choose files…
        </button>
        <input ref={inputRef} type="file" multiple hidden aria-label="Statement files" onChange={picked} />
      </section>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop to check these files</p>
        </div>
      )}
    </>
  );
}
