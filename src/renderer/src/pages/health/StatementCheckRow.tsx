import { differenceText, figureText, headlineCheck, platformsText, STATUS_TEXT, type CheckStatus, type ImportChecks } from './statement-checks';

const BADGE: Record<CheckStatus, string> = {
  mismatch: 'status-badge status-badge--bad',
  matched: 'status-badge status-badge--good',
  noStatedTotal: 'status-badge',
  notRecorded: 'status-badge',
};

interface StatementCheckRowProps {
  checked: ImportChecks;
  /** The id of the row of every check, present while it is open. */
  detailsId: string;
  expanded: boolean;
  /** Cells across the table, the actions included, for the row of every check. */
  columns: number;
  onToggle(): void;
}

/** One import's headline check, and every check it states beneath it on demand. */
export function StatementCheckRow({ checked, detailsId, expanded, columns, onToggle }: StatementCheckRowProps) {
  const check = headlineCheck(checked);
  return (
    <>
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
              onClick={onToggle}
            >
              {expanded ? 'Hide checks' : `All ${checked.checks.length} checks`}
            </button>
          )}
        </td>
      </tr>
      {expanded && (
        <tr id={detailsId} className="check-details">
          <td colSpan={columns}>
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
    </>
  );
}
