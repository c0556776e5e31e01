import { z } from 'zod';

/** Money as an exact decimal string in the base currency; never a float. */
export const ExactDecimal = z.string().regex(/^-?\d+(\.\d+)?$/, 'an exact decimal such as 12.34');

/** A proportion from 0 to 1, rounded to 6 decimals; null when there is nothing to divide by. */
export const Share = z.number().nullable();

export const MonthText = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM');

export const DayText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const NoAnalyticsInput = z.object({}).strict().default({});
