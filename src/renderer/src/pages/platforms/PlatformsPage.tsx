import { useEffect, useRef, useState } from 'react';
import type { MergeKind } from '../../../../shared/contract/catalogue-review';
import type { PlatformSummary } from '../../../../shared/contract/imports';
import type { WorkstationApi } from '../../../../shared/contract/workstation-api';
import { useChannelAnswer } from '../../api/use-channel-answer';
import { useWorkstation } from '../../api/workstation-context';
import { linesText } from '../../format/figures-text';
import { MergeHistoryPanel } from '../catalogue/merge-history/MergeHistoryPanel';
import { MergeNotice, type PageNotice } from '../catalogue/merge-history/MergeNotice';
import { useMergeHistory } from '../catalogue/merge-history/use-merge-history';
import { useMergeUndo } from '../catalogue/merge-history/use-merge-undo';
import { AddSpellingDialog } from './AddSpellingDialog';
import { MergePlatformDialog } from './MergePlatformDialog';
import { nextSpellingIndex, spellingAddedText, spellingRemovedText } from './platform-spellings';
import { PlatformsTable } from './PlatformsTable';

const askPlatforms = (api: WorkstationApi) => api.listPlatforms();
const MERGE_KINDS: readonly MergeKind[] = ['platform'];

/** A removed spelling's row and place, so the focus can stay in that row once the list comes back. */
interface FocusAfter {
  platformId: number;
  alias: string;
  index: number;
}

/** The stores and services the statements name, the spellings that lead to each, and a way to fold a stray spelling into the right one. */
export function PlatformsPage() {
  const api = useWorkstation();
  const answer = useChannelAnswer(askPlatforms);
  const [merging, setMerging] = useState<PlatformSummary | null>(null);
  const [adding, setAdding] = useState<PlatformSummary | null>(null);
  const [removing, setRemoving] = useState<{ platformId: number; alias: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<PageNotice | null>(null);
  const [focusAfter, setFocusAfter] = useState<FocusAfter | null>(null);
  /** The merged platform, whose row (and the button that opened the dialog) goes once the list is read again. */
  const [noticeAfter, setNoticeAfter] = useState<number | null>(null);
  const [showUnused, setShowUnused] = useState(false);
  const tableRef = useRef<HTMLTableElement>(null);
  const history = useMergeHistory(MERGE_KINDS);
  // A merge or an undo that changed the store is followed by data:changed, in this window as in
  // any other, and the platforms and the history are read again then: asking here too read each twice.
  const mergeUndo = useMergeUndo(setNotice);
  const platforms = answer.value?.platforms ?? [];
  // The app knows many stores up front; the ones no line names yet matter only as merge targets and for spellings added ahead of a statement.
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
    setNotice({
      tone: 'ok',
      text: `${merging.name} is now part of ${into.name}: ${linesText(result.value.movedLines)} moved.`,
      undo: { mergeId: result.value.mergeId, kind: 'platform' },
    });
    setMerging(null);
    setNoticeAfter(merging.platformId);
  }

  async function addSpelling(platform: PlatformSummary, alias: string) {
    setBusy(true);
    setError(null);
    const result = await api.addPlatformAlias({ platformId: platform.platformId, alias });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setNotice({ tone: 'ok', text: spellingAddedText(result.value) });
    setAdding(null);
    // A spelling moves no line, so no data:changed event will ask again for us.
    answer.reload();
  }

  async function removeSpelling(platform: PlatformSummary, alias: string) {
    setNotice(null);
    setRemoving({ platformId: platform.platformId, alias });
    const result = await api.removePlatformAlias({ platformId: platform.platformId, alias });
    setRemoving(null);
    if (!result.ok) {
      setNotice({ tone: 'error', text: `“${alias}” was not removed: ${result.error.message}` });
      return;
    }
    setNotice({ tone: 'ok', text: spellingRemovedText(result.value) });
    setFocusAfter({ platformId: platform.platformId, alias, index: platform.aliases.indexOf(alias) });
    answer.reload();
  }

  // The removed spelling's button is gone: the focus moves to the one that took its place in the
  // same row, or to the row's "Add spelling…", instead of falling back to the top of the page.
  useEffect(() => {
    if (!focusAfter || !answer.value) return;
    const platform = answer.value.platforms.find((candidate) => candidate.platformId === focusAfter.platformId);
    if (platform?.aliases.includes(focusAfter.alias)) return;
    setFocusAfter(null);
    const row = tableRef.current?.querySelector(`tr[data-platform-id="${focusAfter.platformId}"]`);
    const index = nextSpellingIndex(focusAfter.index, platform?.aliases.length ?? 0);
    const target = index === null ? row?.querySelector<HTMLElement>('.alias-add') : row?.querySelectorAll<HTMLElement>('.alias-remove')[index];
    target?.focus();
  }, [answer.value, focusAfter]);

  // Closing the dialog gives the focus back to the merged platform's Merge button, which leaves with
  // its row: the notice takes it instead, its Undo the next key press away.
  useEffect(() => {
    if (noticeAfter === null || !answer.value || answer.value.platforms.some((platform) => platform.platformId === noticeAfter)) return;
    setNoticeAfter(null);
    setNotice((shown) => shown && { ...shown, focus: true });
  }, [answer.value, noticeAfter]);

  function clearMessages() {
    setNotice(null);
    setError(null);
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
        removing={removing}
        tableRef={tableRef}
        onMerge={(platform) => {
          clearMessages();
          setMerging(platform);
        }}
        onAddSpelling={(platform) => {
          clearMessages();
          setAdding(platform);
        }}
        onRemoveSpelling={(platform, alias) => void removeSpelling(platform, alias)}
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
            merge it into the right one, and the lines already imported under it move there (the Merge history below can undo that). Each platform lists the
            other spellings that lead to it: add one before a statement uses it, or remove a wrong one. Adding or removing a spelling changes only how statements
            imported from now on are read.
          </p>
        </div>
      </div>
      <MergeNotice notice={notice} undoingId={mergeUndo.undoingId} onUndo={mergeUndo.undo} />
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
      <MergeHistoryPanel
        answer={history}
        subtitle="Platform merges, newest first"
        emptyText="No platform has been merged yet."
        undoingId={mergeUndo.undoingId}
        onUndo={mergeUndo.undo}
      />
      <MergePlatformDialog platform={merging} platforms={platforms} busy={busy} error={error} onMerge={(into) => void merge(into)} onClose={() => setMerging(null)} />
      <AddSpellingDialog
        platform={adding}
        busy={busy}
        error={error}
        onSave={(platform, alias) => void addSpelling(platform, alias)}
        onClose={() => setAdding(null)}
      />
    </div>
  );
}
