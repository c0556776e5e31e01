import { useEffect, useState } from 'react';
import type { WorkstationErrorShape } from '../../../shared/contract/envelope';
import type { QueryResult, QuerySpecInput } from '../../../shared/query/query-spec';
import { useAppStore } from '../stores/app-store';
import { useWorkstation } from './workstation-context';

export interface QueryState {
  /** The latest answer; kept while a newer one loads so panels do not flash empty. */
  result: QueryResult | null;
  error: WorkstationErrorShape | null;
  loading: boolean;
}

/**
 * Runs one query spec and runs it again when the spec or the data changes. Answers that arrive
 * after a newer request was made are dropped, so a slow old range never overwrites a new one.
 */
export function useQueryResult(spec: QuerySpecInput | null): QueryState {
  const api = useWorkstation();
  const dataVersion = useAppStore((state) => state.dataVersion);
  const key = spec ? JSON.stringify(spec) : null;
  const [state, setState] = useState<QueryState>({ result: null, error: null, loading: spec !== null });

  useEffect(() => {
    if (key === null) {
      setState({ result: null, error: null, loading: false });
      return;
    }
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    api.runQuery(JSON.parse(key) as QuerySpecInput).then((answer) => {
      if (!current) return;
      setState(answer.ok ? { result: answer.value, error: null, loading: false } : { result: null, error: answer.error, loading: false });
    });
    return () => {
      current = false;
    };
  }, [api, key, dataVersion]);

  return state;
}
