import { z } from 'zod';
import { TimeRange } from '../query/query-spec';
import { MonthText } from './contract-values';

export const CompletenessRequest = z
  .object({
    /** The sale months shown; all time runs from the first sale month to the as-of month. */
    timeRange: TimeRange.default({ kind: 'preset', preset: 'all' }),
    /** The month the grid is judged in; today's month when unset. */
    asOf: MonthText.optional(),
  })
  .strict();
export type CompletenessRequest = z.infer<typeof CompletenessRequest>;

export const CellStateName = z.enum(['present', 'missing', 'late', 'notDue', 'beforeFirst']);

export const Completeness = z.object({
  asOf: MonthText,
  /** Sale months, the grid's columns. */
  months: z.array(MonthText),
  platforms: z.array(
    z.object({
      platformId: z.number().int(),
      name: z.string(),
      firstMonth: MonthText.nullable(),
      /** Median months from a sale month to its first report (its reporting month, else its import's month). */
      lagMonths: z.number().nullable(),
      /** A month with no lines is late once this many months after it have passed entirely. */
      dueAfterMonths: z.number().int(),
      /** One per month of `months`, in the same order. */
      cells: z.array(z.object({ month: MonthText, state: CellStateName, lagMonths: z.number().int().nullable() })),
    }),
  ),
  summary: z.record(CellStateName, z.number().int()),
});
export type Completeness = z.infer<typeof Completeness>;
