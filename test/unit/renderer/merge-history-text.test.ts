import { describe, expect, it } from 'vitest';
import type { CatalogueMerge } from '../../../src/shared/contract/catalogue-review';
import { mergeRow, mergeUndoneText, showMoreMergesText, shownMergesText } from '../../../src/renderer/src/pages/catalogue/merge-history/merge-history-text';

/** Local 5 Mar 2026, 14:05 and 6 Mar 2026, 09:30, as the core writes them (UTC ISO). */
const MERGED_AT = new Date(2026, 2, 5, 14, 5).toISOString();
const UNDONE_AT = new Date(2026, 2, 6, 9, 30).toISOString();

function merge(overrides: Partial<CatalogueMerge> = {}): CatalogueMerge {
  return {
    mergeId: 4,
    kind: 'recording',
    fromName: 'Quiet Harbor by Night Ferry',
    intoName: 'Quiet Harbour by Night Ferry',
    movedLines: 1200,
    mergedAt: MERGED_AT,
    undoneAt: null,
    cannotUndo: null,
    ...overrides,
  };
}

describe('merge history rows', () => {
  it('says what went into what, when, how many lines moved, and offers Undo', () => {
    expect(mergeRow(merge())).toEqual({
      mergeId: 4,
      kind: 'recording',
      what: '“Quiet Harbor by Night Ferry” into “Quiet Harbour by Night Ferry”',
      kindText: 'Recording merge',
      whenText: '5 Mar 2026, 14:05',
      movedText: '1,200',
      state: { undoable: true },
    });
    expect(mergeRow(merge({ kind: 'artist', fromName: 'Nite Ferry', intoName: 'Night Ferry' })).kindText).toBe('Artist merge');
    expect(mergeRow(merge({ kind: 'platform', fromName: 'Spotfy', intoName: 'Spotify' })).what).toBe('“Spotfy” into “Spotify”');
  });

  it('says when an undone merge was undone, and offers no Undo', () => {
    expect(mergeRow(merge({ undoneAt: UNDONE_AT })).state).toEqual({ undoable: false, text: 'Undone on 6 Mar 2026, 09:30' });
  });

  it('shows why a merge cannot be undone yet in words, not only a missing button', () => {
    const cannotUndo = '“Nite Ferry” was merged into “Night Ferry” after it; undo that merge first.';
    expect(mergeRow(merge({ cannotUndo })).state).toEqual({ undoable: false, text: `Cannot be undone yet: ${cannotUndo}` });
  });

  it('says how many of the merges are listed, and offers 25 more at a time, or the few left', () => {
    expect(shownMergesText(5, 1200)).toBe('Showing 5 of 1,200 merges');
    expect(showMoreMergesText(1195)).toBe('Show 25 more');
    expect(showMoreMergesText(7)).toBe('Show 7 more');
  });
});

describe('undo notice', () => {
  it('says what is its own again and how many lines came back', () => {
    expect(mergeUndoneText('recording', { fromName: 'Quiet Harbor by Night Ferry', intoName: 'Quiet Harbour by Night Ferry', movedLines: 1 })).toBe(
      '“Quiet Harbor by Night Ferry” is its own recording again: 1 line moved back.',
    );
    expect(mergeUndoneText('artist', { fromName: 'Nite Ferry', intoName: 'Night Ferry', movedLines: 3 })).toBe('“Nite Ferry” is its own artist again: 3 lines moved back.');
    expect(mergeUndoneText('platform', { fromName: 'Spotfy', intoName: 'Spotify', movedLines: 1200 })).toBe('“Spotfy” is its own platform again: 1,200 lines moved back.');
    expect(mergeUndoneText('recording', { fromName: 'Golden Hr by Nova Reyes', intoName: 'Golden Hour by Nova Reyes', movedLines: 0 })).toBe(
      'The merge of “Golden Hr by Nova Reyes” into “Golden Hour by Nova Reyes” is undone. None of its lines were left to move back: the imports that held them were undone since.',
    );
  });
});
