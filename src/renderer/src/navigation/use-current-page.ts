import { useSyncExternalStore } from 'react';
import { pageFromHash, type PageId } from './pages';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The page the address bar names; follows links, back and forward. */
export function useCurrentPage(): PageId {
  return useSyncExternalStore(subscribe, () => pageFromHash(window.location.hash));
}
