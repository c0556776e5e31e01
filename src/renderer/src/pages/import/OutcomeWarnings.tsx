import { useId, useState } from 'react';

/** Warnings listed per file at first; the others are a click away, so a long list buries no other file. */
const WARNINGS_SHOWN = 3;

interface OutcomeWarningsProps {
  fileName: string;
  warnings: readonly string[];
  /** Listed before the button; a staged card, one of many, lists fewer than the summary. */
  first?: number;
  className?: string;
}

/**
 * A file's warnings: the first few, and a button for the rest — a report's standing or a repaired
 * barcode can be the fourth warning of a busy file, and the import summary is where it is read.
 * A staged file's card lists its warnings the same way, in one box.
 */
export function OutcomeWarnings({ fileName, warnings, first = WARNINGS_SHOWN, className = 'outcome-detail' }: OutcomeWarningsProps) {
  const [all, setAll] = useState(false);
  const listId = useId();
  const hidden = warnings.length - first;
  const shown = all ? warnings : warnings.slice(0, first);
  return (
    <div className={className}>
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
