export type PageId = 'overview' | 'breakdown' | 'health' | 'import' | 'review' | 'fx' | 'platforms';

export interface PageLink {
  id: PageId;
  label: string;
  href: string;
}

/** The pages that exist, in the order the header lists them. */
export const PAGE_LINKS: readonly PageLink[] = [
  { id: 'overview', label: 'Overview', href: '#/' },
  { id: 'breakdown', label: 'Breakdown', href: '#/breakdown' },
  { id: 'health', label: 'Catalogue health', href: '#/health' },
  { id: 'import', label: 'Import', href: '#/import' },
  { id: 'review', label: 'Review recordings', href: '#/catalogue/review' },
  { id: 'fx', label: 'FX rates', href: '#/fx-rates' },
  { id: 'platforms', label: 'Platforms', href: '#/platforms' },
];

/**
 * The page an address's hash names. Pages live in the hash because the desktop app serves one
 * file from app:// and the bridge one from loopback: neither knows any other path.
 */
export function pageFromHash(hash: string): PageId {
  const path = hash.replace(/^#\/?/, '').replace(/\/+$/, '');
  return PAGE_LINKS.find((link) => link.href === `#/${path}`)?.id ?? 'overview';
}
