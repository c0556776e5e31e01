import { describe, expect, it } from 'vitest';
import type { ImportBatchSummary } from '../../../src/shared/contract/imports';
import { earlierImportText } from '../../../src/renderer/src/pages/import/earlier-import-text';

function batch(overrides: Partial<ImportBatchSummary> = {}): ImportBatchSummary {
  return {
    importId: 7, fileName: 'distrokid-legacy.tsv', format: 'DistroKid', variant: '13-column', importedAt: '2024-04-06T10:05:00.000Z', lines: 5, imported: 5,
    rejected: 0, setAside: 0, readings: 0, statementLines: 5, quantity: 1512, amounts: { USD: '12.74358024679' }, saleFrom: '2024-02-01', saleTo: '2024-02-29', replaced: [], readAgain: null,
    ...overrides,
  };
}

describe('when and as what a file picked again was imported', () => {
  it('says the day, the layout, the lines and what they earned, per currency', () => {
    expect(earlierImportText(batch(), 'distrokid-legacy.tsv')).toMatch(/^Imported on 6 Apr 2024, \d{2}:\d{2} as DistroKid · 13-column: 5 lines, \$12\.74\.$/);
    expect(earlierImportText(batch({ imported: 1, amounts: { EUR: '3.5', USD: '1' } }), 'distrokid-legacy.tsv')).toMatch(/: 1 line, €3\.50, \$1\.00\.$/);
    expect(earlierImportText(batch({ amounts: {} }), 'distrokid-legacy.tsv')).toMatch(/: 5 lines\.$/);
  });

  it('names the earlier import when it came under another name', () => {
    expect(earlierImportText(batch(), 'renamed.tsv')).toMatch(/ as DistroKid · 13-column under the name distrokid-legacy\.tsv: 5 lines/);
  });
});
