import { JobProgressBar } from '../../components/JobProgressBar';
import { useWorkstation } from '../../api/workstation-context';
import { useDemoLoadStore } from '../../stores/demo-load-store';

const FEATURES = [
  {
    title: 'Every statement in one place',
    text: 'DistroKid, TuneCore and more, read straight from the files your distributors send.',
  },
  {
    title: 'Exact to the cent',
    text: 'Money is added up digit by digit, so totals match your statements exactly.',
  },
  {
    title: 'Private and offline',
    text: 'Your catalogue and earnings stay on this computer. No account, no upload.',
  },
];

/** The first thing a new user sees: what the workstation does, and a way to try it at once. */
export function WelcomePage() {
  const api = useWorkstation();
  const { phase, progress, error, start, cancel } = useDemoLoadStore();
  const loading = phase === 'starting' || phase === 'running' || phase === 'cancelling';

  return (
    <div className="welcome">
      <section className="welcome-card" aria-labelledby="welcome-title">
        <p className="welcome-eyebrow">Welcome</p>
        <h1 id="welcome-title">See what your catalogue earns, everywhere it plays</h1>
        <p className="welcome-lead">
          The workstation reads the sales and streaming statements your distributors send, reconciles them and shows
          streams, units and revenue by month, platform and recording.
        </p>
        <ul className="welcome-features">
          {FEATURES.map((feature) => (
            <li key={feature.title}>
              <strong>{feature.title}</strong>
              <span>{feature.text}</span>
            </li>
          ))}
        </ul>

        <div className="welcome-demo">
          <h2>Try it with a demo label</h2>
          <p>Loads DistroKid and TuneCore statements for a made-up label, so you can explore every panel before importing your own.</p>
          {phase === 'succeeded' ? (
            <p className="notice notice--ok" role="status">
              Demo data loaded. Opening the overview…
            </p>
          ) : loading ? (
            <div className="welcome-progress">
              <JobProgressBar label="Loading demo data" progress={progress} />
              <button type="button" className="button" onClick={() => void cancel(api)} disabled={phase !== 'running'}>
                {phase === 'cancelling' ? 'Cancelling…' : 'Cancel'}
              </button>
            </div>
          ) : (
            <button type="button" className="button button--primary button--large" onClick={() => void start(api)}>
              Load demo data
            </button>
          )}
          {phase === 'failed' && error && (
            <p className="notice notice--error" role="alert">
              The demo data could not be loaded: {error}
            </p>
          )}
          {phase === 'cancelled' && (
            <p className="notice" role="status">
              Loading was cancelled. You can start again whenever you like.
            </p>
          )}
        </div>

        <p className="welcome-own">
          Have your own statements to hand? <a href="#/import">Import them</a> instead.
        </p>
      </section>
    </div>
  );
}
