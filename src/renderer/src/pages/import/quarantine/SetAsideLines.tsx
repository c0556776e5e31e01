import type { QuarantinedLine } from '../../../../../shared/contract/quarantine';
import { countText } from '../../../format/figures-text';
import { bringBackAllLabel } from './shown-lines';

interface SetAsideLinesProps {
  summaryId: string;
  lines: readonly QuarantinedLine[];
  total: number;
  disabled: boolean;
  onBringBack(lines: number[]): void;
}

/**
 * The lines set aside as never to import, folded away, each with a way to bring it back to wait
 * for correction, and one to bring back every line listed at once.
 */
export function SetAsideLines({ summaryId, lines, total, disabled, onBringBack }: SetAsideLinesProps) {
  return (
    <details className="set-aside-lines">
      <summary id={summaryId}>Set aside ({countText(total)})</summary>
      <div className="quarantined-lines-bar">
        <p className="quarantined-line-reason">Out of the figures and no longer waiting for correction. Bring a line back to correct it after all.</p>
        <button type="button" className="button button--small" disabled={disabled} onClick={() => onBringBack(lines.map((line) => line.line))}>
          {bringBackAllLabel(lines.length, total)}
        </button>
      </div>
      <ol className="set-aside-list" aria-label="Lines set aside">
        {lines.map((line) => (
          <li key={line.line} className="set-aside-line">
            <div className="set-aside-line-text">
              <span className="set-aside-line-number">Line {line.line}</span>
              <code title={line.reason}>{line.raw}</code>
            </div>
            <button type="button" className="button button--small" disabled={disabled} aria-label={`Bring back line ${line.line}`} onClick={() => onBringBack([line.line])}>
              Bring back
            </button>
          </li>
        ))}
      </ol>
      {total > lines.length && (
        <p className="quarantined-line-reason">
          The first {countText(lines.length)} of {countText(total)} lines set aside.
        </p>
      )}
    </details>
  );
}
