import type { ReleaseComparison } from '../../../../shared/analytics/release-comparison-contract';
import { figureWithWaitingText, moneyWithWaiting, type FigureWithWaiting, type WaitingLines } from '../../../../shared/query/unconverted-members';

type Release = ReleaseComparison['releases'][number];

export interface CurveSeries {
  name: string;
  /**
   * Positions on screen only; null where the statements do not reach yet, or where nothing
   * converted counts yet for want of an FX rate (a gap, never zero).
   */
  values: (number | null)[];
  /** The exact cumulative revenue at each point, for what people read. */
  texts: (string | null)[];
  /** The lines each point's revenue leaves out for want of an FX rate; absent when the release has none. */
  waiting?: (WaitingLines | null)[];
}

export interface CurveChart {
  /** Days since release of each point: the shared x axis. */
  days: number[];
  series: CurveSeries[];
}

/** Titles repeat (a single and its album, a re-release); a legend needs each line told apart. */
function seriesNames(releases: readonly Release[]): string[] {
  const counts = new Map<string, number>();
  for (const release of releases) counts.set(release.title, (counts.get(release.title) ?? 0) + 1);
  return releases.map((release) =>
    (counts.get(release.title) ?? 0) > 1 ? `${release.title} (${release.artist ?? release.upc ?? `release ${release.releaseId}`})` : release.title,
  );
}

/** Each release's cumulative revenue curve on one axis of days since its own first sale. */
export function curveChart(comparison: ReleaseComparison): CurveChart {
  const days = comparison.releases.reduce<number[]>((longest, release) => (release.curve.length > longest.length ? release.curve.map((point) => point.days) : longest), []);
  const names = seriesNames(comparison.releases);
  return {
    days,
    series: comparison.releases.map((release, index) => {
      const byDay = new Map(release.curve.map((point) => [point.days, point.revenue]));
      const texts = days.map((day) => byDay.get(day) ?? null);
      const series: CurveSeries = { name: names[index]!, values: texts.map((text) => (text === null ? null : Number(text))), texts };
      if (release.unconverted.lines === 0) return series;
      const waiting = waitingByDay(release, days);
      // A point with nothing converted yet is a gap, as one the statements do not reach: not a zero.
      const values = series.values.map((value, i) => {
        const [text, lines] = [texts[i], waiting[i]];
        return text && lines && !moneyWithWaiting(text, comparison.baseCurrency, lines).converted ? null : value;
      });
      return { ...series, values, waiting };
    }),
  };
}

function waitingByDay(release: Release, days: readonly number[]): (WaitingLines | null)[] {
  const byDay = new Map(release.curve.map((point, i) => [point.days, release.unconverted.byCurvePoint[i] ?? 0]));
  return days.map((day) => {
    const lines = byDay.get(day) ?? 0;
    return lines > 0 ? { lines, currencies: release.unconverted.currencies } : null;
  });
}

/** A point's revenue as people read it, with what it leaves out for want of an FX rate; null where the statements do not reach. */
export function pointText(series: CurveSeries, index: number, currency: string): string | null {
  const text = series.texts[index];
  if (text === null || text === undefined) return null;
  return figureWithWaitingText(moneyWithWaiting(text, currency, series.waiting?.[index] ?? null));
}

/** A series' last point as read, when it leaves lines out for want of an FX rate; absent otherwise. */
export function lastPointWaiting(series: CurveSeries, currency: string): FigureWithWaiting | undefined {
  const reached = series.texts.findLastIndex((text) => text !== null);
  const lines = series.waiting?.[reached];
  return reached < 0 || !lines ? undefined : moneyWithWaiting(series.texts[reached]!, currency, lines);
}

/** What the chart shows, in a sentence per release, for people who cannot see it. */
export function describeCurves(chart: CurveChart, currency: string): string {
  const step = chart.days[0];
  const last = chart.days[chart.days.length - 1];
  if (step === undefined || last === undefined) return 'No release has a curve to chart yet.';
  const lines = chart.series.map((series) => {
    const reached = series.texts.findLastIndex((text) => text !== null);
    if (reached < 0) return `${series.name}: no figures yet`;
    return `${series.name}: ${pointText(series, reached, currency)} by day ${chart.days[reached]}`;
  });
  return `Cumulative revenue of ${chart.series.length === 1 ? 'one release' : `${chart.series.length} releases`} by days since each one's first sale, every ${step} days up to day ${last}. ${lines.join('; ')}.`;
}
