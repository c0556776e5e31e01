import type { CorrectedLineVerdict, QuarantinedLine } from '../../../../../shared/contract/quarantine';
import { readingParts } from './correction-reading';

interface QuarantinedLineFieldProps {
  line: QuarantinedLine;
  text: string;
  verdict: CorrectedLineVerdict | undefined;
  disabled: boolean;
  onEdit(text: string): void;
}

/** One quarantined line: why it was set aside, its record to correct, and how the correction reads once checked. */
export function QuarantinedLineField({ line, text, verdict, disabled, onEdit }: QuarantinedLineFieldProps) {
  const id = `quarantined-line-${line.line}`;
  return (
    <li className="quarantined-line">
      <label htmlFor={id}>Line {line.line} as printed</label>
      <p id={`${id}-reason`} className="quarantined-line-reason">
        Quarantined: {line.reason}
      </p>
      <textarea
        id={id}
        className="quarantined-line-text"
        value={text}
        rows={Math.min(4, text.split('\n').length + 1)}
        spellCheck={false}
        wrap="off"
        disabled={disabled}
        aria-describedby={`${id}-reason${verdict ? ` ${id}-verdict` : ''}`}
        onChange={(event) => onEdit(event.target.value)}
      />
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
