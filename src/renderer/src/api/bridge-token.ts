const SESSION_KEY = 'tunemantra.bridgeToken';

/**
 * Takes the bridge token out of the address bar (so it does not linger in history, bookmarks or
 * screenshots) and keeps it for this tab only, so a reload still reaches the workstation.
 */
export function takeBridgeToken(win: Window): string | null {
  const url = new URL(win.location.href);
  const fromAddress = url.searchParams.get('token');
  if (fromAddress) {
    url.searchParams.delete('token');
    win.history.replaceState(win.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    win.sessionStorage.setItem(SESSION_KEY, fromAddress);
    return fromAddress;
  }
  return win.sessionStorage.getItem(SESSION_KEY);
}
