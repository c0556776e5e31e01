import { useEffect, useState } from 'react';
import { shownBy, type FilteredFile, type StagedFilter } from './staged-standing';

interface CardFilter {
  filter: StagedFilter;
  choose(filter: StagedFilter): void;
  /** The files whose cards the list shows, in their order. */
  shown: FilteredFile[];
}

/**
 * The filter over the staged cards, offered only when there are many (`offered`). A card shown
 * under the chosen filter stays while it is chosen: answering a question, or ticking under
 * Replace, does not take the card away mid-answer, nor the focus with it.
 */
export function useCardFilter(files: readonly FilteredFile[], offered: boolean): CardFilter {
  const [view, setView] = useState<{ filter: StagedFilter; kept: ReadonlySet<string> }>({ filter: 'all', kept: new Set() });
  const filter = offered ? view.filter : 'all';
  const shown = files.filter((file) => shownBy(filter, file) || view.kept.has(file.key));

  useEffect(() => {
    // A filter hidden along with the few cards left would come back unasked when more are picked.
    if (!offered && view.filter !== 'all') setView({ filter: 'all', kept: new Set() });
    else if (filter !== 'all' && shown.some((file) => !view.kept.has(file.key))) {
      setView((now) => ({ filter: now.filter, kept: new Set([...now.kept, ...shown.map((file) => file.key)]) }));
    }
  });

  return { filter, choose: (chosen) => setView({ filter: chosen, kept: new Set() }), shown };
}
