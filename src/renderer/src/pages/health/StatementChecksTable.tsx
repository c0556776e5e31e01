import { useId, useState } from 'react';
import { RecordsTable } from '../../components/RecordsTable';
import { foldedApart, noStatedTotalText, type ImportChecks } from './statement-checks';
import { StatementCheckRow } from './StatementCheckRow';

/** The seven columns below and the row's actions. */
const CELLS = 8;

/**
 * Each import's own stated totals against what was imported, mismatches first; every check on
 * demand. The statements that state no total fold behind one line after the rest.
 */
export function StatementChecksTable({ imports }: { imports: ImportChecks[] }) {
  const ids = useId();
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const [unfolded, setUnfolded] = useState(false);
  const { listed, noStatedTotal } = foldedApart(imports);

  function toggle(importId: number) {
    setOpen((previous) => {
      const next = new Set(previous);
      if (!next.delete(importId)) next.add(importId);
      return next;
    });
  }

  const row = (checked: ImportChecks) => (
    <StatementCheckRow
      key={checked.importId}
      checked={checked}
      detailsId={`${ids}-${checked.importId}`}
      expanded={open.has(checked.importId)}
      columns={CELLS}
      onToggle={() => toggle(checked.importId)}
    />
  );

  return (
    <RecordsTable
      caption="Statement checks"
      className="statement-checks-table"
      columns={
        <>
          <th scope="col">File</th>
          <th scope="col">Format and platforms</th>
          <th scope="col">Check</th>
          <th scope="col" className="numeric">
            Stated
          </th>
          <th scope="col" className="numeric">
            Found
          </th>
          <th scope="col" className="numeric">
            Difference
          </th>
          <th scope="col">Status</th>
        </>
      }
    >
      {listed.map(row)}
      {noStatedTotal.length > 0 && (
        <tr className="check-fold">
          <td colSpan={CELLS}>
            {noStatedTotalText(noStatedTotal.length)} —{' '}
            <button
              type="button"
              className="button button--small button--quiet"
              aria-expanded={unfolded}
              aria-label={`${unfolded ? 'Hide' : 'Show'} the statements that state no total`}
              onClick={() => setUnfolded(!unfolded)}
            >
              {unfolded ? 'Hide' : 'Show'}
            </button>
          </td>
        </tr>
      )}
      {unfolded && noStatedTotal.map(row)}
    </RecordsTable>
  );
}
