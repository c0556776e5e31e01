import { useEffect } from 'react';
import { useWorkstation } from './api/workstation-context';
import { AppHeader } from './components/AppHeader';
import { OverviewPage } from './pages/overview/OverviewPage';
import { StartupScreen } from './components/StartupScreen';
import { WelcomePage } from './pages/welcome/WelcomePage';
import { useAppStore } from './stores/app-store';
import { useDemoLoadStore } from './stores/demo-load-store';

/** The shell: header, the page that fits the store's state, and the wiring of workstation events. */
export function App() {
  const api = useWorkstation();
  const info = useAppStore((state) => state.info);
  const infoError = useAppStore((state) => state.infoError);
  const demoPhase = useDemoLoadStore((state) => state.phase);

  useEffect(() => {
    const { refreshInfo, noteDataChanged } = useAppStore.getState();
    void refreshInfo(api);
    return api.onEvent((event) => {
      useDemoLoadStore.getState().handleEvent(event);
      if (event.type === 'data:changed') {
        noteDataChanged(event.dataVersion);
        void refreshInfo(api);
      } else if (event.type === 'job:finished') {
        void refreshInfo(api);
      }
    });
  }, [api]);

  // While the demo loads, the welcome page keeps its progress bar even once the first file has
  // landed and the store is no longer empty.
  const demoInFlight = demoPhase === 'starting' || demoPhase === 'running' || demoPhase === 'cancelling';
  let page;
  if (!info) page = <StartupScreen error={infoError} onRetry={() => void useAppStore.getState().refreshInfo(api)} />;
  else if (info.isEmpty || demoInFlight) page = <WelcomePage />;
  else page = <OverviewPage />;

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader />
      <main id="main" className="app-main" tabIndex={-1}>
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
