import type { QueryResult } from '../../../shared/query/query-spec';
import type { QueryState } from '../api/use-query-result';
import { Panel, type PanelProps } from './Panel';

type QueryPanelProps = Omit<PanelProps<QueryResult>, 'answer' | 'isEmpty'> & { state: QueryState };

const noRows = (result: QueryResult) => result.rows.length === 0;

/** A panel around one query, empty when the query returns no rows. */
export function QueryPanel({ state, ...rest }: QueryPanelProps) {
  return <Panel {...rest} answer={{ value: state.result, error: state.error, loading: state.loading }} isEmpty={noRows} />;
}
