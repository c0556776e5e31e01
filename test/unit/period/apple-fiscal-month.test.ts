import { describe, expect, it } from 'vitest';
import { calendarMonthOfAppleFiscal } from '../../../src/shared/period/apple-fiscal-month';
import { addDays, daysInMonth, toDayNumber } from '../../../src/shared/period/sale-period';

/**
 * Apple's fiscal years 2024–2026 as its payment calendar prints them: each quarter a 5-week month
 * and two 4-week ones, the year ending on the last Saturday of September (30 Sep 2023, 28 Sep
 * 2024, 27 Sep 2025, 26 Sep 2026). [first day, last day, the calendar month it is named for].
 */
const FISCAL_MONTHS: [number, number, string][] = [
  [20231001, 20231104, '2023-10'], [20231105, 20231202, '2023-11'], [20231203, 20231230, '2023-12'],
  [20231231, 20240203, '2024-01'], [20240204, 20240302, '2024-02'], [20240303, 20240330, '2024-03'],
  [20240331, 20240504, '2024-04'], [20240505, 20240601, '2024-05'], [20240602, 20240629, '2024-06'],
  [20240630, 20240803, '2024-07'], [20240804, 20240831, '2024-08'], [20240901, 20240928, '2024-09'],
  [20240929, 20241102, '2024-10'], [20241103, 20241130, '2024-11'], [20241201, 20241228, '2024-12'],
  [20241229, 20250201, '2025-01'], [20250202, 20250301, '2025-02'], [20250302, 20250329, '2025-03'],
  [20250330, 20250503, '2025-04'], [20250504, 20250531, '2025-05'], [20250601, 20250628, '2025-06'],
  [20250629, 20250802, '2025-07'], [20250803, 20250830, '2025-08'], [20250831, 20250927, '2025-09'],
  [20250928, 20251101, '2025-10'], [20251102, 20251129, '2025-11'], [20251130, 20251227, '2025-12'],
  [20251228, 20260131, '2026-01'], [20260201, 20260228, '2026-02'], [20260301, 20260328, '2026-03'],
  [20260329, 20260502, '2026-04'], [20260503, 20260530, '2026-05'], [20260531, 20260627, '2026-06'],
  [20260628, 20260801, '2026-07'], [20260802, 20260829, '2026-08'], [20260830, 20260926, '2026-09'],
];

function wholeMonth(month: string): { start: number; end: number } {
  const [year, mm] = month.split('-').map(Number) as [number, number];
  return { start: toDayNumber(year, mm, 1), end: toDayNumber(year, mm, daysInMonth(year, mm)) };
}

describe("Apple's fiscal months", () => {
  it.each(FISCAL_MONTHS)('%i – %i is %s', (start, end, month) => {
    expect(calendarMonthOfAppleFiscal({ start, end })).toEqual(wholeMonth(month));
  });

  it('follows one another day after day, so the table above is the whole calendar', () => {
    for (let i = 1; i < FISCAL_MONTHS.length; i++) expect(FISCAL_MONTHS[i]![0]).toBe(addDays(FISCAL_MONTHS[i - 1]![1], 1));
  });

  it("files a 53-week year's five-week December (27 Nov – 31 Dec 2022) under December", () => {
    expect(calendarMonthOfAppleFiscal({ start: 20221127, end: 20221231 })).toEqual({ start: 20221201, end: 20221231 });
  });

  it.each([
    ['a single day', 20250115, 20250115],
    ['a calendar month', 20250101, 20250131],
    ['a calendar month of 28 days not starting on a Sunday', 20250201, 20250228],
    ['one Sunday-to-Saturday week', 20250105, 20250111],
    ['two weeks', 20250105, 20250118],
    ['six weeks', 20241229, 20250208],
    ['28 days from a Monday', 20241230, 20250126],
    ['35 days from a Saturday', 20241228, 20250131],
    ['a quarter', 20250101, 20250331],
  ])('leaves %s as printed', (_what, start, end) => {
    expect(calendarMonthOfAppleFiscal({ start, end })).toBeNull();
  });
});
