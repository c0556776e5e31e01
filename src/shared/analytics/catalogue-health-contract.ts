import { z } from 'zod';
import { DateBasis, TimeRange } from '../query/query-spec';
import { DayText, ExactDecimal, MonthText, Share } from './contract-values';

export const CatalogueHealthRequest = z
  .object({
    /** The window whose revenue is judged; ages are counted to its last month. */
    timeRange: TimeRange.default({ kind: 'preset', preset: 'last12m' }),
    dateBasis: DateBasis.default('sale'),
    /** Releases and recordings younger than this many whole months are new; the rest are back catalogue. */
    newReleaseMonths: z.number().int().min(1).max(240).default(18),
  })
  .strict();
export type CatalogueHealthRequest = z.infer<typeof CatalogueHealthRequest>;

const AgeGroup = z.object({ count: z.number().int(), revenue: ExactDecimal, share: Share });

export const CatalogueHealth = z.object({
  /** The resolved window; null when the store holds nothing to judge. */
  range: z.object({ from: DayText, to: DayText }).nullable(),
  baseCurrency: z.string(),
  /** The month ages are counted to: the window's last month. */
  referenceMonth: MonthText.nullable(),
  revenue: ExactDecimal,
  /** Recordings first sold by the window's end; earning = net revenue above zero in the window. */
  recordings: z.object({ catalogue: z.number().int(), earning: z.number().int(), earningShare: Share }),
  /** Revenue outside the top `topPercent` % of recordings (rounded up to whole recordings). */
  longTail: z.object({ topPercent: z.number().int(), headCount: z.number().int(), headRevenue: ExactDecimal, tailRevenue: ExactDecimal, tailShare: Share }),
  /**
   * Releases by age at the reference month. The store keeps no release dates: a release's date is
   * the first month its sales appear in the statements. Revenue of lines whose release cannot be
   * told is `unattributed`.
   */
  releaseAge: z.object({
    newReleaseMonths: z.number().int(),
    newReleases: AgeGroup,
    backCatalogue: AgeGroup,
    unattributed: z.object({ revenue: ExactDecimal, share: Share }),
  }),
  /**
   * How long recordings keep earning: the median months from a recording's first sale month to
   * the last month it earned (through the reference month), and the window's revenue from
   * recordings at least `newReleaseMonths` old.
   */
  longevity: z.object({
    recordings: z.number().int(),
    medianEarningMonths: z.number().nullable(),
    olderRecordings: AgeGroup,
    youngerRecordings: AgeGroup,
    withoutRecording: z.object({ revenue: ExactDecimal, share: Share }),
  }),
});
export type CatalogueHealth = z.infer<typeof CatalogueHealth>;
