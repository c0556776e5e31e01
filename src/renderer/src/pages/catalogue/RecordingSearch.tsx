import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useWorkstation } from '../../api/workstation-context';
import { mergeTargets, searchResultDetail, searchResultScore, searchResultText, searchText, SEARCH_TEXT_LIMIT, type FoundRecording, type RecordingRef } from './review-rows';

/** Long enough that typing a word asks once, short enough that the list keeps up with the reader. */
const SEARCH_DELAY_MS = 250;

interface SearchAnswer {
  query: string;
  recordings: FoundRecording[];
  error: string | null;
}

interface RecordingSearchProps {
  /** The recording being merged, which is never its own target. */
  recordingId: number;
  picked: RecordingRef | null;
  onPick(recording: RecordingRef): void;
}

/**
 * A search box over the whole catalogue with its results as a listbox (the ARIA combobox
 * pattern): the focus stays in the box, arrow keys walk the results and Enter picks one.
 */
export function RecordingSearch({ recordingId, picked, onPick }: RecordingSearchProps) {
  const api = useWorkstation();
  const inputId = useId();
  const hintId = useId();
  const listId = useId();
  const [typed, setTyped] = useState('');
  const [answer, setAnswer] = useState<SearchAnswer | null>(null);
  const [active, setActive] = useState(-1);
  const query = searchText(typed);

  useEffect(() => {
    if (query === null) {
      setAnswer(null);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      void api.searchRecordings({ text: query }).then((result) => {
        if (!current) return;
        setActive(-1);
        setAnswer(
          result.ok
            ? { query, recordings: mergeTargets(result.value.recordings, recordingId), error: null }
            : { query, recordings: [], error: `The search failed: ${result.error.message}` },
        );
      });
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, query, recordingId]);

  const found = query === null ? [] : (answer?.recordings ?? []);
  const searching = query !== null && answer?.query !== query;
  const optionId = (recording: FoundRecording) => `${listId}-${recording.recordingId}`;
  const activeOption = found[active];

  useEffect(() => {
    if (activeOption) document.getElementById(`${listId}-${activeOption.recordingId}`)?.scrollIntoView({ block: 'nearest' });
  }, [activeOption, listId]);

  function pick(recording: RecordingRef) {
    onPick(recording);
    // With nothing active, the next Enter submits the dialog: pick, then confirm, all from the keyboard.
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' && found.length > 0) {
      event.preventDefault();
      setActive((index) => Math.min(index + 1, found.length - 1));
    } else if (event.key === 'ArrowUp' && found.length > 0) {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter' && activeOption) {
      event.preventDefault();
      pick(activeOption);
    }
  }

  let status: string;
  if (query === null) status = 'Type part of a title, an artist or an ISRC.';
  else if (searching) status = 'Searching…';
  else if (answer?.error) status = answer.error;
  else if (found.length === 0) status = `No other recording matches “${query}”.`;
  else status = found.length === 1 ? '1 recording found. Use the arrow keys, then Enter, to pick it.' : `${found.length} recordings found. Use the arrow keys, then Enter, to pick one.`;

  return (
    <div className="recording-search">
      <div className="field">
        <label htmlFor={inputId}>Find the recording it really is</label>
        <input
          id={inputId}
          type="text"
          role="combobox"
          value={typed}
          maxLength={SEARCH_TEXT_LIMIT}
          autoComplete="off"
          spellCheck={false}
          placeholder="Title, artist or ISRC"
          aria-autocomplete="list"
          aria-expanded={found.length > 0}
          aria-controls={listId}
          aria-activedescendant={activeOption ? optionId(activeOption) : undefined}
          aria-describedby={hintId}
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <p id={hintId} className={answer?.error && !searching ? 'recording-search-status field-problem' : 'recording-search-status'} aria-live="polite">
          {status}
        </p>
      </div>
      <ul id={listId} role="listbox" aria-label="Recordings found" className={searching ? 'recording-options recording-options--stale' : 'recording-options'} hidden={found.length === 0}>
        {found.map((recording, index) => {
          const chosen = picked?.recordingId === recording.recordingId;
          const classes = ['recording-option', index === active ? 'recording-option--active' : '', chosen ? 'recording-option--chosen' : ''].filter(Boolean).join(' ');
          return (
            <li
              key={recording.recordingId}
              id={optionId(recording)}
              role="option"
              aria-selected={chosen}
              aria-label={searchResultText(recording)}
              className={classes}
              // The focus stays in the box, so typing can go on after a click.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(recording)}
            >
              <span className="recording-option-title">
                {recording.title}
                <span className="status-badge review-score" title={recording.reason}>
                  {searchResultScore(recording)}
                </span>
              </span>
              <span className="recording-option-detail">{searchResultDetail(recording)}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
