import type Database from 'better-sqlite3';
import { earningShare, longTail, medianEarningLife, splitByAge, type AgeGroup } from '../../shared/analytics/catalogue-health';
import type { CatalogueHealth, CatalogueHealthRequest } from '../../shared/analytics/catalogue-health-contract';
import { monthIndexOfDay, monthIndexOfYyyymm, monthText, type MonthIndex } from '../../shared/analytics/months';
import { formatAmount } from '../../shared/money/exact-amount';
import { windowToIso } from '../../shared/query/time-window';
import { resolveAnalysisWindow } from './analysis-window';
import { catalogueFacts } from './catalogue-facts';
import { catalogueWindowRevenue } from './catalogue-revenue';
import type { ReleaseAttribution } from './release-attribution';
import { anyLineWaits, lastWaitingMonths, waitingByRelease, waitingInWindow, type WaitingOfRelease } from './waiting-recordings';

/** The long tail is what earns outside the top fifth of recordings. */
const HEAD_PERCENT = 20;

function addTo(map: Map<number, bigint>, key: number, units: bigint): void {
  map.set(key, (map.get(key) ?? 0n) + units);
}

/** What sold in the window: in all, without a recording, without a release, per recording and per release. */
function windowSums(rows: ReturnType<typeof catalogueWindowRevenue>, attribution: ReleaseAttribution) {
  const sums = { total: 0n, withoutRecording: 0n, withoutRelease: 0n, recordings: new Map<number, bigint>(), releases: new Map<number, bigint>() };
  for (const r of rows) {
    sums.total += r.revenue;
    if (r.recordingId === null) sums.withoutRecording += r.revenue;
    else addTo(sums.recordings, r.recordingId, r.revenue);
    const release = attribution.releaseOf(r.releaseId, r.recordingId);
    if (release === null) sums.withoutRelease += r.revenue;
    else addTo(sums.releases, release, r.revenue);
  }
  return sums;
}

/**
 * The catalogue as of `through`: everything first sold by then with its window revenue (zero for
 * none), and anything else the window counts (a line reported before the month it says it sold in).
 */
function catalogueAsOf(first: ReadonlyMap<number, number>, earned: ReadonlyMap<number, bigint>, through: MonthIndex): Map<number, bigint> {
  const known = new Map<number, bigint>();
  for (const [key, yyyymm] of first) if (monthIndexOfYyyymm(yyyymm) <= through) known.set(key, 0n);
  for (const [key, units] of earned) known.set(key, units);
  return known;
}

/** Ages in whole months at `through`, plus one item of no known age holding what names nothing. */
function byAge(catalogue: ReadonlyMap<number, bigint>, first: ReadonlyMap<number, number>, through: MonthIndex, nameless: bigint) {
  const items = [...catalogue].map(([key, revenue]) => ({ ageMonths: Math.max(0, through - monthIndexOfYyyymm(first.get(key)!)), revenue }));
  return [...items, { ageMonths: null, revenue: nameless }];
}

const withoutCount = (group: AgeGroup) => ({ revenue: group.revenue, share: group.share });

/**
 * Recordings whose earning life cannot be told yet: lines waiting for a rate in a month after the
 * last one they are known to have earned in (or with no such month), which may have earned too.
 */
function lifeUnknown(id: number, lastEarning: ReadonlyMap<number, number>, lastWaiting: ReadonlyMap<number, number>): boolean {
  const waiting = lastWaiting.get(id);
  const earned = lastEarning.get(id);
  return waiting !== undefined && (earned === undefined || waiting > earned);
}

interface WaitingLines {
  lines: number;
  currencies: string[];
}

/**
 * The waiting lines split as `splitByAge` splits revenue: by the age at `through` of the release
 * they count for, and apart when that release cannot be told.
 */
function waitingByReleaseAge(waiting: readonly WaitingOfRelease[], first: ReadonlyMap<number, number>, through: MonthIndex, newReleaseMonths: number) {
  const parts = { newReleases: new Map<string, number>(), backCatalogue: new Map<string, number>(), unattributed: new Map<string, number>() };
  for (const { release, currency, lines } of waiting) {
    const firstSold = release === null ? undefined : first.get(release);
    // Aged as byAge ages the releases whose revenue is split.
    const age = firstSold === undefined ? null : Math.max(0, through - monthIndexOfYyyymm(firstSold));
    const part = age === null ? parts.unattributed : age < newReleaseMonths ? parts.newReleases : parts.backCatalogue;
    const key = currency ?? '';
    part.set(key, (part.get(key) ?? 0) + lines);
  }
  const lines = (part: Map<string, number>): WaitingLines => ({
    lines: [...part.values()].reduce((sum, count) => sum + count, 0),
    currencies: [...part.keys()].filter((code) => code !== '').sort(),
  });
  return { newReleases: lines(parts.newReleases), backCatalogue: lines(parts.backCatalogue), unattributed: lines(parts.unattributed) };
}

