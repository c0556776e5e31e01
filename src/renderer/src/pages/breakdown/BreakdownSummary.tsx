import type { WorkstationErrorShape } from '../../../../shared/contract/envelope';
import type { Comparison } from '../../../../shared/query/query-spec';
import { GAP_TEXT } from '../overview/comparison-gap';
import type { TotalFigures } from './total-figures';

const ARROWS = { up: '▲', down: '▼', flat: '■' } as const;

const COMPARED_WITH: Record<Comparison, string> = {
  previousPeriod: 'the previous period',
  samePeriodLastYear: 'the same period last year',
};

interface BreakdownSummaryProps {
  figures: TotalFigures | null;
  error: WorkstationErrorShape | null;
  loading: boolean;
  metricName: string;
  comparison: Comparison | null;
}

function ChangeLine({ figures, comparison }: { figures: TotalFigures; comparison: Comparison }) {
  const { change } = figures;
  if (!change) return <p className="kpi-change">All time has no earlier period to compare with.</p>;
  if (change.kind === 'gap') {
    const text = GAP_TEXT[change.gap];
    return (
      <p className="kpi-change">
        {text.charAt(0).toUpperCase() + text.slice(1)}: {COMPARED_WITH[comparison]} is {change.previousRange}.
      </p>
    );
  }
  if (change.kind === 'nothing-before') {
    const what = change.belowZero ? 'Below zero (refunds)' : 'Nothing';
    return (
      <p className="kpi-change">
        {what} in {COMPARED_WITH[comparison]} ({change.previousRange}): no growth to show.
      </p>
    );
  }
  return (
    <p className="kpi-change">
      <span className={`kpi-delta kpi-delta--${change.direction}`}>
        <span aria-hidden="true">{ARROWS[change.direction]} </span>
        {change.text}
      </span>{' '}
      vs {COMPARED_WITH[comparison]}, {change.previousRange}: {change.previousText}
    </p>
  );
}

/** The exact total of what the page breaks down, and how it moved against the comparison. */
export function BreakdownSummary({ figures, error, loading, metricName, comparison }: BreakdownSummaryProps) {
  if (error) {
    return (
      <p className="notice notice--error" role="alert">
        The total could not be loaded: {error.message}
      </p>
    );
  }
  const name = `Total ${metricName.toLowerCase()}`;
  return (
    <section className={loading && figures ? 'breakdown-summary is-stale' : 'breakdown-summary'} aria-label={name} aria-busy={loading}>
      <h2 className="kpi-label">{name}</h2>
      <p className="breakdown-summary-value" data-testid="breakdown-summary-total">
        {figures?.text ?? '…'}
      </p>
      {comparison && figures && <ChangeLine figures={figures} comparison={comparison} />}
    </section>
  );
}
