import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Envelope } from '../../../../shared/contract/envelope';
import type { DropFolderPending, DropFolderState, DropFolderTake, ImportBatchSummary } from '../../../../shared/contract/imports';
import type { WorkstationApi } from '../../../../shared/contract/workstation-api';
import { useChannelAnswer } from '../../api/use-channel-answer';
import { useImportHistory } from '../../api/use-import-history';
import { useWorkstation } from '../../api/workstation-context';
import { dateTimeLabel } from '../../format/calendar-text';
import { useAppStore } from '../../stores/app-store';
import '../../styles/drop-folder.css';
import { dropFolderStatus, folderPathProblem, pendingSentence, pendingUnlistedText, takeLines } from './drop-folder-status';

const askDropFolder = (api: WorkstationApi) => api.dropFolder();

/** The answer to the user's last change, and the loaded state it replaced: a newer load wins. */
interface Changed {
  state: DropFolderState;
  over: DropFolderState | null;
}

/**
 * A folder the app watches: statements saved there are imported without a visit to this page.
 * The desktop app picks it with the system's folder dialog; a browser has no access to paths,
 * so there the path is typed.
 */
export function DropFolderPanel() {
  const api = useWorkstation();
  const shell = useAppStore((state) => state.info?.shell ?? 'browser');
  const answer = useChannelAnswer(askDropFolder);
  // The list outlives restarts: the history says which of its imports were undone or replaced since.
  const history = useImportHistory().value?.imports ?? null;
  const [changed, setChanged] = useState<Changed | null>(null);
  const [typed, setTyped] = useState('');
  const [showProblem, setShowProblem] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const inputId = useId();
  const problemId = useId();
  const recentId = useId();
  const pendingId = useId();
  const { reload } = answer;

  // A statement the folder skipped changes no data, so only the end of its job says there is news;
  // a file noticed, or waiting for another reason, is told of by the folder itself.
  useEffect(
    () =>
      api.onEvent((event) => {
        if ((event.type === 'job:finished' && event.job.kind === 'import') || event.type === 'dropFolder:changed') reload();
      }),
    [api, reload],
  );

  const state = changed && changed.over === answer.value ? changed.state : answer.value;
  const status = state ? dropFolderStatus(state) : null;
  const pathProblem = folderPathProblem(typed);

  async function change(request: () => Promise<Envelope<DropFolderState>>): Promise<boolean> {
    setBusy(true);
    setError(null);
    const result = await request();
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return false;
    }
    setChanged({ state: result.value, over: answer.value });
    // Asked again as well: a load that was under way when the change landed must not win with an older state.
    answer.reload();
    return true;
  }

  async function watch(event: FormEvent) {
    event.preventDefault();
    if (pathProblem) {
      setShowProblem(true);
      inputRef.current?.focus();
      return;
    }
    if (await change(() => api.setDropFolder({ folder: typed.trim() }))) {
      setTyped('');
      setShowProblem(false);
    }
  }

  const stopButton = state?.folder != null && (
    <button type="button" className="button" disabled={busy} onClick={() => void change(() => api.setDropFolder({ folder: null }))}>
      Stop watching
    </button>
  );

  let current;
  if (answer.error) {
    current = (
      <p className="notice notice--error" role="alert">
        The drop folder could not be read: {answer.error.message}
      </p>
    );
  } else if (!state || !status) {
    current = <div className="panel-skeleton panel-skeleton--short" aria-hidden="true" />;
  } else {
    current = (
      <>
        <p className="drop-folder-current">
          {state.folder === null ? (
            status.text
          ) : (
            <>
              <span className="drop-folder-current-label">{status.text}</span>
              <span className="path">{state.folder}</span>
            </>
          )}
        </p>
        {status.problem && (
          <p className="notice notice--error" role="alert">
            {status.problem}
          </p>
        )}
        {state.pending.length > 0 && (
          <div className="drop-folder-recent">
            <h3 id={pendingId}>Noticed in the folder</h3>
            <ul className="drop-folder-takes" aria-labelledby={pendingId} aria-live="polite">
              {state.pending.map((file) => (
                <PendingFile key={`${file.since} ${file.fileName}`} file={file} />
              ))}
            </ul>
            {state.pendingUnlisted > 0 && <p className="drop-folder-take-time">{pendingUnlistedText(state.pendingUnlisted)}</p>}
          </div>
        )}
        {state.recent.length > 0 && (
          <div className="drop-folder-recent">
            <h3 id={recentId}>Taken from the folder</h3>
            <ol className="drop-folder-takes" aria-labelledby={recentId} aria-live="polite">
              {state.recent.map((take, index) => (
                <RecentTake key={`${take.takenAt} ${take.fileName} ${state.recent.length - index}`} take={take} history={history} />
              ))}
            </ol>
          </div>
        )}
      </>
    );
  }

  return (
    <section className="panel" aria-labelledby={titleId} aria-busy={answer.loading || busy}>
      <header className="panel-header">
        <h2 id={titleId}>Drop folder</h2>
        {status && <span className={`status-badge status-badge--${status.tone}`}>{status.label}</span>}
      </header>
      <div className="panel-body drop-folder-body">
        <p className="drop-folder-lead">New statements saved into this folder are imported automatically; you&apos;ll find them in the history below.</p>
        {current}
        {error && (
          <p className="notice notice--error" role="alert">
            {error}
          </p>
        )}
        {shell === 'electron' ? (
          <div className="drop-folder-actions">
            <button type="button" className="button" disabled={busy} onClick={() => void change(() => api.chooseDropFolder())}>
              Choose drop folder…
            </button>
            {stopButton}
          </div>
        ) : (
          <form className="drop-folder-form" onSubmit={(event) => void watch(event)} noValidate>
            <div className="field">
              <label htmlFor={inputId}>Folder to watch</label>
              <input
                ref={inputRef}
                id={inputId}
                type="text"
                value={typed}
                maxLength={4096}
                autoComplete="off"
                spellCheck={false}
                placeholder="Full path, such as /home/you/Statements"
                aria-invalid={showProblem && pathProblem !== null}
                aria-describedby={showProblem && pathProblem ? problemId : undefined}
                onChange={(event) => setTyped(event.target.value)}
              />
            </div>
            <button type="submit" className="button button--primary" disabled={busy}>
              Watch
            </button>
            {stopButton}
          </form>
        )}
        {shell !== 'electron' && showProblem && pathProblem && (
          <p id={problemId} className="field-problem">
            {pathProblem}
          </p>
        )}
      </div>
    </section>
  );
}

function PendingFile({ file }: { file: DropFolderPending }) {
  return (
    <li className="drop-folder-pending">
      <span>{pendingSentence(file)}</span>
      <time className="drop-folder-take-time" dateTime={file.since}>
        noticed {dateTimeLabel(file.since)}
      </time>
    </li>
  );
}

function RecentTake({ take, history }: { take: DropFolderTake; history: readonly ImportBatchSummary[] | null }) {
  return (
    <li className="drop-folder-take">
      <span className="drop-folder-take-file">{take.fileName}</span>
      <time className="drop-folder-take-time" dateTime={take.takenAt}>
        {dateTimeLabel(take.takenAt)}
      </time>
      {takeLines(take, history).map((line, index) => (
        <p key={index} className="drop-folder-take-outcome">
          {line.part !== null && <span className="path">{line.part}: </span>}
          {line.text}
        </p>
      ))}
    </li>
  );
}
