import { z } from 'zod';
import { DayText, ExactDecimal } from './contract-values';

export const ReleaseComparisonRequest = z
  .object({
    /** The releases to compare (those without sales are left out); the most recently released `latest` ones when unset. */
    releaseIds: z.array(z.number().int()).min(1).max(50).optional(),
    latest: z.number().int().min(1).max(50).default(10),
    /** The aligned curves' spacing and reach, in days since release. */
    curveStepDays: z.number().int().min(1).max(91).default(7),
    curveDays: z.number().int().min(1).max(1095).default(182),
  })
  .strict()
  .refine((r) => r.curveStepDays <= r.curveDays, { message: 'the curve step is longer than the curve', path: ['curveStepDays'] });
export type ReleaseComparisonRequest = z.infer<typeof ReleaseComparisonRequest>;

export const DayFigures = z.object({
  /** Days since release, the release day being day 1: 7 is the first week, 30 the first month. */
  days: z.number().int(),
  /** incomplete: the statements do not reach this day yet; its figures are null, not zero. */
  status: z.enum(['complete', 'incomplete']),
  revenue: ExactDecimal.nullable(),
  streams: z.number().nullable(),
  /** A statement period runs across this day: its figures were spread evenly over its days. */
  spread: z.boolean(),
});
export type DayFigures = z.infer<typeof DayFigures>;

export const ReleaseComparison = z.object({
  baseCurrency: z.string(),
  /** The last sale day any statement covers: the figures' reach. */
  dataThrough: DayText.nullable(),
  /** The store keeps no release dates: a release's day 1 is the first sale day its statements name. */
  releaseDay: z.literal('firstSaleDay'),
  marks: z.array(z.number().int()),
  releases: z.array(
    z.object({
      releaseId: z.number().int(),
      title: z.string(),
      artist: z.string().nullable(),
      upc: z.string().nullable(),
      releaseDay: DayText,
      revenue: ExactDecimal,
      streams: z.number(),
      marks: z.array(DayFigures),
      curve: z.array(DayFigures),
      /**
       * Its lines no FX rate converts yet, left out of every revenue figure here, and their
       * currencies; of them, those each mark and each curve point counts (in the order of `marks`
       * and `curve`), so a figure of nothing converted is never read as "sold nothing".
       */
      unconverted: z.object({
        lines: z.number().int(),
        currencies: z.array(z.string()),
        byMark: z.array(z.number().int()),
        byCurvePoint: z.array(z.number().int()),
      }),
    }),
  ),
});
export type ReleaseComparison = z.infer<typeof ReleaseComparison>;
