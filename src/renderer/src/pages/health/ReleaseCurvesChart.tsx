import { useMemo } from 'react';
import type { ReleaseComparison } from '../../../../shared/analytics/release-comparison-contract';
import { compactTick } from '../../charts/axis-ticks';
import { axisTooltip, topLegend, useChartPalette, type ChartPalette } from '../../charts/chart-palette';
import { EChart } from '../../charts/EChart';
import type { ChartOption } from '../../charts/echarts-core';
import { escapeHtml } from '../../charts/escape-html';
import '../../styles/breakdown.css';
import { useSeriesColours, type SeriesColours } from '../breakdown/series-colours';
import { WaitingNotes } from '../overview/WaitingNotes';
import { curveChart, describeCurves, lastPointWaiting, pointText, type CurveChart } from './curve-chart';
import { NOT_YET } from './release-marks';

function curveOption(chart: CurveChart, currency: string, palette: ChartPalette, colours: SeriesColours): ChartOption {
  const axisLabel = { color: palette.muted, fontSize: 11 };
  return {
    animationDuration: 300,
    textStyle: { fontFamily: palette.font },
    grid: { left: 8, right: 16, top: 40, bottom: 4, outerBoundsMode: 'same' },
    legend: topLegend(palette),
    tooltip: axisTooltip(palette, (params: unknown) => {
      const items = params as { dataIndex: number; seriesIndex: number; marker: string }[];
      const index = items[0]?.dataIndex ?? 0;
      const lines = items.map(({ seriesIndex, marker }) => {
        const series = chart.series[seriesIndex];
        const text = series ? pointText(series, index, currency) : null;
        return `${marker}${escapeHtml(series?.name ?? '')}: ${escapeHtml(text ?? NOT_YET)}`;
      });
      return `<strong>Day ${chart.days[index] ?? ''}</strong><br/>${lines.join('<br/>')}`;
    }),
    xAxis: {
      type: 'category',
      data: chart.days.map((day) => `Day ${day}`),
      boundaryGap: false,
      axisLabel,
      axisLine: { lineStyle: { color: palette.border } },
      axisTick: { show: false },
    },
    yAxis: { type: 'value', name: currency, nameTextStyle: axisLabel, axisLabel: { ...axisLabel, formatter: compactTick }, splitLine: { lineStyle: { color: palette.gridLine } } },
    series: chart.series.map((series, index) => {
      const colour = colours.series[index % colours.series.length] ?? palette.revenue;
      return {
        type: 'line',
        name: series.name,
        // A point the statements do not reach yet is left out, so the line stops there instead of falling to zero.
        data: series.values.map((value) => value ?? '-'),
        symbolSize: 5,
        lineStyle: { width: 2, color: colour },
        itemStyle: { color: colour },
      };
    }),
  };
}

/** The releases' cumulative revenue side by side, each from its own first sale day, and what the latest point of each leaves out for want of an FX rate. */
export function ReleaseCurvesChart({ comparison }: { comparison: ReleaseComparison }) {
  const palette = useChartPalette();
  const colours = useSeriesColours();
  const currency = comparison.baseCurrency;
  const chart = useMemo(() => curveChart(comparison), [comparison]);
  const option = useMemo(() => curveOption(chart, currency, palette, colours), [chart, currency, palette, colours]);
  return (
    <>
      <EChart className="chart--curves" option={option} label="Cumulative revenue by release" description={describeCurves(chart, currency)} />
      <WaitingNotes
        items={chart.series.map((series) => ({ name: series.name, waiting: lastPointWaiting(series, currency) }))}
        label="Releases waiting for an FX rate"
        more="releases"
      />
    </>
  );
}
