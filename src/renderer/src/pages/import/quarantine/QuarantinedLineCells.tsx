import type { QuarantinedRecordLayout } from '../../../../../shared/contract/quarantine';
import { blamedColumn, withCell, type LineCells } from './line-cells';

interface QuarantinedLineCellsProps {
  /** The id the dialog focuses: the first cell the reason blames, or the first cell. */
  id: string;
  lineNumber: number;
  split: LineCells;
  layout: QuarantinedRecordLayout;
  /** The reason that may name a column (`column "…"`), or '' when none is to blame. */
  blame: string;
  describedBy: string;
  disabled: boolean;
  onEdit(text: string): void;
}

/**
 * A quarantined line cell by cell, each under its column's name, the cell the reason blames
 * marked: a user mends "Earnings (USD)" without counting delimiters, and a cell holding the
 * delimiter, a quote or a line break is written back quoted as the file would.
 */
export function QuarantinedLineCells({ id, lineNumber, split, layout, blame, describedBy, disabled, onEdit }: QuarantinedLineCellsProps) {
  const blamed = split.names.findIndex((name) => blamedColumn(blame, name));
  const focused = blamed >= 0 ? blamed : 0;
  return (
    <fieldset className="quarantined-line-cells" aria-describedby={describedBy}>
      <legend className="visually-hidden">Line {lineNumber} by column</legend>
      {split.cells.map((cell, index) => {
        const cellId = index === focused ? id : `${id}-cell-${index}`;
        const isBlamed = index === blamed;
        const edit = (value: string) => onEdit(withCell(split.cells, index, value, layout));
        return (
          <div key={index} className={isBlamed ? 'quarantined-line-cell quarantined-line-cell--blamed' : 'quarantined-line-cell'}>
            <label htmlFor={cellId} title={split.names[index]}>
              {split.names[index]}
            </label>
            {/* A cell holding a line break keeps it: an input would drop it. */}
            {cell.includes('\n') ? (
              <textarea id={cellId} value={cell} rows={2} spellCheck={false} disabled={disabled} aria-invalid={isBlamed || undefined} onChange={(event) => edit(event.target.value)} />
            ) : (
              <input id={cellId} type="text" value={cell} spellCheck={false} disabled={disabled} aria-invalid={isBlamed || undefined} onChange={(event) => edit(event.target.value)} />
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
