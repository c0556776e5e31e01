import { describe, expect, it } from 'vitest';
import { finerTimeDimension, periodDays, periodText, sharedDays } from '../../../src/renderer/src/pages/breakdown/time-periods';

describe('time periods', () => {
  it('know the days each period covers', () => {
    expect(periodDays('year', '2024')).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(periodDays('quarter', '2024-Q1')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(periodDays('quarter', '2023-Q4')).toEqual({ from: '2023-10-01', to: '2023-12-31' });
    expect(periodDays('month', '2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodDays('month', '2023-02')).toEqual({ from: '2023-02-01', to: '2023-02-28' });
    expect(periodDays('day', '2024-03-05')).toEqual({ from: '2024-03-05', to: '2024-03-05' });
    expect(periodDays('month', 'March')).toBeNull();
    expect(periodDays('platform', 'Spotify')).toBeNull();
  });

  it('place ISO weeks Monday to Sunday, across year ends', () => {
    expect(periodDays('week', '2021-W01')).toEqual({ from: '2021-01-04', to: '2021-01-10' });
    expect(periodDays('week', '2020-W53')).toEqual({ from: '2020-12-28', to: '2021-01-03' });
    expect(periodDays('week', '2025-W01')).toEqual({ from: '2024-12-30', to: '2025-01-05' });
  });

  it('say periods the way people do', () => {
    expect(periodText('month', '2024-03')).toBe('Mar 2024');
    expect(periodText('quarter', '2024-Q2')).toBe('Q2 2024');
    expect(periodText('day', '2024-03-05')).toBe('5 Mar 2024');
    expect(periodText('week', '2025-W01')).toBe('Week 1 2025 (from 30 Dec 2024)');
    expect(periodText('year', '2024')).toBe('2024');
  });

  it('open each period into the next finer one, down to days', () => {
    expect(['year', 'quarter', 'month', 'week', 'day'].map((d) => finerTimeDimension(d as 'year'))).toEqual(['quarter', 'month', 'day', 'day', null]);
  });

  it('intersect windows', () => {
    expect(sharedDays({ from: '2024-01-01', to: '2024-12-31' }, { from: '2024-07-01', to: '2025-06-30' })).toEqual({ from: '2024-07-01', to: '2024-12-31' });
    expect(sharedDays({ from: '2024-01-01', to: '2024-01-31' }, { from: '2024-02-01', to: '2024-02-29' })).toBeNull();
  });
});
