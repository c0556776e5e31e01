import { describe, expect, it } from 'vitest';
import { PAGE_LINKS, pageFromHash } from '../../../src/renderer/src/navigation/pages';

describe('the recording review page in the navigation', () => {
  it('is reached from its own address, with or without a trailing slash', () => {
    expect(pageFromHash('#/catalogue/review')).toBe('review');
    expect(pageFromHash('#/catalogue/review/')).toBe('review');
    expect(pageFromHash('#/catalogue')).toBe('overview');
  });

  it('is listed right after Import, where the work it follows from happens', () => {
    expect(PAGE_LINKS.map((link) => link.label)).toEqual(['Overview', 'Breakdown', 'Catalogue health', 'Import', 'Review recordings', 'FX rates', 'Platforms']);
  });
});
