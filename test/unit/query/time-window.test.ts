import { describe, expect, it } from 'vitest';
import { QuerySpec, type RelativeTimeRange } from '../../../src/shared/query/query-spec';
import { comparisonWindow, isoWeekStart, resolveTimeRange } from '../../../src/shared/query/time-window';

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

  it('refuses relative ranges that mean nothing', () => {
    const parse = (timeRange: unknown) => QuerySpec.safeParse({ metrics: ['revenue'], timeRange });
    expect(parse({ kind: 'relative', last: 0, unit: 'month' }).error?.issues[0]?.path).toEqual(['timeRange', 'last']);
    expect(parse({ kind: 'relative', last: 3, unit: 'fortnight' }).error?.issues[0]?.path).toEqual(['timeRange', 'unit']);
    expect(parse({ kind: 'relative', last: 3, unit: 'month', anchor: 'yesterday' }).error?.issues[0]?.path).toEqual(['timeRange', 'anchor']);
    expect(parse({ kind: 'relative', last: 3, unit: 'month', anchor: 'latestData', includeCurrent: false }).success).toBe(true);
  });
});
