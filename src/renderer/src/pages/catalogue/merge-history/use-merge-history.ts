import { useCallback, useState } from 'react';
import type { MergeHistory, MergeKind } from '../../../../../shared/contract/catalogue-review';
import type { WorkstationApi } from '../../../../../shared/contract/workstation-api';
import { useChannelAnswer, type ChannelAnswer } from '../../../api/use-channel-answer';
import { MERGES_SHOWN_FIRST, MERGES_SHOWN_MORE } from './merge-history-text';

/** The page's merge history as far as it is shown, and a way to read the next merges down. */
export interface MergeHistoryAnswer extends ChannelAnswer<MergeHistory> {
  showMore(): void;
}

/**
 * Reads the newest merges of these kinds, as many as are shown: "Show more" asks for more, and a
 * data:changed reads all of them again, as a merge or an undo changes what older ones can do.
 * `kinds` must be stable (declared at module level).
 */
export function useMergeHistory(kinds: readonly MergeKind[]): MergeHistoryAnswer {
  const [shown, setShown] = useState(MERGES_SHOWN_FIRST);
  const ask = useCallback((api: WorkstationApi) => api.catalogueMerges({ kinds: [...kinds], limit: shown }), [kinds, shown]);
  const answer = useChannelAnswer(ask);
  const showMore = useCallback(() => setShown((count) => count + MERGES_SHOWN_MORE), []);
  return { ...answer, showMore };
}
