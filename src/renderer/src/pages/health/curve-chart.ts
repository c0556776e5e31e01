import type { ReleaseComparison } from '../../../../shared/analytics/release-comparison-contract';
import { formatMoney } from '../../../../shared/money/display-amount';

type Release = ReleaseComparison['releases'][number];

export interface CurveSeries {
  name: string;
  /** Positions on screen only; null where the statements do not reach yet (a gap, never zero). */
  values: (number | null)[];
  /** The exact cumulative revenue at each point, for what people read. */
  texts: (string | null)[];
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
      return { name: names[index]!, values: texts.map((text) => (text === null ? null : Number(text))), texts };
    }),
  };
}

/** What the chart shows, in a sentence per release, for people who cannot see it. */
export function describeCurves(chart: CurveChart, currency: string): string {
  const step = chart.days[0];
  const last = chart.days[chart.days.length - 1];
  if (step === undefined || last === undefined) return 'No release has a curve to chart yet.';
  const lines = chart.series.map((series) => {
    const reached = series.texts.findLastIndex((text) => text !== null);
    if (reached < 0) return `${series.name}: no figures yet`;
    return `${series.name}: ${formatMoney(series.texts[reached]!, currency)} by day ${chart.days[reached]}`;
  });
  return `Cumulative revenue of ${chart.series.length === 1 ? 'one release' : `${chart.series.length} releases`} by days since each one's first sale, every ${step} days up to day ${last}. ${lines.join('; ')}.`;
}
