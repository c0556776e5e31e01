import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../src/shared/contract/imports';
import { alsoFitsText, formatChoiceOf, readAsOptions } from '../../../src/renderer/src/pages/import/format-choice';

const TEAM_SHEET = { formatId: 'mapping:0123456789abcdef', name: 'Team sheet', variant: 'saved mapping Team sheet v1' };

function preview(overrides: Partial<ImportPreview>): ImportPreview {
  return {
    stagedId: 's1', fileName: 'statement.tsv', status: 'ready', message: '', format: 'DistroKid', variant: '13-column', encoding: 'utf-8',
    lines: 2, importable: 2, rejected: 0, quantity: 5, amounts: {}, saleFrom: null, saleTo: null, reportingFrom: null, reportingTo: null,
    sample: [], problems: [], unknownColumns: [], overlaps: [], statements: [], warnings: [],
    ...overrides,
  };
}

describe('the layout a file is read as', () => {
  it('is offered only when another layout fits as well', () => {
    expect(formatChoiceOf(preview({}))).toBeNull();
    expect(formatChoiceOf(preview({ alternatives: [] }))).toBeNull();
    expect(formatChoiceOf(preview({ alternatives: [TEAM_SHEET] }))).toEqual({ detected: 'DistroKid (13-column)', alternatives: [TEAM_SHEET] });
  });

  it('lists the detected layout first, as the choice that lets detection decide', () => {
    const choice = formatChoiceOf(preview({ alternatives: [TEAM_SHEET] }))!;
    expect(readAsOptions(choice)).toEqual([
      { value: '', label: 'DistroKid (13-column)' },
      { value: TEAM_SHEET.formatId, label: 'Team sheet (saved mapping Team sheet v1)' },
    ]);
    expect(alsoFitsText(choice)).toBe('Also fits: Team sheet (saved mapping Team sheet v1)');
  });
});
