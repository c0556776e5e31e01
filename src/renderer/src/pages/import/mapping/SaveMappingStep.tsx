import { useId } from 'react';
import type { ImportPreview } from '../../../../../shared/contract/imports';
import { countText, currencyTotals } from '../../../format/figures-text';

interface SaveMappingStepProps {
  name: string;
  onName(name: string): void;
  /** The header's names: a later file is read with this mapping when its header has the same ones. */
  columns: readonly string[];
  preview: ImportPreview | null;
}

/** Step 3: a name for the mapping, and what saving it means for later files. */
export function SaveMappingStep({ name, onName, columns, preview }: SaveMappingStepProps) {
  const ids = useId();
  const totals = preview ? currencyTotals(preview.amounts) : [];
  // Why Save mapping is disabled, said at the field that makes it so.
  const problem = name.trim() === '' ? 'Type a name for the mapping.' : null;
  return (
    <div className="mapping-step mapping-save">
      <div className="field">
        <label htmlFor={`${ids}-name`}>Mapping name</label>
        <input
          id={`${ids}-name`}
          type="text"
          value={name}
          maxLength={80}
          required
          placeholder="e.g. the distributor’s name"
          aria-invalid={problem !== null}
          aria-describedby={problem ? `${ids}-name-problem ${ids}-name-hint` : `${ids}-name-hint`}
          onChange={(event) => onName(event.target.value)}
        />
        {problem && (
          <p id={`${ids}-name-problem`} className="field-problem">
            {problem}
          </p>
        )}
        <p id={`${ids}-name-hint`} className="mapping-field-hint">
          Imports of these files are listed under this name.
        </p>
      </div>
      {preview && preview.status === 'ready' && (
        <p>
          This file: {countText(preview.importable)} lines, {totals.map((total) => total.text).join(' + ')} earned.
        </p>
      )}
      <div>
        <p>From now on, every file whose header has these {columns.length} columns, in any order, is read with this mapping:</p>
        <ul className="mapping-fingerprint" aria-label="Columns that recognise the layout">
          {columns.map((column) => (
            <li key={column}>{column}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
