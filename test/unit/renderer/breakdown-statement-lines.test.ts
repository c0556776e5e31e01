import { describe, expect, it } from 'vitest';
import {
  baseAmountText,
  exactMoneyText,
  hasNextPage,
  keptText,
  lineNumberText,
  linesRangeText,
  previousOffset,
  recordingText,
  salePeriodText,
  setAsideText,
} from '../../../src/renderer/src/pages/breakdown/statement-lines-text';

const HARBOUR = { recording: 'Harbour Lights', release: 'Harbour Lights (Single)', isrc: 'QZHLT2600001', upc: '193456780019' };

describe('statement lines text', () => {
  it('says which lines a page holds among all that match, grouped the en-US way', () => {
    expect(linesRangeText(0, 100, 4210)).toBe('Lines 1–100 of 4,210');
    expect(linesRangeText(4200, 10, 4210)).toBe('Lines 4,201–4,210 of 4,210');
    expect(linesRangeText(0, 7, 7)).toBe('Lines 1–7 of 7');
    expect(linesRangeText(0, 1, 1)).toBe('Line 1 of 1');
    expect(linesRangeText(100, 1, 101)).toBe('Line 101 of 101');
    expect(linesRangeText(0, 0, 0)).toBe('No lines');
    // Lines taken out (an import undone) while a later page was open.
    expect(linesRangeText(200, 0, 150)).toBe('150 lines, none on this page');
  });

  it('turns pages a hundred lines at a time, stopping at both ends', () => {
    expect(previousOffset(250)).toBe(150);
    expect(previousOffset(100)).toBe(0);
    expect(previousOffset(40)).toBe(0);
    expect(hasNextPage(0, 100)).toBe(false);
    expect(hasNextPage(0, 101)).toBe(true);
    expect(hasNextPage(4100, 4210)).toBe(true);
    expect(hasNextPage(4200, 4210)).toBe(false);
    expect(hasNextPage(0, 0)).toBe(false);
  });

  it('shows every digit a line earned, never fewer than the cents', () => {
    expect(exactMoneyText('0.0123456', 'USD')).toBe('$0.0123456');
    expect(exactMoneyText('4.0000000000000000', 'USD')).toBe('$4.00');
    expect(exactMoneyText('12.3400', 'GBP')).toBe('£12.34');
    expect(exactMoneyText('1234.5', 'EUR')).toBe('€1,234.50');
    expect(exactMoneyText('1234567.891', 'USD')).toBe('$1,234,567.891');
    expect(exactMoneyText('-0.5', 'USD')).toBe('-$0.50');
    expect(exactMoneyText('7', 'USD')).toBe('$7.00');
    // A currency Intl cannot name still shows its digits as the statement gave them.
    expect(exactMoneyText('1.5', 'US$')).toBe('1.5 US$');
  });

  it('shows the base amount, or that no rate converts the line yet', () => {
    expect(baseAmountText('2.105', 'USD')).toBe('$2.105');
    expect(baseAmountText('0', 'EUR')).toBe('€0.00');
    expect(baseAmountText(null, 'USD')).toBe('no rate yet');
  });

  it('numbers a line as its file counts them', () => {
    expect(lineNumberText(2)).toBe('line 2');
    expect(lineNumberText(1204)).toBe('line 1,204');
  });

  it('reads a sale period as one day, a whole month, or from one day to another', () => {
    expect(salePeriodText({ saleFrom: '2025-03-05', saleTo: '2025-03-05' })).toBe('5 Mar 2025');
    expect(salePeriodText({ saleFrom: '2025-03-01', saleTo: '2025-03-31' })).toBe('Mar 2025');
    expect(salePeriodText({ saleFrom: '2025-03-03', saleTo: '2025-03-09' })).toBe('3 Mar – 9 Mar 2025');
    expect(salePeriodText({ saleFrom: '2024-12-30', saleTo: '2025-01-05' })).toBe('30 Dec 2024 – 5 Jan 2025');
  });

  it('names what was sold by its recording, else its release, with the codes that identify it', () => {
    expect(recordingText(HARBOUR)).toEqual({ title: 'Harbour Lights', codes: 'ISRC QZHLT2600001 · UPC 193456780019' });
    expect(recordingText({ ...HARBOUR, recording: null, isrc: null })).toEqual({ title: 'Harbour Lights (Single)', codes: 'UPC 193456780019' });
    expect(recordingText({ ...HARBOUR, upc: null })).toEqual({ title: 'Harbour Lights', codes: 'ISRC QZHLT2600001' });
    expect(recordingText({ recording: null, release: null, isrc: null, upc: null })).toEqual({ title: '—', codes: '' });
  });

  it('lists the kept columns as the file printed them, in its order', () => {
    expect(keptText({ label: 'Harbour Records', net_sales: '4.00', exchange_rate: '1.0000' })).toBe('label: Harbour Records · net_sales: 4.00 · exchange_rate: 1.0000');
    expect(keptText({})).toBe('');
  });

  it('says when filters on totals were set aside, and only then', () => {
    expect(setAsideText(0)).toBe('');
    expect(setAsideText(1)).toBe('1 filter on totals does not apply to single lines and was set aside.');
    expect(setAsideText(2)).toBe('2 filters on totals do not apply to single lines and were set aside.');
  });
});