/**
 * Catalogue health over a window: how much of the catalogue earns, how much revenue the long tail
 * brings, new releases against back catalogue and how long recordings keep earning. Month-grain
 * figures come from the catalogue rollup; only a window that cuts through a month reads lines.
 */
export function catalogueHealth(db: Database.Database, request: CatalogueHealthRequest, today: Date, baseCurrency: string): CatalogueHealth {
  const facts = catalogueFacts(db);
  const analysis = resolveAnalysisWindow(db, request.timeRange, request.dateBasis, today, facts.months(request.dateBasis));
  const sums = windowSums(catalogueWindowRevenue(db, analysis, request.dateBasis), facts.attribution);
  // Ages and the catalogue are counted to the window's last month.
  const through = analysis.window ? monthIndexOfDay(analysis.window.to) : null;
  const reference = through ?? 0;
  const recordings = catalogueAsOf(facts.recordingFirst, sums.recordings, reference);
  const releases = catalogueAsOf(facts.releaseFirst, sums.releases, reference);
  const recordingRevenues = [...recordings.values()];
  const earning = earningShare(recordingRevenues);
  const releaseAge = splitByAge(byAge(releases, facts.releaseFirst, reference, sums.withoutRelease), request.newReleaseMonths);
  const recordingAge = splitByAge(byAge(recordings, facts.recordingFirst, reference, sums.withoutRecording), request.newReleaseMonths);
  const throughMonth = analysis.window ? Math.floor(analysis.window.to / 100) : null;
  const lastEarning = throughMonth !== null ? facts.lastEarning(throughMonth) : new Map<number, number>();
  // Money waiting for an FX rate is not money never earned: what it leaves unknown is counted apart.
  const waits = anyLineWaits(db, today, baseCurrency);
  const waiting = waits ? waitingInWindow(db, analysis, request.dateBasis, today, baseCurrency) : null;
  const lastWaiting = waits && throughMonth !== null ? lastWaitingMonths(db, throughMonth) : new Map<number, number>();
  const releasesWaiting = waits ? waitingByRelease(db, analysis, request.dateBasis, today, baseCurrency, (release, recording) => facts.attribution.releaseOf(release, recording)) : [];
  const recordingsWaiting = waiting ? [...recordings].filter(([id, revenue]) => revenue <= 0n && waiting.byRecording.has(id)).length : 0;
  const judged = [...recordings.keys()].filter((id) => !lifeUnknown(id, lastEarning, lastWaiting));
  const histories = judged.map((id) => {
    const last = lastEarning.get(id);
    return { firstMonth: monthIndexOfYyyymm(facts.recordingFirst.get(id)!), lastEarningMonth: last === undefined ? null : monthIndexOfYyyymm(last) };
  });

  return {
    range: analysis.window ? windowToIso(analysis.window) : null,
    baseCurrency,
    referenceMonth: through === null ? null : monthText(through),
    revenue: formatAmount(sums.total),
    recordings: { catalogue: earning.catalogue, earning: earning.earning, earningShare: earning.share },
    longTail: { topPercent: HEAD_PERCENT, ...longTail(recordingRevenues, HEAD_PERCENT) },
    releaseAge: {
      newReleaseMonths: request.newReleaseMonths,
      newReleases: releaseAge.younger,
      backCatalogue: releaseAge.older,
      unattributed: withoutCount(releaseAge.unknownAge),
    },
    longevity: {
      recordings: histories.length,
      medianEarningMonths: medianEarningLife(histories),
      olderRecordings: recordingAge.older,
      youngerRecordings: recordingAge.younger,
      withoutRecording: withoutCount(recordingAge.unknownAge),
    },
    unconverted: {
      lines: waiting?.lines ?? 0,
      currencies: waiting?.currencies ?? [],
      recordingsWaiting,
      earningLifeUnknown: recordings.size - judged.length,
      byReleaseAge: waitingByReleaseAge(releasesWaiting, facts.releaseFirst, reference, request.newReleaseMonths),
    },
  };
}
