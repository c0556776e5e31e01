import { useConnectionState } from '../api/connection-state';

/** Across every page while the browser page cannot reach the workstation; gone once it can again. */
export function ConnectionBanner() {
  const lost = useConnectionState((state) => state.lost);
  if (!lost) return null;
  return (
    <p className="connection-banner" role="alert">
      The workstation is not answering: it may have stopped. Start it again (npm run web) and reload this page.
    </p>
  );
}
