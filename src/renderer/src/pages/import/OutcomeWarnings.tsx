import { useId, useState } from 'react';

/** Warnings listed per file at first; the others are a click away, so a long list buries no other file. */
const WARNINGS_SHOWN = 3;

/**
 * An imported file's warnings: the first few, and a button for the rest — a report's standing or a
 * repaired barcode can be the fourth warning of a busy file, and the summary is where it is read.
 */
export function OutcomeWarnings({ fileName, warnings }: { fileName: string; warnings: readonly string[] }) {
  const [all, setAll] = useState(false);
  const listId = useId();
  const hidden = warnings.length - WARNINGS_SHOWN;
  const shown = all ? warnings : warnings.slice(0, WARNINGS_SHOWN);
  return (
    <div className="outcome-detail">
      <ul id={listId} aria-label={`Warnings about ${fileName}`}>
        {shown.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
      {hidden > 0 && (
        <button type="button" className="button button--quiet button--small" aria-expanded={all} aria-controls={listId} onClick={() => setAll(!all)}>
          {all ? 'Show fewer warnings' : `Show ${hidden} more ${hidden === 1 ? 'warning' : 'warnings'}`}
        </button>
      )}
    </div>
  );
}
