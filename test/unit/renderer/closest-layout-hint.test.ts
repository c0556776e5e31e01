import { describe, expect, it } from 'vitest';
import { closestLayoutHint } from '../../../src/renderer/src/pages/import/mapping/closest-layout-hint';

describe('the mapping wizard’s hint about the layout a header comes close to', () => {
  it('names the layout, the share of its key columns and the one missing', () => {
    expect(closestLayoutHint({ format: 'DistroKid', variant: null, found: 4, total: 5, missing: ['Earnings (USD)'], tiedWith: [] })).toBe(
      'The header comes close to DistroKid: 4 of its 5 key columns are there; missing “Earnings (USD)”. '
      + 'If the distributor renamed it, choose the renamed column in the Columns step.',
    );
  });

  it('names the variant, the layouts as close, and at most five missing columns', () => {
    const hint = closestLayoutHint({
      format: 'The Orchard', variant: 'statement CSV (upper-case headers)', found: 6, total: 12,
      missing: ['A', 'B', 'C', 'D', 'E', 'F'], tiedWith: ['Kontor New Media'],
    });
    expect(hint).toBe(
      'The header comes close to The Orchard (statement CSV (upper-case headers)) (and as close to Kontor New Media): 6 of its 12 key columns are there; '
      + 'missing “A”, “B”, “C”, “D”, “E” and 1 more. If the distributor renamed them, choose the renamed columns in the Columns step.',
    );
  });
});
