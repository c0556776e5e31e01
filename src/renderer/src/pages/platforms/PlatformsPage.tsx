import { useState } from 'react';
import type { PlatformSummary } from '../../../../shared/contract/imports';
import type { WorkstationApi } from '../../../../shared/contract/workstation-api';
import { useChannelAnswer } from '../../api/use-channel-answer';
import { useWorkstation } from '../../api/workstation-context';
import { linesText } from '../../format/figures-text';
import { MergePlatformDialog } from './MergePlatformDialog';
import { PlatformsTable } from './PlatformsTable';

const askPlatforms = (api: WorkstationApi) => api.listPlatforms();

/** The stores and services the statements name, and a way to fold a stray spelling into the right one. */
export function PlatformsPage() {
  const api = useWorkstation();
  const answer = useChannelAnswer(askPlatforms);
  const [merging, setMerging] = useState<PlatformSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [merged, setMerged] = useState<string | null>(null);
  const [showUnused, setShowUnused] = useState(false);
  const platforms = answer.value?.platforms ?? [];
  // The app knows many stores up front; the ones no line names yet matter only as merge targets.
  const shown = showUnused ? platforms : platforms.filter((platform) => platform.lines > 0);
  const unused = platforms.length - platforms.filter((platform) => platform.lines > 0).length;

  async function merge(into: PlatformSummary) {
    if (!merging) return;
    setBusy(true);
    setError(null);
    const result = await api.aliasPlatform({ platformId: merging.platformId, intoPlatformId: into.platformId });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setMerged(`${merging.name} is now part of ${into.name}: ${linesText(result.value.movedLines)} moved.`);
    setMerging(null);
    answer.reload();
  }

  let body;
  if (answer.error) {
    body = (
      <p className="panel-message panel-message--error" role="alert">
        The platforms could not be loaded: {answer.error.message}
      </p>
    );
  } else if (!answer.value) {
    body = <div className="panel-skeleton panel-skeleton--short" aria-hidden="true" />;
  } else if (shown.length === 0) {
    body = (
      <p className="panel-message">
        No statement names a platform yet. They appear here as statements are imported: <a href="#/import">import statements</a>.
      </p>
    );
  } else {
    body = (
      <PlatformsTable
        platforms={shown}
        canMerge={platforms.length > 1}
        onMerge={(platform) => {
          setMerged(null);
          setError(null);
          setMerging(platform);
        }}
      />
    );
  }

  return (
    <div className="page platforms-page">
      <div className="page-heading">
        <div>
          <h1>Platforms</h1>
          <p className="page-lead">
            The stores and services your statements name. When a statement spells a store in a way the app did not know, it shows up here as its own platform:
            merge it into the right one.
          </p>
        </div>
      </div>
      {merged && (
        <p className="notice notice--ok" role="status">
          {merged}
        </p>
      )}
      <section className="panel" aria-labelledby="platforms-title" aria-busy={answer.loading}>
        <header className="panel-header">
          <h2 id="platforms-title">Platforms in your statements</h2>
          <p className="panel-subtitle">Most lines first</p>
          {unused > 0 && (
            <label className="choice panel-header-action">
              <input type="checkbox" checked={showUnused} onChange={(event) => setShowUnused(event.target.checked)} />
              Show the {unused} known platforms no line names yet
            </label>
          )}
        </header>
        <div className="panel-body">{body}</div>
      </section>
      <MergePlatformDialog platform={merging} platforms={platforms} busy={busy} error={error} onMerge={(into) => void merge(into)} onClose={() => setMerging(null)} />
    </div>
  );
}
