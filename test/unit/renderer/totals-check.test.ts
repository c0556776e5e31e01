import { describe, expect, it } from 'vitest';
import type { Reconciliation } from '../../../src/shared/contract/imports';
import { totalsCheckText } from '../../../src/renderer/src/pages/import/totals-check';
import { exactDecimalText } from '../../../src/renderer/src/format/figures-text';

type Check = Reconciliation['checked'][number];

const rows: Check = { label: 'Total_Rows', measure: 'lines', currency: null, line: 9, stated: '3', found: '3' };
const amount: Check = { label: 'Total_Amount', measure: 'amount', currency: 'USD', line: 10, stated: '4512.330', found: '4512.330' };
const units: Check = { label: 'Total_Units', measure: 'quantity', currency: null, line: 11, stated: '1204', found: '1204' };

describe('totalsCheckText', () => {
  it('says every stated total agrees, each figure with all the digits the file printed', () => {
    expect(totalsCheckText({ checked: [rows, amount, units], mismatches: [] })).toBe(
      "Totals checked against the file's own totals: 3 of 3 agree (Total_Rows 3, Total_Amount 4,512.330 USD, Total_Units 1,204).",
    );
  });

  it('counts the totals that disagree, naming them, and lists those that agree', () => {
    // The checks arrive as JSON: a mismatch is an equal copy, not the same object as in `checked`.
    const wrong = { ...amount, found: '4512.331' };
    expect(totalsCheckText({ checked: [rows, wrong, units], mismatches: [{ ...wrong }] })).toBe(
      "Totals checked against the file's own totals: 1 of 3 disagree (Total_Amount); 2 agree (Total_Rows 3, Total_Units 1,204).",
    );
    expect(totalsCheckText({ checked: [wrong], mismatches: [{ ...wrong }] })).toBe("Totals checked against the file's own totals: 1 of 1 disagree (Total_Amount).");
  });

  it('says when the file states no totals, so no check is not mistaken for a passed one', () => {
    expect(totalsCheckText({ checked: [], mismatches: [] })).toBe('The file states no totals to check against.');
  });

  it("names a DDEX file's FOOT counts by their own names", () => {
    const lines: Check = { label: 'FOOT NumberOfLinesInFile', measure: 'records', currency: null, line: 40, stated: '1204', found: '1204' };
    const summaries: Check = { label: 'FOOT NumberOfSummaryRecords', measure: 'records', currency: null, line: 40, stated: '2', found: '3' };
    expect(totalsCheckText({ checked: [lines], mismatches: [] })).toBe('FOOT record: 1 of 1 agree (NumberOfLinesInFile 1,204).');
    expect(totalsCheckText({ checked: [lines, summaries], mismatches: [summaries] })).toBe(
      'FOOT record: 1 of 2 disagree (NumberOfSummaryRecords); 1 agree (NumberOfLinesInFile 1,204).',
    );
  });
});

describe('exactDecimalText', () => {
  it('groups thousands and keeps every decimal and the sign', () => {
    expect(exactDecimalText('19.985')).toBe('19.985');
    expect(exactDecimalText('-1234567.1000000001')).toBe('-1,234,567.1000000001');
    expect(exactDecimalText('1204')).toBe('1,204');
  });
});
