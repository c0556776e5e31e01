import { effectiveTheme, useThemeStore } from '../stores/theme-store';

/** Switches between light and dark; until it is used the app follows the operating system. */
export function ThemeToggle() {
  const theme = useThemeStore(effectiveTheme);
  const toggle = useThemeStore((state) => state.toggle);
  const target = theme === 'dark' ? 'light' : 'dark';
  return (
    <button type="button" className="button button--quiet theme-toggle" onClick={toggle} aria-label={`Switch to ${target} theme`} title={`Switch to ${target} theme`}>
      <span aria-hidden="true" className="theme-toggle-icon">
        {theme === 'dark' ? '☀' : '☾'}
      </span>
      <span className="theme-toggle-text">{theme === 'dark' ? 'Light' : 'Dark'}</span>
    </button>
  );
}
