import { describe, expect, it } from 'vitest';
import { comparisonWindow, resolveTimeRange } from '../../../src/shared/query/time-window';

const today = new Date('2026-11-21T10:00:00Z');

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

  it('compares with the period just before, of the same length', () => {
    expect(comparisonWindow({ from: 20261023, to: 20261121 }, 'previousPeriod')).toEqual({ from: 20260923, to: 20261022 });
    expect(comparisonWindow({ from: 20240101, to: 20240229 }, 'samePeriodLastYear')).toEqual({ from: 20230101, to: 20230228 });
  });
});
