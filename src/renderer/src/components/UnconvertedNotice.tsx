import { useMemo } from 'react';
import { useAnyUnconverted } from '../api/use-any-unconverted';
import { useQueryResult } from '../api/use-query-result';
import { unconvertedGroups, unconvertedNotice, unconvertedSpec, type FiguresBasis } from '../../../shared/query/unconverted-lines';

/**
 * Says which lines a page's base-currency figures leave out for want of an FX rate, and where to
 * add one: without it a line earned in euros shows as $0.00, which reads as "earned nothing".
 * Nothing is shown while every line in the window is converted.
 */
export function UnconvertedNotice({ basis }: { basis: FiguresBasis | null }) {
  const waiting = useAnyUnconverted();
  const spec = useMemo(() => (basis && waiting ? unconvertedSpec(basis) : null), [basis, waiting]);
  const { result } = useQueryResult(spec);
  const text = result ? unconvertedNotice(unconvertedGroups(result)) : null;
  if (!basis || !waiting || !text) return null;
  return (
    <p className="notice notice--warning unconverted-notice" role="status" aria-label="Lines not converted">
      {text} <a href="#/fx-rates">Add rates on the FX rates page</a>.
    </p>
  );
}
