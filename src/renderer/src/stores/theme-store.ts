import { create } from 'zustand';

export type Theme = 'light' | 'dark';

const STORAGE_KEY = 'tunemantra.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

interface ThemeState {
  /** null: follow the operating system. */
  preference: Theme | null;
  system: Theme;
  toggle(): void;
  setSystem(theme: Theme): void;
}

function storedPreference(): Theme | null {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return stored === 'light' || stored === 'dark' ? stored : null;
}

export function effectiveTheme(state: Pick<ThemeState, 'preference' | 'system'>): Theme {
  return state.preference ?? state.system;
}

export const useThemeStore = create<ThemeState>()((set, get) => ({
  preference: storedPreference(),
  system: window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light',
  toggle() {
    const next: Theme = effectiveTheme(get()) === 'dark' ? 'light' : 'dark';
    // Toggling back to what the OS says hands control back to the OS.
    const preference = next === get().system ? null : next;
    if (preference) window.localStorage.setItem(STORAGE_KEY, preference);
    else window.localStorage.removeItem(STORAGE_KEY);
    set({ preference });
  },
  setSystem: (system) => set({ system }),
}));

/**
 * Keeps <html data-theme> in step with the store and the store with the OS. The attribute is set
 * synchronously on every change, before React re-renders, so components that read CSS variables
 * during render (chart colours) see the new theme's values.
 */
export function applyThemeToDocument(root: HTMLElement): () => void {
  const apply = (state: ThemeState) => {
    root.dataset.theme = effectiveTheme(state);
  };
  apply(useThemeStore.getState());
  const unsubscribe = useThemeStore.subscribe(apply);
  const query = window.matchMedia(DARK_QUERY);
  const onChange = (event: MediaQueryListEvent) => useThemeStore.getState().setSystem(event.matches ? 'dark' : 'light');
  query.addEventListener('change', onChange);
  return () => {
    unsubscribe();
    query.removeEventListener('change', onChange);
  };
}
