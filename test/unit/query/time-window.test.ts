import { describe, expect, it } from 'vitest';
import { QuerySpec, type RelativeTimeRange } from '../../../src/shared/query/query-spec';
import { comparisonCalendar, comparisonWindow, isoWeekStart, resolveTimeRange } from '../../../src/shared/query/time-window';

const today = new Date('2026-11-21T10:00:00Z'); // a Saturday

const relative = (range: Omit<RelativeTimeRange, 'kind'>, on = today, span: { from: number; to: number } | null = null) =>
  resolveTimeRange({ kind: 'relative', ...range }, on, span);

describe('time windows', () => {
  it('resolves presets against today', () => {
    expect(resolveTimeRange({ kind: 'preset', preset: 'last30d' }, today, null)).toEqual({ from: 20261023, to: 20261121 });
    expect(resolveTimeRange({ kind: 'preset', preset: 'last12m' }, today, null)).toEqual({ from: 20251201, to: 20261121 });
    expect(resolveTimeRange({ kind: 'preset', preset: 'ytd' }, today, null)).toEqual({ from: 20260101, to: 20261121 });
    expect(resolveTimeRange({ kind: 'preset', preset: 'all' }, today, { from: 20230101, to: 20261031 })).toEqual({
      from: 20230101,
      to: 20261031,
    });
  });

  it('counts relative days and ISO weeks back from today, the running one left out unless asked for', () => {
    expect(relative({ last: 7, unit: 'day' })).toEqual({ from: 20261114, to: 20261120 });
    expect(relative({ last: 7, unit: 'day', includeCurrent: true })).toEqual({ from: 20261115, to: 20261121 });
    expect(relative({ last: 2, unit: 'week' })).toEqual({ from: 20261102, to: 20261115 });
    expect(relative({ last: 2, unit: 'week', includeCurrent: true })).toEqual({ from: 20261109, to: 20261122 });
    expect(isoWeekStart(20250101)).toBe(20241230);
  });

  it('gives whole months, quarters and years, across year ends', () => {
    expect(relative({ last: 12, unit: 'month' })).toEqual({ from: 20251101, to: 20261031 });
    expect(relative({ last: 3, unit: 'month', includeCurrent: true })).toEqual({ from: 20260901, to: 20261130 });
    expect(relative({ last: 3, unit: 'month' }, new Date('2026-02-10T00:00:00Z'))).toEqual({ from: 20251101, to: 20260131 });
    expect(relative({ last: 2, unit: 'quarter' })).toEqual({ from: 20260401, to: 20260930 });
    expect(relative({ last: 1, unit: 'year' })).toEqual({ from: 20250101, to: 20251231 });
    expect(relative({ last: 1, unit: 'month' }, new Date('2024-03-31T00:00:00Z'))).toEqual({ from: 20240201, to: 20240229 });
  });

  it('anchors on the latest data, counting its month unless told otherwise', () => {
    const span = { from: 20230105, to: 20260815 };
    expect(relative({ last: 12, unit: 'month', anchor: 'latestData' }, today, span)).toEqual({ from: 20250901, to: 20260831 });
    expect(relative({ last: 12, unit: 'month', anchor: 'latestData', includeCurrent: false }, today, span)).toEqual({ from: 20250801, to: 20260731 });
    expect(relative({ last: 30, unit: 'day', anchor: 'latestData' }, today, span)).toEqual({ from: 20260717, to: 20260815 });
    expect(relative({ last: 12, unit: 'month', anchor: 'latestData' }, today, null)).toBeNull();
  });

  it('compares with the period just before, of the same length', () => {
    expect(comparisonWindow({ from: 20261023, to: 20261121 }, 'previousPeriod')).toEqual({ from: 20260923, to: 20261022 });
    expect(comparisonWindow({ from: 20240101, to: 20240229 }, 'samePeriodLastYear')).toEqual({ from: 20230101, to: 20230228 });
    expect(comparisonWindow({ from: 20240315, to: 20240614 }, 'samePeriodLastYear')).toEqual({ from: 20230315, to: 20230614 });
  });

  it('compares whole months with whole months, and whole weeks with whole weeks', () => {
    expect(comparisonWindow({ from: 20240601, to: 20240630 }, 'previousPeriod')).toEqual({ from: 20240501, to: 20240531 });
    expect(comparisonWindow({ from: 20260401, to: 20260930 }, 'previousPeriod')).toEqual({ from: 20251001, to: 20260331 });
    expect(comparisonWindow({ from: 20250201, to: 20250228 }, 'samePeriodLastYear')).toEqual({ from: 20240201, to: 20240229 });
    expect(comparisonWindow({ from: 20261102, to: 20261115 }, 'previousPeriod', 'weeks')).toEqual({ from: 20261019, to: 20261101 });
    expect(comparisonWindow({ from: 20261102, to: 20261115 }, 'samePeriodLastYear', 'weeks')).toEqual({ from: 20251103, to: 20251116 });
  });

  it('counts the last 12 months of a label back from its latest statement, and compares them with the 12 before', () => {
    // Statements arrive late: in November 2026 the latest one is for July 2025.
    const span = { from: 20220101, to: 20250731 };
    const lastTwelve = { kind: 'relative', last: 12, unit: 'month', anchor: 'latestData' } as const;
    const window = resolveTimeRange(lastTwelve, today, span)!;
    expect(window).toEqual({ from: 20240801, to: 20250731 });
    expect(comparisonWindow(window, 'previousPeriod', comparisonCalendar(lastTwelve))).toEqual({ from: 20230801, to: 20240731 });
    // A statement dated to the middle of its month still ends the window with that month.
    expect(resolveTimeRange(lastTwelve, today, { from: 20220101, to: 20250715 })).toEqual({ from: 20240801, to: 20250731 });
  });

  it('ends a year or quarter counted back from the latest statement with that statement’s month', () => {
    const span = { from: 20220101, to: 20250731 };
    const yearToDate = { kind: 'relative', last: 1, unit: 'year', anchor: 'latestData' } as const;
    const window = resolveTimeRange(yearToDate, today, span)!;
    expect(window).toEqual({ from: 20250101, to: 20250731 });
    expect(comparisonWindow(window, 'previousPeriod', comparisonCalendar(yearToDate))).toEqual({ from: 20240601, to: 20241231 });
    expect(relative({ last: 2, unit: 'quarter', anchor: 'latestData' }, today, { from: 20230105, to: 20260815 })).toEqual({ from: 20260401, to: 20260831 });
    expect(relative({ last: 1, unit: 'year', anchor: 'latestData', includeCurrent: false }, today, span)).toEqual({ from: 20240101, to: 20241231 });
  });

  it('compares the last 12 months up to today with the same days 12 months earlier, not as many days before', () => {
    const lastTwelve = { kind: 'preset', preset: 'last12m' } as const;
    const window = resolveTimeRange(lastTwelve, new Date('2026-11-22T10:00:00Z'), null)!;
    expect(window).toEqual({ from: 20251201, to: 20261122 });
    expect(comparisonWindow(window, 'previousPeriod', comparisonCalendar(lastTwelve))).toEqual({ from: 20241201, to: 20251122 });
    expect(comparisonWindow(window, 'samePeriodLastYear', comparisonCalendar(lastTwelve))).toEqual({ from: 20241201, to: 20251122 });
    // Year to date: as many months back, ending on the same day of the month.
    const ytd = resolveTimeRange({ kind: 'preset', preset: 'ytd' }, today, null)!;
    expect(comparisonWindow(ytd, 'previousPeriod', comparisonCalendar({ kind: 'preset', preset: 'ytd' }))).toEqual({ from: 20250201, to: 20251221 });
    // A day the earlier month lacks becomes its last day.
    expect(comparisonWindow({ from: 20250301, to: 20250330 }, 'previousPeriod', 'months')).toEqual({ from: 20250201, to: 20250228 });
    // Windows counted in days still compare with as many days before.
    expect(comparisonWindow({ from: 20261023, to: 20261121 }, 'previousPeriod', comparisonCalendar({ kind: 'preset', preset: 'last30d' }))).toEqual({
      from: 20260923,
      to: 20261022,
    });
  });

  it('counts comparisons in months for ranges counted in months, in weeks for weeks, else in days', () => {
    expect(comparisonCalendar({ kind: 'preset', preset: 'last12m' })).toBe('months');
    expect(comparisonCalendar({ kind: 'preset', preset: 'ytd' })).toBe('months');
    expect(comparisonCalendar({ kind: 'preset', preset: 'last90d' })).toBe('days');
    expect(comparisonCalendar({ kind: 'relative', last: 3, unit: 'quarter' })).toBe('months');
    expect(comparisonCalendar({ kind: 'relative', last: 3, unit: 'week' })).toBe('weeks');
    expect(comparisonCalendar({ kind: 'relative', last: 3, unit: 'day' })).toBe('days');
    expect(comparisonCalendar({ kind: 'absolute', from: '2026-01-01', to: '2026-01-15' })).toBe('days');
  });

  it('refuses relative ranges that mean nothing', () => {
    const parse = (timeRange: unknown) => QuerySpec.safeParse({ metrics: ['revenue'], timeRange });
    expect(parse({ kind: 'relative', last: 0, unit: 'month' }).error?.issues[0]?.path).toEqual(['timeRange', 'last']);
    expect(parse({ kind: 'relative', last: 3, unit: 'fortnight' }).error?.issues[0]?.path).toEqual(['timeRange', 'unit']);
    expect(parse({ kind: 'relative', last: 3, unit: 'month', anchor: 'yesterday' }).error?.issues[0]?.path).toEqual(['timeRange', 'anchor']);
    expect(parse({ kind: 'relative', last: 3, unit: 'month', anchor: 'latestData', includeCurrent: false }).success).toBe(true);
  });
});
