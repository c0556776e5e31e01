import { useMemo } from 'react';
import type { Dimension } from '../../../shared/query/query-spec';
import { currenciesOf, unconvertedGroups, unconvertedSpec, type FiguresBasis } from '../../../shared/query/unconverted-lines';
import { waitingByMember, type WaitingLines, type WaitingOfRow } from '../../../shared/query/unconverted-members';
import { useAnyUnconverted } from './use-any-unconverted';
import { useQueryResult } from './use-query-result';

/**
 * What each member of `dimension` leaves out of its base-currency figure for want of an FX rate,
 * asked apart from the panel's own spec (which stays as fast as before) and only while some line
 * of the store waits; null until known, or when nothing waits.
 */
export function useWaitingByMember(basis: FiguresBasis | null, dimension: Dimension): WaitingOfRow | null {
  const waiting = useAnyUnconverted();
  const spec = useMemo(() => (basis && waiting ? unconvertedSpec(basis, [dimension]) : null), [basis, waiting, dimension]);
  const { result } = useQueryResult(spec);
  return useMemo(() => (spec && result ? waitingByMember(result, dimension) : null), [spec, result, dimension]);
}

/** The lines the window's base-currency totals leave out, as the page's notice counts them; null when none. */
export function useWaitingInWindow(basis: FiguresBasis | null): WaitingLines | null {
  const waiting = useAnyUnconverted();
  const spec = useMemo(() => (basis && waiting ? unconvertedSpec(basis) : null), [basis, waiting]);
  const { result } = useQueryResult(spec);
  return useMemo(() => {
    if (!spec || !result) return null;
    const groups = unconvertedGroups(result);
    const lines = groups.reduce((sum, group) => sum + group.lines, 0);
    return lines === 0 ? null : { lines, currencies: currenciesOf(groups) };
  }, [spec, result]);
}
