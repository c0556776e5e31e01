import { useState } from 'react';
import type { CorrectedLineVerdict, QuarantinedLine, QuarantinedRecordLayout } from '../../../../../shared/contract/quarantine';
import { readingParts } from './correction-reading';
import { lineCells } from './line-cells';
import { QuarantinedLineCells } from './QuarantinedLineCells';

interface QuarantinedLineFieldProps {
  line: QuarantinedLine;
  /** How the import's lines split into columns; null: the line is corrected as text only. */
  record: QuarantinedRecordLayout | null;
  /** Opened as text rather than cell by cell (a long list, see LINES_BY_COLUMN_AT_MOST). */
  startAsText: boolean;
  text: string;
  verdict: CorrectedLineVerdict | undefined;
  disabled: boolean;
  onEdit(text: string): void;
  onSetAside(): void;
}

/** The id of a quarantined line's text field, for the dialog to bring focus back to it. */
export const lineFieldId = (line: number) => `quarantined-line-${line}`;

/**
 * One quarantined line: its record to correct, cell by cell under the file's column names (or as
 * the text of the record, which a line that is no single record needs), opened on the last
 * correction tried when there is one (with the line as printed beneath it), why the text was
 * refused, how the correction reads once checked, and a way to set it aside instead.
 */
export function QuarantinedLineField({ line, record, startAsText, text, verdict, disabled, onEdit, onSetAside }: QuarantinedLineFieldProps) {
  const [asText, setAsText] = useState(startAsText);
  const id = lineFieldId(line.line);
  const described = [`${id}-reason`, line.tried && `${id}-printed`, verdict && `${id}-verdict`].filter(Boolean).join(' ');
  const reason = line.tried ? `Last correction still cannot be read: ${line.tried.reason}` : `Quarantined: ${line.reason}`;
  const split = record && !asText ? lineCells(text, record) : null;
  const splittable = record !== null && (split !== null || lineCells(text, record) !== null);
  return (
    <li className="quarantined-line">
      <div className="quarantined-line-heading">
        {split ? (
          <span className="quarantined-line-title">
            Line {line.line} {line.tried ? 'as last corrected' : 'as printed'}
          </span>
        ) : (
          <label htmlFor={id}>
            Line {line.line} {line.tried ? 'as last corrected' : 'as printed'}
          </label>
        )}
        <span className="quarantined-line-actions">
          {record && (
            <button
              type="button"
              className="button button--small button--quiet"
              disabled={disabled || (asText && !splittable)}
              title={asText && !splittable ? 'The text is not one record of the file: mend its quotes or line breaks first' : undefined}
              aria-label={split ? `Edit line ${line.line} as text` : `Edit line ${line.line} by column`}
              onClick={() => setAsText(split !== null)}
            >
              {split ? 'Edit as text' : 'Edit by column'}
            </button>
          )}
          <button type="button" className="button button--small button--quiet" disabled={disabled} aria-label={`Set aside line ${line.line}`} onClick={onSetAside}>
            Set aside
          </button>
        </span>
      </div>
      <p id={`${id}-reason`} className="quarantined-line-reason">
        {reason}
      </p>
      {split && record ? (
        <QuarantinedLineCells
          id={id}
          lineNumber={line.line}
          split={split}
          layout={record}
          // Once a check reads the line, no cell is to blame any more.
          blame={verdict?.reads ? '' : (verdict?.reason ?? reason)}
          describedBy={described}
          disabled={disabled}
          onEdit={onEdit}
        />
      ) : (
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
      )}
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
