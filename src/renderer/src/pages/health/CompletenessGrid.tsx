import type { Completeness } from '../../../../shared/analytics/completeness-contract';
import { CELL_STATES, completenessRows, monthHeading, type CellState } from './completeness-grid';

/** Platforms down, sale months across; each cell a symbol and a colour for the eye, its state in words for everyone. */
export function CompletenessGrid({ completeness }: { completeness: Completeness }) {
  const rows = completenessRows(completeness);
  return (
    <div className="completeness">
      <div className="table-scroll">
        <table className="result-table completeness-table">
          <caption className="visually-hidden">Sales imported per platform and sale month</caption>
          <thead>
            <tr>
              <th scope="col">Platform</th>
              {completeness.months.map((month) => {
                const heading = monthHeading(month);
                return (
                  <th key={month} scope="col" className="completeness-month" title={heading.full}>
                    <span aria-hidden="true">
                      {heading.short}
                      <span className="completeness-year">{heading.year}</span>
                    </span>
                    <span className="visually-hidden">{heading.full}</span>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.platformId}>
                <th scope="row" className="completeness-platform">
                  {row.name}
                  <span className="completeness-lag">{row.lag}</span>
                </th>
                {row.cells.map((cell) => (
                  <td key={cell.month} className={`completeness-cell completeness-cell--${cell.state}`} title={cell.title}>
                    <span aria-hidden="true">{CELL_STATES[cell.state].symbol}</span>
                    <span className="visually-hidden">{CELL_STATES[cell.state].label}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CompletenessLegend />
    </div>
  );
}

function CompletenessLegend() {
  return (
    <dl className="completeness-legend" aria-label="Legend">
      {(Object.keys(CELL_STATES) as CellState[]).map((state) => (
        <div key={state} className="completeness-legend-item">
          <dt>
            <span className={`completeness-cell completeness-cell--${state}`} aria-hidden="true">
              {CELL_STATES[state].symbol}
            </span>{' '}
            {CELL_STATES[state].label}
          </dt>
          <dd>{CELL_STATES[state].meaning}</dd>
        </div>
      ))}
    </dl>
  );
}
