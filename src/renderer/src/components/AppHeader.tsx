import { PAGE_LINKS, type PageId } from '../navigation/pages';
import { ThemeToggle } from './ThemeToggle';

/** Product name, the pages that exist, and the theme switch. */
export function AppHeader({ page }: { page: PageId }) {
  return (
    <header className="app-header">
      <div className="brand">
        <svg className="brand-mark" viewBox="0 0 24 24" aria-hidden="true">
          <rect x="2" y="10" width="3" height="8" rx="1.5" />
          <rect x="7" y="5" width="3" height="14" rx="1.5" />
          <rect x="12" y="8" width="3" height="11" rx="1.5" />
          <rect x="17" y="3" width="3" height="16" rx="1.5" />
        </svg>
        <span className="brand-name">TuneMantra</span>
        <span className="brand-product">Analytics Workstation</span>
      </div>
      <nav className="app-nav" aria-label="Pages">
        {PAGE_LINKS.map((link) => (
          <a key={link.id} href={link.href} aria-current={link.id === page ? 'page' : undefined}>
            {link.label}
          </a>
        ))}
      </nav>
      <ThemeToggle />
    </header>
  );
}
