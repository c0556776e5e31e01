import type { CorrectedLineVerdict, QuarantinedLine } from '../../../../../shared/contract/quarantine';
import { readingParts } from './correction-reading';

interface QuarantinedLineFieldProps {
  line: QuarantinedLine;
  text: string;
  verdict: CorrectedLineVerdict | undefined;
  disabled: boolean;
  onEdit(text: string): void;
  onSetAside(): void;
}

/** The id of a quarantined line's text field, for the dialog to bring focus back to it. */
export const lineFieldId = (line: number) => `quarantined-line-${line}`;

/**
 * One quarantined line: its record to correct, opened on the last correction tried when there is
 * one (with the line as printed beneath it), why the text in the field was refused, how the
 * correction reads once checked, and a way to set it aside instead.
 */
export function QuarantinedLineField({ line, text, verdict, disabled, onEdit, onSetAside }: QuarantinedLineFieldProps) {
  const id = lineFieldId(line.line);
  const described = [`${id}-reason`, line.tried && `${id}-printed`, verdict && `${id}-verdict`].filter(Boolean).join(' ');
  return (
    <li className="quarantined-line">
      <div className="quarantined-line-heading">
        <label htmlFor={id}>
          Line {line.line} {line.tried ? 'as last corrected' : 'as printed'}
        </label>
        <button type="button" className="button button--small button--quiet" disabled={disabled} aria-label={`Set aside line ${line.line}`} onClick={onSetAside}>
          Set aside
        </button>
      </div>
      <p id={`${id}-reason`} className="quarantined-line-reason">
        {line.tried ? `Last correction still cannot be read: ${line.tried.reason}` : `Quarantined: ${line.reason}`}
      </p>
      <textarea
        id={id}
        className="quarantined-line-text"
        value={text}
        rows={Math.min(4, text.split('\n').length + 1)}
        spellCheck={false}
        wrap="off"
        disabled={disabled}
        aria-describedby={described}
        onChange={(event) => onEdit(event.target.value)}
      />
      {line.tried && (
        <p id={`${id}-printed`} className="quarantined-line-printed">
          As printed: <code>{line.raw}</code>
        </p>
      )}
      {verdict && <Verdict id={`${id}-verdict`} verdict={verdict} />}
    </li>
  );
}

function Verdict({ id, verdict }: { id: string; verdict: CorrectedLineVerdict }) {
  if (!verdict.reads) {
    return (
      <p id={id} className="quarantined-line-verdict quarantined-line-verdict--refused">
        Still cannot be read: {verdict.reason}
      </p>
    );
  }
  return (
    <div id={id} className="quarantined-line-verdict quarantined-line-verdict--reads">
      <p>Reads as:</p>
      <dl>
        {readingParts(verdict.sample).map((part) => (
          <div key={part.label}>
            <dt>{part.label}</dt>
            <dd>{part.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
