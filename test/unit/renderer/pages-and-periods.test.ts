import { describe, expect, it } from 'vitest';
import { dateTimeLabel, periodLabel } from '../../../src/renderer/src/format/calendar-text';
import { addCurrencyTotals, countText, fileSizeText, linesText } from '../../../src/renderer/src/format/figures-text';
import { pageFromHash } from '../../../src/renderer/src/navigation/pages';

describe('pageFromHash', () => {
  it('maps page addresses, and anything else to the Overview', () => {
    expect(pageFromHash('#/import')).toBe('import');
    expect(pageFromHash('#/fx-rates')).toBe('fx');
    expect(pageFromHash('#/platforms/')).toBe('platforms');
    expect(pageFromHash('#/')).toBe('overview');
    expect(pageFromHash('')).toBe('overview');
    expect(pageFromHash('#main')).toBe('overview');
    expect(pageFromHash('#/nowhere')).toBe('overview');
  });
});

describe('periodLabel', () => {
  it('reads whole months as months and anything else as days', () => {
    expect(periodLabel('2024-02-01', '2024-02-29')).toBe('Feb 2024');
    expect(periodLabel('2024-02-01', '2024-04-30')).toBe('Feb – Apr 2024');
    expect(periodLabel('2024-11-01', '2025-01-31')).toBe('Nov 2024 – Jan 2025');
    expect(periodLabel('2025-03-01', '2025-03-15')).toBe('1 Mar – 15 Mar 2025');
    expect(periodLabel('2025-04-15', '2025-04-15')).toBe('15 Apr 2025');
    expect(periodLabel(null, null)).toBeNull();
    expect(periodLabel('2025-04-15', null)).toBe('15 Apr 2025');
  });

  it('writes a timestamp as a local day and time, and leaves an unreadable one as it came', () => {
    expect(dateTimeLabel('2026-03-05T12:00:00')).toBe('5 Mar 2026, 12:00');
    expect(dateTimeLabel('yesterday')).toBe('yesterday');
  });
});

describe('figures', () => {
  it('adds currency totals to the last digit', () => {
    expect(addCurrencyTotals([{ USD: '12.74358024679' }, { USD: '7.797106160651' }])).toEqual({ USD: '20.540686407441' });
    expect(addCurrencyTotals([{ USD: '0.1' }, { USD: '-0.1' }])).toEqual({ USD: '0' });
    expect(addCurrencyTotals([])).toEqual({});
  });

  it('counts lines and sizes in words', () => {
    expect(linesText(1)).toBe('1 line');
    expect(linesText(1200)).toBe('1,200 lines');
    expect(countText(2.5)).toBe('2.5');
    expect(fileSizeText(812)).toBe('812 bytes');
    expect(fileSizeText(12_400)).toBe('12 KB');
    expect(fileSizeText(3_420_000)).toBe('3.4 MB');
  });
});
