import type { WaitingLines } from '../../../../shared/query/unconverted-members';
import type { QueryState } from '../../api/use-query-result';
import { rangeLabel } from '../../format/calendar-text';
import { kpiFigures, type KpiFigure } from './kpi-figures';

const PLACEHOLDERS: { key: KpiFigure['key']; label: string }[] = [
  { key: 'revenue', label: 'Revenue' },
  { key: 'streams', label: 'Streams' },
  { key: 'units', label: 'Units' },
];

const ARROWS = { up: '▲', down: '▼', flat: '■' } as const;

/**
 * Headline figures for the window, each against as many months (or days) just before it; the
 * revenue says what it leaves out while lines of the window wait for an FX rate.
 */
export function KpiCards({ state, waiting }: { state: QueryState; waiting: WaitingLines | null }) {
  const { result, error, loading } = state;
  if (error) {
    return (
      <div className="kpi-row">
        <p className="panel panel-message panel-message--error kpi-error" role="alert">
          The headline figures could not be loaded: {error.message}
        </p>
      </div>
    );
  }
  if (!result) {
    return (
      <div className="kpi-row" aria-busy="true">
        {PLACEHOLDERS.map(({ key, label }) => (
          <section key={key} className="kpi-card" aria-label={label}>
            <h2 className="kpi-label">{label}</h2>
            <div className="kpi-skeleton" aria-hidden="true" />
          </section>
        ))}
      </div>
    );
  }

  let figures: KpiFigure[];
  try {
    figures = kpiFigures(result, waiting);
  } catch (failure) {
    return (
      <div className="kpi-row">
        <p className="panel panel-message panel-message--error kpi-error" role="alert">
          The headline figures could not be read: {(failure as Error).message}
        </p>
      </div>
    );
  }
  const previousRange = result.comparison ? rangeLabel(result.comparison.range) : null;

  return (
    <div className={loading ? 'kpi-row kpi-row--stale' : 'kpi-row'} aria-busy={loading}>
      {figures.map((figure) => (
        <section key={figure.key} className={`kpi-card kpi-card--${figure.key}`} aria-label={figure.label}>
          <h2 className="kpi-label">
            {figure.label}
            {figure.key === 'revenue' && <span className="kpi-currency">{result.baseCurrency}</span>}
          </h2>
          <p className="kpi-value" data-testid={`kpi-${figure.key}`}>
            {figure.value}
          </p>
          {figure.waiting && <p className="kpi-waiting">{figure.waiting}</p>}
          <p className="kpi-change">
            {figure.change ? (
              <>
                <span className={`kpi-delta kpi-delta--${figure.change.direction}`}>
                  <span aria-hidden="true">{ARROWS[figure.change.direction]} </span>
                  {figure.change.text}
                </span>{' '}
                <span className="kpi-compared" title={figure.previous ? `Previous period: ${figure.previous}` : undefined}>
                  vs {previousRange}
                </span>
              </>
            ) : (
              <span className="kpi-compared" title={previousRange ? `Previous period: ${previousRange}` : undefined}>
                <span aria-hidden="true">— </span>
                {figure.note}
              </span>
            )}
          </p>
        </section>
      ))}
    </div>
  );
}
