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
/** Lines no FX rate converts yet, and their currencies. */
const WaitingLines = z.object({ lines: z.number().int(), currencies: z.array(z.string()) });

export const CatalogueHealth = z.object({
  /** The resolved window; null when the store holds nothing to judge. */
  range: z.object({ from: DayText, to: DayText }).nullable(),
  baseCurrency: z.string(),
  /** The month ages are counted to: the window's last month. */
  referenceMonth: MonthText.nullable(),
  revenue: ExactDecimal,
  /**
   * Recordings first sold by the window's end; earning = net revenue above zero in the window, in
   * the base currency (see `unconverted` for those whose lines wait for a rate).
   */
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
   * the last month it earned (through the reference month), over the `recordings` whose life can
   * be told, and the window's revenue from recordings at least `newReleaseMonths` old.
   */
  longevity: z.object({
    recordings: z.number().int(),
    medianEarningMonths: z.number().nullable(),
    olderRecordings: AgeGroup,
    youngerRecordings: AgeGroup,
    withoutRecording: z.object({ revenue: ExactDecimal, share: Share }),
  }),
  /**
   * What waits for an FX rate, which no figure above can count: the window's lines no rate converts
   * yet (left out of every revenue) and their currencies; the recordings of the catalogue not
   * counted as earning whose lines in the window wait (whether they earned is not known yet, which
   * is not "nothing"); and those left out of the median earning life, whose lines wait in a month
   * after the last they are known to have earned in. `byReleaseAge` splits the waiting lines as
   * the revenue is split by release age, so each part can say what it leaves out.
   */
  unconverted: z.object({
    lines: z.number().int(),
    currencies: z.array(z.string()),
    recordingsWaiting: z.number().int(),
    earningLifeUnknown: z.number().int(),
    byReleaseAge: z.object({ newReleases: WaitingLines, backCatalogue: WaitingLines, unattributed: WaitingLines }),
  }),
});
export type CatalogueHealth = z.infer<typeof CatalogueHealth>;
