import type { CatalogueHealth } from '../../../../shared/analytics/catalogue-health-contract';
import { compareDecimal, formatMoney } from '../../../../shared/money/display-amount';
import { moneyWithWaiting, waitingText, type WaitingLines } from '../../../../shared/query/unconverted-members';
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

/** "; 1 more has sales waiting for an FX rate…": a recording whose money waits has not earned nothing. */
function waitingRecordingsText(count: number): string {
  if (count === 0) return '';
  return count === 1
    ? '; 1 more has sales waiting for an FX rate, so what it earned is not known yet'
    : `; ${countText(count)} more have sales waiting for an FX rate, so what they earned is not known yet`;
}

/** "; 1 more, whose sales wait for an FX rate, is left out": its last month earning may be one of theirs. */
function lifeUnknownText(count: number): string {
  if (count === 0) return '';
  return `; ${countText(count)} more, whose sales wait for an FX rate, ${count === 1 ? 'is' : 'are'} left out`;
}

/** "; 3 lines in EUR not converted are left out": the tail's share is of converted money only. */
function leftOutText(waiting: WaitingLines): string {
  return waiting.lines === 0 ? '' : `; ${waitingText(waiting)} not converted ${waiting.lines === 1 ? 'is' : 'are'} left out`;
}

/**
 * The report as figures people read, money formatted from its exact decimal strings. The release
 * split's unattributed part is listed only when there is some, since it is usually nothing. What
 * waits for an FX rate is said beside the figures it would change.
 */
export function catalogueHealthFigures(health: CatalogueHealth): HealthFigure[] {
  const money = (amount: string) => formatMoney(amount, health.baseCurrency);
  const { recordings, longTail, releaseAge, longevity, unconverted } = health;
  const soldBy = health.referenceMonth ? `first sold by ${monthLabel(health.referenceMonth)}` : 'sold so far';
  const age = countOf(releaseAge.newReleaseMonths, 'month');
  const revenue = moneyWithWaiting(health.revenue, health.baseCurrency, unconverted.lines > 0 ? unconverted : null);
  const byAge = unconverted.byReleaseAge;
  const part = (revenue: string, waiting: WaitingLines) => moneyWithWaiting(revenue, health.baseCurrency, waiting);
  const newReleases = part(releaseAge.newReleases.revenue, byAge.newReleases);
  const backCatalogue = part(releaseAge.backCatalogue.revenue, byAge.backCatalogue);
  const unattributed = part(releaseAge.unattributed.revenue, byAge.unattributed);
  const noted = (note: string | null) => (note ? ` ${note}` : '');
  // The head and the tail are recordings: money on lines naming none (release-level sales) is in neither.
  const withoutRecording = longevity.withoutRecording.revenue;
  const noRecordingText = compareDecimal(withoutRecording, '0') === 0 ? '' : `; ${money(withoutRecording)} of sales name no recording and count in neither`;
  const figures: HealthFigure[] = [
    { key: 'revenue', label: 'Revenue', value: revenue.figure, detail: `in ${health.baseCurrency}, over the range${revenue.note ? ` ${revenue.note}` : ''}` },
    {
      key: 'earning',
      label: 'Recordings earning',
      value: `${countText(recordings.earning)} of ${countText(recordings.catalogue)}`,
      detail: `recordings earned (${shareText(recordings.earningShare)}), counting those ${soldBy}${waitingRecordingsText(unconverted.recordingsWaiting)}`,
    },
    {
      key: 'longTail',
      label: 'Long tail',
      value: shareText(longTail.tailShare),
      detail: `of revenue (${money(longTail.tailRevenue)}) came from outside the top ${longTail.topPercent}%: the ${countOf(longTail.headCount, 'recording')} that earned ${money(longTail.headRevenue)}${noRecordingText}${leftOutText(unconverted)}`,
    },
    {
      key: 'newReleases',
      label: 'New releases',
      value: newReleases.figure,
      detail: `${shareText(releaseAge.newReleases.share)} of revenue, from ${countOf(releaseAge.newReleases.count, 'release')} younger than ${age}${noted(newReleases.note)}`,
    },
    {
      key: 'backCatalogue',
      label: 'Back catalogue',
      value: backCatalogue.figure,
      detail: `${shareText(releaseAge.backCatalogue.share)} of revenue, from ${countOf(releaseAge.backCatalogue.count, 'release')} ${age} or older${noted(backCatalogue.note)}`,
    },
  ];
  if (compareDecimal(releaseAge.unattributed.revenue, '0') !== 0 || byAge.unattributed.lines > 0) {
    figures.push({
      key: 'unattributed',
      label: 'Release unknown',
      value: unattributed.figure,
      detail: `${shareText(releaseAge.unattributed.share)} of revenue, from lines whose release cannot be told${noted(unattributed.note)}`,
    });
  }
  figures.push({
    key: 'longevity',
    label: 'Median earning life',
    value: monthsText(longevity.medianEarningMonths),
    detail: `from first sale to the last month earning, over ${countOf(longevity.recordings, 'recording')}${lifeUnknownText(unconverted.earningLifeUnknown)}`,
  });
  return figures;
}
