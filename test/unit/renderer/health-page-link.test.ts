import { describe, expect, it } from 'vitest';
import { PAGE_LINKS, pageFromHash } from '../../../src/renderer/src/navigation/pages';

describe('the catalogue health page in the navigation', () => {
  it('is reached from its own address, with or without a trailing slash', () => {
    expect(pageFromHash('#/health')).toBe('health');
    expect(pageFromHash('#/health/')).toBe('health');
    expect(pageFromHash('#/healthy')).toBe('overview');
  });

  it('is listed after Breakdown, with the other pages that read the figures', () => {
    expect(PAGE_LINKS.find((link) => link.id === 'health')).toEqual({ id: 'health', label: 'Catalogue health', href: '#/health' });
    const labels = PAGE_LINKS.map((link) => link.label);
    expect(labels.indexOf('Catalogue health')).toBe(labels.indexOf('Breakdown') + 1);
  });
});
