import { useId, type ReactNode } from 'react';
import type { WorkstationErrorShape } from '../../../shared/contract/envelope';
import { PanelErrorBoundary } from './PanelErrorBoundary';

/** What a panel shows the state of: the latest answer (kept while a newer one loads), an error, loading. */
export interface PanelAnswer<T> {
  value: T | null;
  error: WorkstationErrorShape | null;
  loading: boolean;
}

export interface PanelProps<T> {
  /** For a control elsewhere on the page that opens and closes the panel (aria-controls). */
  id?: string;
  title: string;
  subtitle?: ReactNode;
  answer: PanelAnswer<T>;
  /** Whether an answer holds nothing to show, so the panel says so instead of drawing zeros. */
  isEmpty(value: T): boolean;
  emptyText: ReactNode;
  /** What could not be done, said before the error's own message: "The import history could not be loaded". */
  failure?: string;
  /** Between the heading and the figures: choices that change what the panel asks (a time range), or what the user's last change did. */
  toolbar?: ReactNode;
  /** Why the figures on screen do not answer the choices yet (an unfinished custom range). */
  notice?: string | null;
  /** At the end of the heading: a button that closes a panel the person opened. */
  action?: ReactNode;
  /** A short loading skeleton, for panels whose answer is a few lines rather than a chart. */
  short?: boolean;
  className?: string;
  children(value: T): ReactNode;
}

/** A titled card around one answer: it alone shows that answer's loading, error and empty states. */
export function Panel<T>({ id, title, subtitle, answer, isEmpty, emptyText, failure, toolbar, notice, action, short, className, children }: PanelProps<T>) {
  const titleId = useId();
  const { value, error, loading } = answer;
  let body: ReactNode;
  if (notice) {
    body = (
      <p className="panel-message" role="status">
        {notice}
      </p>
    );
  } else if (error) {
    body = (
      <p className="panel-message panel-message--error" role="alert">
        {failure ? `${failure}: ${error.message}` : error.message}
      </p>
    );
  } else if (value === null) {
    body = <div className={short ? 'panel-skeleton panel-skeleton--short' : 'panel-skeleton'} aria-hidden="true" />;
  } else if (isEmpty(value)) {
    body = <p className="panel-message">{emptyText}</p>;
  } else {
    body = <PanelErrorBoundary resetKey={value}>{children(value)}</PanelErrorBoundary>;
  }
  const stale = loading && value !== null;
  const classes = ['panel', toolbar ? 'panel--toolbar' : null, className].filter(Boolean).join(' ');
  return (
    <section id={id} className={classes} aria-labelledby={titleId} aria-busy={loading}>
      <header className="panel-header">
        <h2 id={titleId}>{title}</h2>
        {subtitle && <p className="panel-subtitle">{subtitle}</p>}
        {stale && <span className="panel-updating">Updating…</span>}
        {action}
      </header>
      {toolbar}
      <div className={stale ? 'panel-body panel-body--stale' : 'panel-body'}>{body}</div>
    </section>
  );
}
