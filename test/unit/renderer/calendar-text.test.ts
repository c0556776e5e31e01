import { describe, expect, it } from 'vitest';
import { dayLabel, isoDay, monthLabel, monthsBetween, rangeLabel } from '../../../src/renderer/src/format/calendar-text';

describe('calendar text', () => {
  it('spells months out so no reader confuses day and month', () => {
    expect(monthLabel('2026-03')).toBe('Mar 2026');
    expect(dayLabel('2026-03-05')).toBe('5 Mar 2026');
    expect(() => monthLabel('2026-13')).toThrow(RangeError);
  });

  it('shortens a range within one year', () => {
    expect(rangeLabel({ from: '2026-10-23', to: '2026-11-21' })).toBe('23 Oct – 21 Nov 2026');
    expect(rangeLabel({ from: '2025-12-01', to: '2026-11-30' })).toBe('1 Dec 2025 – 30 Nov 2026');
  });

  it('lists months across a year end', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-02', '2026-02')).toEqual(['2026-02']);
    expect(monthsBetween('2026-03', '2026-02')).toEqual([]);
  });

  it('names a local day for file names', () => {
    expect(isoDay(new Date(2026, 10, 21, 23, 59))).toBe('2026-11-21');
  });
});
