import { useId } from 'react';
import { MAPPING_DELIMITERS, MAPPING_ENCODINGS, type MappingDelimiter, type MappingEncoding, type MappingInspection } from '../../../../../shared/contract/column-mapping';
import type { SourceChoice } from './use-inspection';

const DELIMITER_LABELS: Record<MappingDelimiter, string> = { '\t': 'Tab', ',': 'Comma ( , )', ';': 'Semicolon ( ; )', '|': 'Pipe ( | )' };
const ENCODING_LABELS: Record<MappingEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252 (Western European)',
  shift_jis: 'Shift_JIS (Japanese)',
};

interface SourceChoicesProps {
  /** The latest inspection, whose sniffed values the selects show until the user picks others. */
  inspection: MappingInspection | null;
  source: SourceChoice;
  onSource(source: SourceChoice): void;
}

/** How the file is split and decoded (text), or which sheet is read (workbook). */
export function SourceChoices({ inspection, source, onSource }: SourceChoicesProps) {
  const ids = useId();
  if (inspection?.kind === 'workbook' || source.sheet !== undefined) {
    const sheets = inspection?.sheets ?? (source.sheet ? [source.sheet] : []);
    return (
      <div className="mapping-source">
        <div className="field">
          <label htmlFor={`${ids}-sheet`}>Sheet</label>
          <select id={`${ids}-sheet`} value={source.sheet ?? inspection?.sheet ?? ''} disabled={!inspection} onChange={(event) => onSource({ ...source, sheet: event.target.value })}>
            {sheets.map((sheet) => (
              <option key={sheet} value={sheet}>
                {sheet}
              </option>
            ))}
          </select>
        </div>
      </div>
    );
  }
  return (
    <div className="mapping-source">
      <div className="field">
        <label htmlFor={`${ids}-delimiter`}>Delimiter</label>
        <select
          id={`${ids}-delimiter`}
          value={source.delimiter ?? inspection?.delimiter ?? ','}
          disabled={!inspection && source.delimiter === undefined}
          onChange={(event) => onSource({ ...source, delimiter: event.target.value as MappingDelimiter })}
        >
          {MAPPING_DELIMITERS.map((delimiter) => (
            <option key={delimiter} value={delimiter}>
              {DELIMITER_LABELS[delimiter]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-encoding`}>Encoding</label>
        <select
          id={`${ids}-encoding`}
          value={source.encoding ?? inspection?.encoding ?? 'utf-8'}
          disabled={!inspection && source.encoding === undefined}
          onChange={(event) => onSource({ ...source, encoding: event.target.value as MappingEncoding })}
        >
          {MAPPING_ENCODINGS.map((encoding) => (
            <option key={encoding} value={encoding}>
              {ENCODING_LABELS[encoding]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
