import type { CatalogueHealth } from '../../../../shared/analytics/catalogue-health-contract';
import { compareDecimal, formatMoney } from '../../../../shared/money/display-amount';
import { monthLabel } from '../../format/calendar-text';
import { countText } from '../../format/figures-text';
import { countOf, monthsText, shareText } from './health-text';

export interface HealthFigure {
  key: 'revenue' | 'earning' | 'longTail' | 'newReleases' | 'backCatalogue' | 'unattributed' | 'longevity';
  label: string;
  value: string;
  detail: string;
}

/** Whether the window holds nothing to judge: no recording sold by its end and no revenue in it. */
export function catalogueHealthIsEmpty(health: CatalogueHealth): boolean {
  return health.recordings.catalogue === 0 && compareDecimal(health.revenue, '0') === 0;
}

/**
 * The report as figures people read, money formatted from its exact decimal strings. The release
 * split's unattributed part is listed only when there is some, since it is usually nothing.
 */
export function catalogueHealthFigures(health: CatalogueHealth): HealthFigure[] {
  const money = (amount: string) => formatMoney(amount, health.baseCurrency);
  const { recordings, longTail, releaseAge, longevity } = health;
  const soldBy = health.referenceMonth ? `first sold by ${monthLabel(health.referenceMonth)}` : 'sold so far';
  const age = countOf(releaseAge.newReleaseMonths, 'month');
  const figures: HealthFigure[] = [
    { key: 'revenue', label: 'Revenue', value: money(health.revenue), detail: `in ${health.baseCurrency}, over the range` },
    {
      key: 'earning',
      label: 'Recordings earning',
      value: `${countText(recordings.earning)} of ${countText(recordings.catalogue)}`,
      detail: `recordings earned (${shareText(recordings.earningShare)}), counting those ${soldBy}`,
    },
    {
      key: 'longTail',
      label: 'Long tail',
      value: shareText(longTail.tailShare),
      detail: `of revenue (${money(longTail.tailRevenue)}) came from outside the top ${longTail.topPercent}%: the ${countOf(longTail.headCount, 'recording')} that earned ${money(longTail.headRevenue)}`,
    },
    {
      key: 'newReleases',
      label: 'New releases',
      value: money(releaseAge.newReleases.revenue),
      detail: `${shareText(releaseAge.newReleases.share)} of revenue, from ${countOf(releaseAge.newReleases.count, 'release')} younger than ${age}`,
    },
    {
      key: 'backCatalogue',
      label: 'Back catalogue',
      value: money(releaseAge.backCatalogue.revenue),
      detail: `${shareText(releaseAge.backCatalogue.share)} of revenue, from ${countOf(releaseAge.backCatalogue.count, 'release')} ${age} or older`,
    },
  ];
  if (compareDecimal(releaseAge.unattributed.revenue, '0') !== 0) {
    figures.push({
      key: 'unattributed',
      label: 'Release unknown',
      value: money(releaseAge.unattributed.revenue),
      detail: `${shareText(releaseAge.unattributed.share)} of revenue, from lines whose release cannot be told`,
    });
  }
  figures.push({
    key: 'longevity',
    label: 'Median earning life',
    value: monthsText(longevity.medianEarningMonths),
    detail: `from first sale to the last month earning, over ${countOf(longevity.recordings, 'recording')}`,
  });
  return figures;
}
