import { useMemo } from 'react';
import { formatQuantity } from '../../../../shared/money/display-amount';
import type { QueryResult } from '../../../../shared/query/query-spec';
import type { WaitingOfRow } from '../../../../shared/query/unconverted-members';
import { compactTick } from '../../charts/axis-ticks';
import { zeroAlignedScales, type AxisScale, type SeriesExtent } from '../../charts/zero-aligned-axes';
import { axisTooltip, topLegend, useChartPalette, type ChartPalette } from '../../charts/chart-palette';
import { EChart } from '../../charts/EChart';
import type { ChartOption } from '../../charts/echarts-core';
import { escapeHtml } from '../../charts/escape-html';
import { revenueByMonthPoints, type MonthPoint } from './chart-data';
import { describeRevenueByMonth, revenueRead } from './chart-descriptions';
import { WaitingNotes } from './WaitingNotes';

function extentOf(values: number[]): SeriesExtent {
  return { min: Math.min(0, ...values), max: Math.max(0, ...values) };
}

function monthOption(points: MonthPoint[], currency: string, palette: ChartPalette): ChartOption {
  const axisLabel = { color: palette.muted, fontSize: 11 };
  const splitLine = { lineStyle: { color: palette.gridLine } };
  // Both axes share one zero line, so a month of refunds does not drop the streams' zero with it.
  const [revenueScale, streamsScale] = zeroAlignedScales([extentOf(points.map((p) => p.revenue)), extentOf(points.map((p) => p.streams))]);
  // Labels and lines at round steps from zero; ECharts would count them up from the lower bound.
  const valueAxis = ({ min, max, ticks }: AxisScale) => ({
    min,
    max,
    axisLabel: { ...axisLabel, formatter: compactTick, customValues: ticks },
    axisTick: { customValues: ticks },
  });
  return {
    animationDuration: 300,
    textStyle: { fontFamily: palette.font },
    // A month with nothing converted yet has no figure to plot: a gap, not a fall to zero (the note under the chart says why).
    dataset: {
      dimensions: ['label', 'revenue', 'streams'],
      source: points.map(({ label, revenue, streams, waiting }) => ({ label, revenue: waiting?.converted === false ? '-' : revenue, streams })),
    },
    grid: { left: 8, right: 8, top: 40, bottom: 4, outerBoundsMode: 'same' },
    legend: topLegend(palette, 4),
    tooltip: axisTooltip(palette, (params: unknown) => {
      const index = (params as { dataIndex: number }[])[0]?.dataIndex ?? 0;
      const point = points[index];
      if (!point) return '';
      return (
        `<strong>${escapeHtml(point.label)}</strong><br/>` +
        `Revenue: ${escapeHtml(revenueRead(point, currency))}<br/>` +
        `Streams: ${escapeHtml(formatQuantity(point.streamsText))}`
      );
    }),
    xAxis: { type: 'category', boundaryGap: false, axisLabel, axisLine: { lineStyle: { color: palette.border } }, axisTick: { show: false } },
    yAxis: [
      { type: 'value', name: currency, nameTextStyle: axisLabel, ...valueAxis(revenueScale!), splitLine },
      { type: 'value', name: 'Streams', nameTextStyle: axisLabel, ...valueAxis(streamsScale!), splitLine: { show: false } },
    ],
    series: [
      {
        type: 'line',
        name: 'Revenue',
        encode: { x: 'label', y: 'revenue' },
        yAxisIndex: 0,
        // Straight segments: a curve would invent figures between months no statement reported.
        smooth: false,
        symbolSize: 6,
        showSymbol: points.length <= 24,
        lineStyle: { width: 2.5, color: palette.revenue },
        itemStyle: { color: palette.revenue },
        areaStyle: { color: palette.revenue, opacity: 0.12 },
      },
      {
        type: 'line',
        name: 'Streams',
        encode: { x: 'label', y: 'streams' },
        yAxisIndex: 1,
        smooth: false,
        symbol: 'none',
        lineStyle: { width: 1.5, type: 'dashed', color: palette.streams },
        itemStyle: { color: palette.streams },
      },
    ],
  };
}

/** Revenue per month as a line, with streams on a second axis for context, and the months whose revenue leaves lines out for want of an FX rate. */
export function RevenueByMonthChart({ result, waiting }: { result: QueryResult; waiting: WaitingOfRow | null }) {
  const palette = useChartPalette();
  const points = useMemo(() => revenueByMonthPoints(result, waiting), [result, waiting]);
  const option = useMemo(() => monthOption(points, result.baseCurrency, palette), [points, result.baseCurrency, palette]);
  return (
    <>
      <EChart
        className="chart--month"
        option={option}
        label="Revenue by month"
        description={describeRevenueByMonth(points, result.baseCurrency)}
      />
      <WaitingNotes items={points.map((point) => ({ name: point.label, waiting: point.waiting }))} label="Months waiting for an FX rate" more="months" />
    </>
  );
}
