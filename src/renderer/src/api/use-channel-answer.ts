import { useCallback, useEffect, useState } from 'react';
import type { Envelope, WorkstationErrorShape } from '../../../shared/contract/envelope';
import type { WorkstationApi } from '../../../shared/contract/workstation-api';
import { useAppStore } from '../stores/app-store';
import { useWorkstation } from './workstation-context';

export interface ChannelAnswer<T> {
  /** The latest answer; kept while a newer one loads so tables do not flash empty. */
  value: T | null;
  error: WorkstationErrorShape | null;
  loading: boolean;
  reload(): void;
}

/**
 * Asks the workstation on mount, again whenever the store changes, and on reload(). `ask` must be
 * a stable function (declared at module level): a new one every render would ask every render.
 * Answers to a superseded request are dropped. `alsoOnVersion` is one more version to ask again
 * on, for an answer that changes when the data does not (the review queue's `reviewVersion`).
 */
export function useChannelAnswer<T>(ask: (api: WorkstationApi) => Promise<Envelope<T>>, alsoOnVersion = 0): ChannelAnswer<T> {
  const api = useWorkstation();
  const dataVersion = useAppStore((state) => state.dataVersion);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Omit<ChannelAnswer<T>, 'reload'>>({ value: null, error: null, loading: true });

  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    void ask(api).then((answer) => {
      if (!current) return;
      setState(answer.ok ? { value: answer.value, error: null, loading: false } : { value: null, error: answer.error, loading: false });
    });
    return () => {
      current = false;
    };
  }, [api, ask, dataVersion, alsoOnVersion, attempt]);

  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  return { ...state, reload };
}
