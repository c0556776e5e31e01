import { Fragment, useId, useState } from 'react';
import { RecordsTable } from '../../components/RecordsTable';
import { differenceText, figureText, headlineCheck, mismatchesFirst, platformsText, STATUS_TEXT, type CheckStatus, type ImportChecks } from './statement-checks';

const COLUMNS = 7;

const BADGE: Record<CheckStatus, string> = {
  mismatch: 'status-badge status-badge--bad',
  matched: 'status-badge status-badge--good',
  noStatedTotal: 'status-badge',
  notRecorded: 'status-badge',
};

/** Each import's own stated totals against what was imported, mismatches first; every check on demand. */
export function StatementChecksTable({ imports }: { imports: ImportChecks[] }) {
  const ids = useId();
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());

  function toggle(importId: number) {
    setOpen((previous) => {
      const next = new Set(previous);
      if (!next.delete(importId)) next.add(importId);
      return next;
    });
  }

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
      {mismatchesFirst(imports).map((checked) => {
        const check = headlineCheck(checked);
        const detailsId = `${ids}-${checked.importId}`;
        const expanded = open.has(checked.importId);
        return (
          <Fragment key={checked.importId}>
            <tr className={checked.status === 'mismatch' ? 'check-row--mismatch' : undefined}>
              <th scope="row" className="check-file" title={checked.fileName}>
                {checked.fileName}
              </th>
              <td>
                {checked.format}
                {checked.platforms.length > 0 && (
                  <span className="check-platforms" title={checked.platforms.length > 2 ? checked.platforms.join(', ') : undefined}>
                    {platformsText(checked.platforms)}
                  </span>
                )}
              </td>
              <td>{check?.label ?? '—'}</td>
              <td className="numeric">{check ? figureText(check.stated, check) : '—'}</td>
              <td className="numeric">{check ? figureText(check.found, check) : '—'}</td>
              <td className="numeric" title={check?.difference ? 'Found minus stated' : undefined}>
                {check ? differenceText(check) : '—'}
              </td>
              <td>
                <span className={BADGE[checked.status]}>{STATUS_TEXT[checked.status]}</span>
              </td>
              <td className="row-actions">
                {checked.checks.length > 1 && (
                  <button
                    type="button"
                    className="button button--small"
                    aria-expanded={expanded}
                    aria-controls={expanded ? detailsId : undefined}
                    aria-label={`${expanded ? 'Hide' : 'Show'} all ${checked.checks.length} checks of ${checked.fileName}`}
                    onClick={() => toggle(checked.importId)}
                  >
                    {expanded ? 'Hide checks' : `All ${checked.checks.length} checks`}
                  </button>
                )}
              </td>
            </tr>
            {expanded && (
              <tr id={detailsId} className="check-details">
                <td colSpan={COLUMNS + 1}>
                  <ul>
                    {checked.checks.map((each) => (
                      <li key={`${each.label}-${each.line ?? ''}-${each.currency ?? ''}`}>
                        <strong>{each.label}</strong>
                        {each.line !== null && ` (line ${each.line})`}: stated {figureText(each.stated, each)}, found {figureText(each.found, each)}, difference{' '}
                        {differenceText(each)} — {each.matches ? 'matches' : 'does not match'}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            )}
          </Fragment>
        );
      })}
    </RecordsTable>
  );
}
