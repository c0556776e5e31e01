import { useId, type ReactNode } from 'react';
import type { QueryResult } from '../../../shared/query/query-spec';
import type { QueryState } from '../api/use-query-result';
import { PanelErrorBoundary } from './PanelErrorBoundary';

interface PanelProps {
  title: string;
  subtitle?: string;
  state: QueryState;
  emptyText: string;
  className?: string;
  children(result: QueryResult): ReactNode;
}

/** A titled card around one query: it alone shows that query's loading, error and empty states. */
export function Panel({ title, subtitle, state, emptyText, className, children }: PanelProps) {
  const titleId = useId();
  const { result, error, loading } = state;
  let body: ReactNode;
  if (error) {
    body = (
      <p className="panel-message panel-message--error" role="alert">
        {error.message}
      </p>
    );
  } else if (!result) {
    body = <div className="panel-skeleton" aria-hidden="true" />;
  } else if (result.rows.length === 0) {
    body = <p className="panel-message">{emptyText}</p>;
  } else {
    body = <PanelErrorBoundary resetKey={result}>{children(result)}</PanelErrorBoundary>;
  }
  return (
    <section className={className ? `panel ${className}` : 'panel'} aria-labelledby={titleId} aria-busy={loading}>
      <header className="panel-header">
        <h2 id={titleId}>{title}</h2>
        {subtitle && <p className="panel-subtitle">{subtitle}</p>}
        {loading && result && <span className="panel-updating">Updating…</span>}
      </header>
      <div className={loading && result ? 'panel-body panel-body--stale' : 'panel-body'}>{body}</div>
    </section>
  );
}
