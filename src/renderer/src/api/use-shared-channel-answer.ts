import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Envelope } from '../../../shared/contract/envelope';
import type { WorkstationApi } from '../../../shared/contract/workstation-api';
import { useAppStore } from '../stores/app-store';
import type { ChannelAnswer } from './use-channel-answer';
import { useWorkstation } from './workstation-context';

type AnswerState<T> = Omit<ChannelAnswer<T>, 'reload'>;

/** One channel's answer, shared by every panel that shows it, asked once per store change. */
class SharedAnswer<T> {
  private state: AnswerState<T> = { value: null, error: null, loading: true };
  private readonly listeners = new Set<() => void>();
  private holders = 0;
  /** The data version the latest request was made for; null asks at the next chance. */
  private askedFor: number | null = null;
  private request = 0;

  constructor(
    private readonly api: WorkstationApi,
    private readonly ask: (api: WorkstationApi) => Promise<Envelope<T>>,
  ) {}

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly snapshot = () => this.state;

  /** A panel showing the answer; the first one after none asks afresh, as a panel of its own would on mount. */
  hold(): () => void {
    if (this.holders++ === 0) this.askedFor = null;
    return () => {
      this.holders--;
    };
  }

  /** Asks unless a request for this data version was made already. */
  askFor(dataVersion: number): void {
    if (this.askedFor !== dataVersion) this.askNow(dataVersion);
  }

  askNow(dataVersion: number): void {
    this.askedFor = dataVersion;
    const request = ++this.request;
    this.set({ ...this.state, loading: true });
    void this.ask(this.api).then((answer) => {
      // An answer to a superseded request is dropped.
      if (request !== this.request) return;
      this.set(answer.ok ? { value: answer.value, error: null, loading: false } : { value: null, error: answer.error, loading: false });
    });
  }

  private set(state: AnswerState<T>): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

const shared = new WeakMap<WorkstationApi, Map<unknown, SharedAnswer<unknown>>>();

function sharedAnswer<T>(api: WorkstationApi, ask: (api: WorkstationApi) => Promise<Envelope<T>>): SharedAnswer<T> {
  let byAsk = shared.get(api);
  if (!byAsk) shared.set(api, (byAsk = new Map()));
  let answer = byAsk.get(ask) as SharedAnswer<T> | undefined;
  if (!answer) byAsk.set(ask, (answer = new SharedAnswer(api, ask) as SharedAnswer<unknown> as SharedAnswer<T>));
  return answer;
}

/**
 * useChannelAnswer for an answer several panels on one page show (the import history: the history
 * panel and the import summary): one request per store change and per reload, however many panels
 * ask, and each sees the same answer. `ask` must be stable (declared at module level) and is the
 * answer's identity: panels share an answer by passing the same function.
 */
export function useSharedChannelAnswer<T>(ask: (api: WorkstationApi) => Promise<Envelope<T>>): ChannelAnswer<T> {
  const api = useWorkstation();
  const dataVersion = useAppStore((state) => state.dataVersion);
  const answer = useMemo(() => sharedAnswer(api, ask), [api, ask]);
  const state = useSyncExternalStore(answer.subscribe, answer.snapshot);
  // Declared before the asking effect, so a first panel is counted before it asks.
  useEffect(() => answer.hold(), [answer]);
  useEffect(() => answer.askFor(dataVersion), [answer, dataVersion]);
  const reload = useCallback(() => answer.askNow(dataVersion), [answer, dataVersion]);
  return { ...state, reload };
}
