import type { ExportOutcome } from '../api/run-export';
import { linesText } from '../format/figures-text';

/**
 * What became of an export, said beside the button that made it: saved where, downloading, or
 * why not. A save dialog the user closed needs no word.
 */
export function ExportOutcomeStatus({ outcome }: { outcome: ExportOutcome | null }) {
  switch (outcome?.kind) {
    case 'saved':
      return (
        <span className="prepared-export-status" role="status">
          Saved {linesText(outcome.rows)} to <span className="path">{outcome.path}</span>
        </span>
      );
    case 'downloaded':
      return (
        <span className="prepared-export-status" role="status">
          Downloading {outcome.fileName}
        </span>
      );
    case 'failed':
      return (
        <span className="prepared-export-status prepared-export-status--error" role="alert">
          The download did not work: {outcome.message}
        </span>
      );
    default:
      return null;
  }
}
