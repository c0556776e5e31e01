import { useEffect, useRef, useState } from 'react';
import type { WorkstationErrorShape } from '../../../shared/contract/envelope';
import type { QueryResult, QuerySpecInput } from '../../../shared/query/query-spec';
import { useAppStore } from '../stores/app-store';
import { askQuery, type QueryTransport } from './ask-query';
import { useWorkstation } from './workstation-context';

export interface QueryState {
  /** The latest answer; kept while a newer one loads so panels do not flash empty. */
  result: QueryResult | null;
  error: WorkstationErrorShape | null;
  loading: boolean;
}

export interface QueryOptions {
  /**
   * Panels naming the same slot share it: a newer query from any of them supersedes the older.
   * Without one, each hook has a slot of its own.
   */
  slot?: string;
  /** `auto` (the default) asks for Arrow when the spec may answer with many rows. */
  transport?: QueryTransport;
}

/** Slots are per page load, so another window or browser tab never supersedes this one's queries. */
const PAGE = Array.from(crypto.getRandomValues(new Uint32Array(2)), (n) => n.toString(36)).join('');
let panels = 0;
let sequence = 0;

/**
 * Runs one query spec and runs it again when the spec or the data changes. A newer query from
 * the same slot supersedes the older one in the workstation (dropped before it starts, stopped if
 * it runs); answers that arrive after a newer request was made are dropped, so a slow old range
 * never overwrites a new one, and a query the hook no longer needs on unmount is cancelled.
 */
export function useQueryResult(spec: QuerySpecInput | null, options: QueryOptions = {}): QueryState {
  const api = useWorkstation();
  const dataVersion = useAppStore((state) => state.dataVersion);
  const key = spec ? JSON.stringify(spec) : null;
  const [ownSlot] = useState(() => `${PAGE}:panel-${++panels}`);
  const slot = options.slot ? `${PAGE}:${options.slot}` : ownSlot;
  const transport = options.transport ?? 'auto';
  const [state, setState] = useState<QueryState>({ result: null, error: null, loading: spec !== null });
  const pendingCancel = useRef<{ timer: ReturnType<typeof setTimeout>; send(): void } | null>(null);

  useEffect(() => {
    const previous = pendingCancel.current;
    pendingCancel.current = null;
    if (previous) clearTimeout(previous.timer);
    if (key === null) {
      previous?.send();
      setState({ result: null, error: null, loading: false });
      return;
    }
    let current = true;
    let answered = false;
    const sent = ++sequence;
    setState((earlier) => ({ ...earlier, loading: true }));
    void askQuery(api, { spec: JSON.parse(key) as QuerySpecInput, slot, sequence: sent }, transport).then((answer) => {
      answered = true;
      if (!current) return;
      // Superseded or cancelled: a newer answer is on its way, or nobody is waiting for one.
      if (!answer.ok && answer.error.code === 'cancelled') return setState((earlier) => ({ ...earlier, loading: false }));
      setState(answer.ok ? { result: answer.value, error: null, loading: false } : { result: null, error: answer.error, loading: false });
    });
    return () => {
      current = false;
      if (answered) return;
      // Deferred: when the effect runs again at once (a new spec, new data), the next query
      // supersedes this one in the slot by itself; only an unmount needs the cancel.
      const send = () => void api.cancelQuery({ slot, through: sent });
      pendingCancel.current = { timer: setTimeout(send, 0), send };
    };
  }, [api, key, dataVersion, slot, transport]);

  return state;
}
