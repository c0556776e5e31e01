import type { ClosestLayout } from '../../../../../shared/contract/imports';

/** Missing columns named; the rest are counted. */
const MISSING_NAMED = 5;

/**
 * What the wizard says first about a file whose header comes close to a known layout: which
 * layout, what it lacks, and where to mend it if the columns were only renamed.
 */
export function closestLayoutHint(closest: ClosestLayout): string {
  const layout = closest.variant === null ? closest.format : `${closest.format} (${closest.variant})`;
  const tied = closest.tiedWith.length ? ` (and as close to ${closest.tiedWith.join(' and ')})` : '';
  const named = closest.missing.slice(0, MISSING_NAMED).map((name) => `“${name}”`).join(', ');
  const more = closest.missing.length > MISSING_NAMED ? ` and ${closest.missing.length - MISSING_NAMED} more` : '';
  const them = closest.missing.length === 1 ? 'it' : 'them';
  return `The header comes close to ${layout}${tied}: ${closest.found} of its ${closest.total} key columns are there; missing ${named}${more}. `
    + `If the distributor renamed ${them}, choose the renamed ${closest.missing.length === 1 ? 'column' : 'columns'} in the Columns step.`;
}
