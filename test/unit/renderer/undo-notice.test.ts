import { describe, expect, it } from 'vitest';
import type { ImportBatchSummary } from '../../../src/shared/contract/imports';
import { undoNoticeNow, type UndoNotice } from '../../../src/renderer/src/pages/import/undo-notice';

function batch(importId: number, imported = 2, rejected = 0): ImportBatchSummary {
  return { importId, imported, rejected, setAside: 0 } as ImportBatchSummary;
}

const NOTICE: UndoNotice = { message: 'Removed 2 lines imported from dk-2024-10-corrected.tsv. Brought back dk-2024-10.tsv.', importId: 7, settledOn: null };

describe('the notice above the import history after an undo', () => {
  it('stays while the history is still the one asked before the undo, then while it is the one the undo left', () => {
    const before = [batch(7), batch(5)];
    expect(undoNoticeNow(NOTICE, before)).toBe(NOTICE);
    const after = [batch(8), batch(5)];
    const settled = undoNoticeNow(NOTICE, after)!;
    expect(settled.message).toBe(NOTICE.message);
    expect(undoNoticeNow(settled, [batch(8), batch(5)])).toBe(settled);
  });

  it('goes once the history changes for another reason: a later import, or lines corrected', () => {
    const settled = undoNoticeNow(NOTICE, [batch(8), batch(5)])!;
    expect(undoNoticeNow(settled, [batch(9), batch(8), batch(5)])).toBeNull();
    expect(undoNoticeNow(settled, [batch(8, 3, 1), batch(5)])).toBeNull();
  });

  it('waits for the history, and shows nothing when there is nothing to show', () => {
    expect(undoNoticeNow(NOTICE, undefined)).toBe(NOTICE);
    expect(undoNoticeNow(null, [batch(1)])).toBeNull();
  });
});
