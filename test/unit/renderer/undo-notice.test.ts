import { describe, expect, it } from 'vitest';
import type { ImportBatchSummary } from '../../../src/shared/contract/imports';
import { undoNotice, undoNoticeNow } from '../../../src/renderer/src/pages/import/undo-notice';

function batch(importId: number, imported = 2, rejected = 0, importedAt = `2026-11-22T20:0${importId % 10}:00Z`): ImportBatchSummary {
  return { importId, imported, rejected, setAside: 0, importedAt } as ImportBatchSummary;
}

const MESSAGE = 'Removed 2 lines imported from dk-2024-10-corrected.tsv. Brought back dk-2024-10.tsv.';

describe('the notice above the import history after an undo', () => {
  it('stays while the history is still the one asked before the undo, then while it is the one the undo left', () => {
    const before = [batch(7), batch(5)];
    const notice = undoNotice(MESSAGE, 7, before);
    expect(undoNoticeNow(notice, before)).toBe(notice);
    const after = [batch(8), batch(5)];
    const settled = undoNoticeNow(notice, after)!;
    expect(settled.message).toBe(MESSAGE);
    expect(undoNoticeNow(settled, [batch(8), batch(5)])).toBe(settled);
  });

  it('goes once the history changes for another reason: a later import, or lines corrected', () => {
    const settled = undoNoticeNow(undoNotice(MESSAGE, 7, [batch(7), batch(5)]), [batch(8), batch(5)])!;
    expect(undoNoticeNow(settled, [batch(9), batch(8), batch(5)])).toBeNull();
    expect(undoNoticeNow(settled, [batch(8, 3, 1), batch(5)])).toBeNull();
  });

  it('goes once a later import takes the id of the newest import undone', () => {
    const notice = undoNotice(MESSAGE, 7, [batch(7), batch(5)]);
    const settled = undoNoticeNow(notice, [batch(5)])!;
    expect(settled).not.toBeNull();
    // The store gives the next import the freed id 7, made later and holding other lines.
    expect(undoNoticeNow(settled, [batch(7, 6, 0, '2026-11-22T21:00:00Z'), batch(5)])).toBeNull();
  });

  it('is settled at once when the history shown is already the one the undo left', () => {
    const notice = undoNotice(MESSAGE, 7, [batch(5)]);
    expect(undoNoticeNow(notice, [batch(5)])).toBe(notice);
    expect(undoNoticeNow(notice, [batch(7, 6, 0, '2026-11-22T21:00:00Z'), batch(5)])).toBeNull();
  });

  it('waits for the history, and shows nothing when there is nothing to show', () => {
    const notice = undoNotice(MESSAGE, 7, [batch(7)]);
    expect(undoNoticeNow(notice, undefined)).toBe(notice);
    expect(undoNoticeNow(null, [batch(1)])).toBeNull();
  });
});
