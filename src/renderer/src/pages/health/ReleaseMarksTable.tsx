import type { ReleaseComparison } from '../../../../shared/analytics/release-comparison-contract';
import { dayLabel } from '../../format/calendar-text';
import { markCells, type MarkCells } from './release-marks';

/** Marks a figure spread over a statement period; the footnote under the table says what that means. */
const SPREAD_MARK = '†';

function MarkCell({ cells, figure }: { cells: MarkCells; figure: 'revenue' | 'streams' }) {
  return (
    <td className={`numeric release-mark release-mark--${cells.kind}`} title={cells.note ?? undefined}>
      {cells[figure]}
      {cells.kind === 'spread' && (
        <>
          <span aria-hidden="true">{SPREAD_MARK}</span>
          <span className="visually-hidden"> (estimated)</span>
        </>
      )}
      {figure === 'revenue' && cells.waiting && <span className="unconverted-note"> {cells.waiting}</span>}
    </td>
  );
}

/** Revenue and streams of each release through its 7th, 30th and 90th day, each revenue saying what it leaves out for want of an FX rate. */
export function ReleaseMarksTable({ comparison }: { comparison: ReleaseComparison }) {
  const { marks, releases, baseCurrency, dataThrough } = comparison;
  const anySpread = releases.some((release) => release.marks.some((mark) => mark.spread));
  return (
    <>
      <div className="table-scroll">
        <table className="result-table release-marks-table">
          <caption className="visually-hidden">Latest releases at day {marks.join(', ')}</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                Release
              </th>
              <th scope="col" rowSpan={2}>
                Artist
              </th>
              <th scope="col" rowSpan={2}>
                First sale day
              </th>
              {marks.map((days) => (
                <th key={days} scope="colgroup" colSpan={2} className="release-mark-group">
                  Day {days}
                </th>
              ))}
            </tr>
            <tr>
              {marks.map((days) => (
                <FigureHeadings key={days} currency={baseCurrency} />
              ))}
            </tr>
          </thead>
          <tbody>
            {releases.map((release) => (
              <tr key={release.releaseId}>
                <th scope="row" title={release.upc ? `UPC ${release.upc}` : undefined}>
                  {release.title}
                </th>
                <td>{release.artist ?? '—'}</td>
                <td>{dayLabel(release.releaseDay)}</td>
                {release.marks.map((mark, index) => {
                  const waiting = release.unconverted.byMark[index] ?? 0;
                  const cells = markCells(mark, baseCurrency, dataThrough, waiting > 0 ? { lines: waiting, currencies: release.unconverted.currencies } : null);
                  return [<MarkCell key={`${mark.days}-revenue`} cells={cells} figure="revenue" />, <MarkCell key={`${mark.days}-streams`} cells={cells} figure="streams" />];
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {anySpread && (
        <p className="health-footnote">
          {SPREAD_MARK} Estimated: a statement period (a monthly statement, say) runs across that day, so its figures were spread evenly over the period&apos;s days.
        </p>
      )}
    </>
  );
}

function FigureHeadings({ currency }: { currency: string }) {
  return (
    <>
      <th scope="col" className="numeric">
        Revenue <span className="visually-hidden">in {currency}</span>
      </th>
      <th scope="col" className="numeric">
        Streams
      </th>
    </>
  );
}
