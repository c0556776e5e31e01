import { describe, expect, it } from 'vitest';
import { addDays, parsePeriod } from '../../../src/shared/period/sale-period';

describe('sale periods', () => {
  it.each([
    ['2024-03-15', 20240315, 20240315],
    ['2024-03', 20240301, 20240331],
    ['2024-02', 20240201, 20240229],
    ['3/15/2024 12:00:00 AM', 20240315, 20240315],
    ['10/31/23 4:05pm', 20231031, 20231031],
    ['JUN-25', 20250601, 20250630],
    ['June 2025', 20250601, 20250630],
    ['2017M10', 20171001, 20171031],
    ['2022Q3', 20220701, 20220930],
    ['2Q2025', 20250401, 20250630],
    ['2024_3', 20240301, 20240331],
    ['20240315', 20240315, 20240315],
    ['15.03.2024', 20240315, 20240315],
    ['25/12/2024', 20241225, 20241225],
  ])('%s', (text, start, end) => {
    expect(parsePeriod(text)).toEqual({ start, end });
  });

  it('refuses impossible dates and words with a reason', () => {
    expect(() => parsePeriod('2024-02-30')).toThrow('"2024-02-30" is not a valid date');
    expect(() => parsePeriod('2024-13')).toThrow(/not a valid month/);
    expect(() => parsePeriod('soon')).toThrow(/not a period/);
    expect(() => parsePeriod('')).toThrow('empty period');
  });

  it('reads slash dates day first in a file known to write them so, and refuses one that cannot be', () => {
    expect(parsePeriod('03/04/2025', 'dmy')).toEqual({ start: 20250403, end: 20250403 });
    expect(parsePeriod('03/04/2025 12:00:00 AM', 'dmy')).toEqual({ start: 20250403, end: 20250403 });
    expect(parsePeriod('03/04/2025')).toEqual({ start: 20250304, end: 20250304 });
    expect(() => parsePeriod('04/21/2025', 'dmy')).toThrow('"04/21/2025" is not a day/month/year date, as the file\'s other dates are');
    // Other spellings have one reading whatever the order.
    expect(parsePeriod('2025-04-03', 'dmy')).toEqual({ start: 20250403, end: 20250403 });
  });

  it('steps days across months and leap years', () => {
    expect(addDays(20240228, 1)).toBe(20240229);
    expect(addDays(20240301, -1)).toBe(20240229);
    expect(addDays(20241231, 1)).toBe(20250101);
  });
});
