import { describe, expect, it } from 'vitest';
import {
  checksSummary,
  differenceText,
  figureText,
  foldedApart,
  headlineCheck,
  mismatchesFirst,
  noStatedTotalText,
  platformsText,
  type ImportChecks,
  type StatedCheck,
} from '../../../src/renderer/src/pages/health/statement-checks';

function check(overrides: Partial<StatedCheck>): StatedCheck {
  return { label: 'Total_Amount', measure: 'amount', currency: 'USD', line: 9, stated: '19.97', found: '19.985', difference: '0.015', matches: false, ...overrides };
}

function checked(importId: number, status: ImportChecks['status'], checks: StatedCheck[] = []): ImportChecks {
  return { importId, fileName: `file-${importId}.txt`, format: 'Apple financial report', platforms: ['iTunes'], importedAt: '2026-11-01T10:00:00.000Z', status, amounts: {}, checks };
}

describe('statement checks', () => {
  it('names a statement’s store, two at most, and counts any more', () => {
    expect(platformsText([])).toBe('');
    expect(platformsText(['Spotify'])).toBe('Spotify');
    expect(platformsText(['Apple Music', 'Spotify'])).toBe('Apple Music, Spotify');
    expect(platformsText(['Amazon Downloads', 'Apple Music', 'iTunes', 'Spotify'])).toBe('4 platforms');
  });

  it('puts mismatches first, then unchecked files, then the rest, newest first within each', () => {
    const order = mismatchesFirst([checked(1, 'matched'), checked(2, 'noStatedTotal'), checked(3, 'mismatch'), checked(4, 'matched'), checked(5, 'notRecorded'), checked(6, 'mismatch')]);
    expect(order.map((each) => each.importId)).toEqual([6, 3, 5, 2, 4, 1]);
  });

  it('folds the statements that state no total apart from the rest, and counts them in words', () => {
    const { listed, noStatedTotal } = foldedApart([checked(1, 'matched'), checked(2, 'noStatedTotal'), checked(3, 'mismatch'), checked(4, 'noStatedTotal'), checked(5, 'notRecorded')]);
    expect(listed.map((each) => each.importId)).toEqual([3, 5, 1]);
    expect(noStatedTotal.map((each) => each.importId)).toEqual([4, 2]);
    expect(noStatedTotalText(1)).toBe('1 statement states no total');
    expect(noStatedTotalText(1065)).toBe('1,065 statements state no total');
  });

  it('heads a row with the first check that disagrees, else the money total', () => {
    const rows = check({ label: 'Total_Rows', measure: 'lines', currency: null, stated: '6', found: '6', difference: '0', matches: true });
    const amount = check({ matches: true, difference: '0.000', found: '19.970' });
    const units = check({ label: 'Total_Units', measure: 'quantity', currency: null, stated: '20', found: '21', difference: '1', matches: false });
    expect(headlineCheck(checked(1, 'mismatch', [rows, amount, units]))).toBe(units);
    expect(headlineCheck(checked(1, 'matched', [rows, amount]))).toBe(amount);
    expect(headlineCheck(checked(1, 'matched', [rows]))).toBe(rows);
    expect(headlineCheck(checked(1, 'noStatedTotal'))).toBeNull();
  });

  it('keeps every digit of stated and found amounts, and signs the difference', () => {
    const amount = check({});
    expect(figureText(amount.stated, amount)).toBe('19.97 USD');
    expect(figureText(amount.found, amount)).toBe('19.985 USD');
    expect(differenceText(amount)).toBe('+0.015 USD');
    expect(differenceText(check({ difference: '-0.09' }))).toBe('\u22120.09 USD');
    expect(differenceText(check({ difference: '0.000' }))).toBe('0.000 USD');
    expect(differenceText(check({ difference: null }))).toBe('—');
    const records = check({ measure: 'records', currency: null, stated: '12', found: '14', difference: '2' });
    expect([figureText(records.stated, records), differenceText(records)]).toEqual(['12', '+2']);
  });

  it('sums the statuses up in order of concern, leaving out those with none', () => {
    expect(checksSummary({ matched: 2, mismatch: 1, noStatedTotal: 1, notRecorded: 0 })).toBe('1 mismatch · 2 matched · 1 without a stated total');
    expect(checksSummary({ matched: 0, mismatch: 3, noStatedTotal: 0, notRecorded: 1 })).toBe('3 mismatches · 1 imported before checks were kept');
    expect(checksSummary({ matched: 0, mismatch: 0, noStatedTotal: 0, notRecorded: 0 })).toBe('');
  });
});
