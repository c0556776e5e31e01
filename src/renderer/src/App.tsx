import { useEffect, useRef, type ComponentType, type MouseEvent } from 'react';
import { useWorkstation } from './api/workstation-context';
import { useConnectionState } from './api/connection-state';
import { AppHeader } from './components/AppHeader';
import { ConnectionBanner } from './components/ConnectionBanner';
import { StartupScreen } from './components/StartupScreen';
import type { PageId } from './navigation/pages';
import { useCurrentPage } from './navigation/use-current-page';
import { BreakdownPage } from './pages/breakdown/BreakdownPage';
import { RecordingReviewPage } from './pages/catalogue/RecordingReviewPage';
import { FxRatesPage } from './pages/fx/FxRatesPage';
import { HealthPage } from './pages/health/HealthPage';
import { ImportPage } from './pages/import/ImportPage';
import { OverviewPage } from './pages/overview/OverviewPage';
import { PlatformsPage } from './pages/platforms/PlatformsPage';
import { WelcomePage } from './pages/welcome/WelcomePage';
import { useAppStore } from './stores/app-store';
import { useDemoLoadStore } from './stores/demo-load-store';
import { useImportStore } from './stores/import-store';

const PAGES: Record<Exclude<PageId, 'overview'>, ComponentType> = {
  breakdown: BreakdownPage,
  health: HealthPage,
  import: ImportPage,
  review: RecordingReviewPage,
  fx: FxRatesPage,
  platforms: PlatformsPage,
};

/** The shell: header, the page the address names, and the wiring of workstation events. */
export function App() {
  const api = useWorkstation();
  const info = useAppStore((state) => state.info);
  const infoError = useAppStore((state) => state.infoError);
  const demoPhase = useDemoLoadStore((state) => state.phase);
  const current = useCurrentPage();
  const mainRef = useRef<HTMLElement>(null);
  const shownPage = useRef(current);

  useEffect(() => {
    const { refreshInfo, noteDataChanged, noteReviewChanged } = useAppStore.getState();
    void refreshInfo(api);
    return api.onEvent((event) => {
      useDemoLoadStore.getState().handleEvent(event);
      useImportStore.getState().handleEvent(event);
      if (event.type === 'data:changed') {
        noteDataChanged(event);
        void refreshInfo(api);
      } else if (event.type === 'review:changed') {
        noteReviewChanged(event.reviewVersion);
      } else if (event.type === 'job:finished') {
        void refreshInfo(api);
      }
    });
  }, [api]);

  // Back from a lost connection, perhaps to a workstation started again: every view asks anew.
  useEffect(
    () =>
      useConnectionState.subscribe((state, previous) => {
        if (previous.lost && !state.lost) void useAppStore.getState().reconnected(api);
      }),
    [api],
  );

  // A new page starts at its top, and a screen reader hears it from its beginning.
  useEffect(() => {
    if (shownPage.current === current) return;
    shownPage.current = current;
    window.scrollTo(0, 0);
    mainRef.current?.focus({ preventScroll: true });
  }, [current]);

  // The skip link would otherwise put "#main" in the address, which names no page.
  function skipToContent(event: MouseEvent) {
    event.preventDefault();
    mainRef.current?.focus();
  }

  // While the demo loads, the welcome page keeps its progress bar even once the first file has
  // landed and the store is no longer empty.
  const demoInFlight = demoPhase === 'starting' || demoPhase === 'running' || demoPhase === 'cancelling';
  let page;
  // The store is empty only if the workstation said so when last asked: a failed ask says nothing about it.
  if (!info || (current === 'overview' && infoError)) page = <StartupScreen error={infoError} onRetry={() => void useAppStore.getState().refreshInfo(api)} />;
  else if (current !== 'overview') {
    const Page = PAGES[current];
    page = <Page />;
  } else if (info.isEmpty || demoInFlight) page = <WelcomePage />;
  else page = <OverviewPage />;

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={skipToContent}>
        Skip to content
      </a>
      <AppHeader page={current} />
      <ConnectionBanner />
      <main id="main" ref={mainRef} className="app-main" tabIndex={-1}>
        {page}
      </main>
      {info && (
        <footer className="app-footer">
          <span>
            Data file <span className="path">{info.databaseFile}</span>
          </span>
          <span>Version {info.version}</span>
        </footer>
      )}
    </div>
  );
}
