import { describe, expect, it } from 'vitest';
import type { DayFigures, ReleaseComparison } from '../../../src/shared/analytics/release-comparison-contract';
import { curveChart, describeCurves } from '../../../src/renderer/src/pages/health/curve-chart';
import { markCells } from '../../../src/renderer/src/pages/health/release-marks';

const complete = (days: number, revenue: string, streams: number, spread = false): DayFigures => ({ days, status: 'complete', revenue, streams, spread });
const incomplete = (days: number): DayFigures => ({ days, status: 'incomplete', revenue: null, streams: null, spread: false });

describe('markCells', () => {
  it('shows a complete mark as money and streams, with no note', () => {
    expect(markCells(complete(7, '5.004999', 1250), 'USD', '2026-10-10')).toEqual({ days: 7, kind: 'complete', revenue: '$5.00', streams: '1,250', note: null });
  });

  it('says "not yet" for a mark the statements do not reach, never zero', () => {
    expect(markCells(incomplete(90), 'USD', '2026-10-10')).toEqual({
      days: 90,
      kind: 'incomplete',
      revenue: 'not yet',
      streams: 'not yet',
      note: 'The statements do not reach day 90 yet (they run to 10 Oct 2026).',
    });
    expect(markCells(incomplete(30), 'USD', null).note).toBe('The statements do not reach day 30 yet.');
  });

  it('says when a mark was spread over a statement period, keeping fractional streams', () => {
    const cells = markCells(complete(7, '0.441', 23.333333, true), 'USD', '2026-10-10');
    expect(cells).toMatchObject({ kind: 'spread', revenue: '$0.44', streams: '23.333333' });
    expect(cells.note).toMatch(/^Estimated: a statement period runs across day 7/);
  });
});

function release(releaseId: number, title: string, curve: DayFigures[], artist: string | null = 'Night Ferry'): ReleaseComparison['releases'][number] {
  return { releaseId, title, artist, upc: null, releaseDay: '2026-07-01', revenue: '1', streams: 1, marks: [], curve, unconverted: { lines: 0, currencies: [], byMark: [], byCurvePoint: [] } };
}

function comparison(releases: ReleaseComparison['releases']): ReleaseComparison {
  return { baseCurrency: 'USD', dataThrough: '2026-10-10', releaseDay: 'firstSaleDay', marks: [7, 30, 90], releases };
}

describe('curveChart', () => {
  it('puts every release on the longest curve’s days, leaving gaps where the statements stop', () => {
    const chart = curveChart(
      comparison([
        release(1, 'First Light', [complete(7, '0.37', 100), incomplete(14), incomplete(21)]),
        release(2, 'Harbour Lights', [complete(7, '5', 1250), complete(14, '5.5', 1300), complete(21, '7.25', 1750)]),
      ]),
    );
    expect(chart.days).toEqual([7, 14, 21]);
    expect(chart.series).toEqual([
      { name: 'First Light', values: [0.37, null, null], texts: ['0.37', null, null] },
      { name: 'Harbour Lights', values: [5, 5.5, 7.25], texts: ['5', '5.5', '7.25'] },
    ]);
    expect(describeCurves(chart, 'USD')).toBe(
      "Cumulative revenue of 2 releases by days since each one's first sale, every 7 days up to day 21. First Light: $0.37 by day 7; Harbour Lights: $7.25 by day 21.",
    );
  });

  it('tells releases with the same title apart, and says when nothing is charted', () => {
    const chart = curveChart(comparison([release(1, 'Tides', [incomplete(7)]), release(2, 'Tides', [incomplete(7)], null)]));
    expect(chart.series.map((series) => series.name)).toEqual(['Tides (Night Ferry)', 'Tides (release 2)']);
    expect(describeCurves(chart, 'USD')).toMatch(/Tides \(Night Ferry\): no figures yet; Tides \(release 2\): no figures yet\.$/);
    expect(describeCurves(curveChart(comparison([])), 'USD')).toBe('No release has a curve to chart yet.');
  });
});
