import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../src/shared/contract/imports';
import { sheetChoiceOf, sheetOptions } from '../../../src/renderer/src/pages/import/sheet-choice';

function preview(overrides: Partial<ImportPreview>): ImportPreview {
  return {
    stagedId: 's1', fileName: 'months.xlsx', status: 'ready', message: '', format: 'DistroKid', variant: '13-column', encoding: 'xlsx',
    lines: 3, importable: 3, rejected: 0, quantity: 34, amounts: {}, saleFrom: null, saleTo: null, reportingFrom: null, reportingTo: null,
    sample: [], problems: [], unknownColumns: [], overlaps: [], statements: [], warnings: [],
    ...overrides,
  };
}

describe('the sheets of a workbook to import', () => {
  it('are offered only when a workbook has more than one statement sheet', () => {
    expect(sheetChoiceOf(preview({}))).toBeNull();
    expect(sheetChoiceOf(preview({ sheets: ['April'] }))).toBeNull();
    expect(sheetChoiceOf(preview({ sheets: ['April', 'May'] }))).toEqual(['April', 'May']);
  });

  it('list every statement sheet first, as the choice that imports them all, then each sheet in order', () => {
    expect(sheetOptions(['April', 'May'])).toEqual([
      { value: '', label: 'All statement sheets' },
      { value: 'April', label: 'April' },
      { value: 'May', label: 'May' },
    ]);
  });
});
