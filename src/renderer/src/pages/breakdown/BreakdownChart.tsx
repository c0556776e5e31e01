import { useMemo } from 'react';
import type { Metric } from '../../../../shared/query/query-spec';
import { compactTick } from '../../charts/axis-ticks';
import { axisTooltip, topLegend, useChartPalette, type ChartPalette } from '../../charts/chart-palette';
import { EChart, type ChartItem } from '../../charts/EChart';
import type { ChartOption } from '../../charts/echarts-core';
import { escapeHtml } from '../../charts/escape-html';
import type { DrillTarget } from './breakdown-choices';
import { describeChart } from './chart-description';
import { OTHER_SERIES, type BreakdownChart as ChartShape } from './chart-series';
import { markText } from './mark-text';
import { useSeriesColours, type SeriesColours } from './series-colours';

interface BreakdownChartProps {
  chart: ChartShape;
  metric: Metric;
  metricName: string;
  currency: string;
  label: string;
  onDrill(target: DrillTarget): void;
}

interface Look {
  palette: ChartPalette;
  colours: SeriesColours;
}

function seriesColour(chart: ChartShape, index: number, look: Look): string {
  if (chart.series[index]?.previous) return look.colours.other;
  if (chart.series.length === 1 || chart.series[index + 1]?.previous) return look.palette.revenue;
  if (chart.series[index]?.name === OTHER_SERIES && !chart.series[index]?.target) return look.colours.other;
  return look.colours.series[index % look.colours.series.length] ?? look.palette.revenue;
}

function tooltipFormatter(chart: ChartShape, metric: Metric, currency: string) {
  return (params: unknown) => {
    const items = params as { dataIndex: number; seriesIndex: number; marker: string }[];
    const index = items[0]?.dataIndex ?? 0;
    const category = chart.categories[index];
    if (!category) return '';
    const lines = items.map(({ seriesIndex, marker }) => {
      const series = chart.series[seriesIndex];
      const mark = series?.marks[index];
      const value = mark ? markText(metric, mark, currency) : '—';
      return chart.series.length === 1 ? escapeHtml(value) : `${marker}${escapeHtml(series?.name ?? '')}: ${escapeHtml(value)}`;
    });
    return `<strong>${escapeHtml(category.label)}</strong><br/>${lines.join('<br/>')}`;
  };
}

function chartOption(chart: ChartShape, metric: Metric, currency: string, look: Look): ChartOption {
  const { palette } = look;
  const axisLabel = { color: palette.muted, fontSize: 11 };
  const valueAxis = { type: 'value' as const, axisLabel: { ...axisLabel, formatter: compactTick }, splitLine: { lineStyle: { color: palette.gridLine } } };
  const categoryLabels = chart.categories.map((category) => category.label);
  const multiple = chart.series.length > 1;
  const common = {
    animationDuration: 300,
    textStyle: { fontFamily: palette.font },
    tooltip: axisTooltip(palette, tooltipFormatter(chart, metric, currency), chart.kind === 'bar' ? 'shadow' : 'line'),
    legend: multiple ? topLegend(palette) : undefined,
  };
  const data = (index: number) =>
    chart.series[index]!.marks.map((mark, at) => {
      const value = mark ? mark.value : '-';
      // The "Others" bar sums members beyond the top n: muted, so it does not read as one more member.
      return chart.categories[at]?.others ? { value, itemStyle: { color: look.colours.other } } : value;
    });

  if (chart.kind === 'bar') {
    return {
      ...common,
      grid: { left: 8, right: 16, top: multiple ? 36 : 8, bottom: 4, outerBoundsMode: 'same' },
      xAxis: valueAxis,
      yAxis: {
        type: 'category',
        data: categoryLabels,
        // Largest first, at the top, the way people read a ranking.
        inverse: true,
        axisLabel: { color: palette.text, fontSize: 12, width: 160, overflow: 'truncate' },
        axisLine: { lineStyle: { color: palette.border } },
        axisTick: { show: false },
      },
      series: chart.series.map((series, index) => ({
        type: 'bar',
        name: series.name,
        data: data(index),
        stack: chart.stacked ? 'total' : undefined,
        barMaxWidth: multiple ? 14 : 18,
        cursor: 'pointer',
        itemStyle: { color: seriesColour(chart, index, look), borderRadius: chart.stacked ? 0 : [0, 4, 4, 0] },
      })),
    };
  }
  return {
    ...common,
    grid: { left: 8, right: 16, top: multiple ? 40 : 16, bottom: 4, outerBoundsMode: 'same' },
    xAxis: {
      type: 'category',
      data: categoryLabels,
      boundaryGap: false,
      axisLabel,
      axisLine: { lineStyle: { color: palette.border } },
      axisTick: { show: false },
    },
    yAxis: valueAxis,
    series: chart.series.map((series, index) => {
      const colour = seriesColour(chart, index, look);
      return {
        type: 'line',
        name: series.name,
        data: data(index),
        smooth: 0.2,
        symbolSize: 7,
        // Points are what a click drills into; past a few dozen they only clutter the line.
        showSymbol: chart.categories.length <= 60,
        cursor: 'pointer',
        lineStyle: { width: multiple ? 2 : 2.5, color: colour, type: series.previous ? ('dashed' as const) : ('solid' as const) },
        itemStyle: { color: colour },
        areaStyle: series.previous || chart.series.filter((drawn) => !drawn.previous).length > 1 ? undefined : { color: colour, opacity: 0.12 },
      };
    }),
  };
}

/** The breakdown as a picture: bars rank members, lines follow time; a click drills in like a row does. */
export function BreakdownChart({ chart, metric, metricName, currency, label, onDrill }: BreakdownChartProps) {
  const palette = useChartPalette();
  const colours = useSeriesColours();
  const option = useMemo(() => chartOption(chart, metric, currency, { palette, colours }), [chart, metric, currency, palette, colours]);
  const height = chart.kind === 'bar' ? Math.max(200, chart.categories.length * (chart.series.length > 1 ? 30 : 28) + (chart.series.length > 1 ? 64 : 36)) : 320;

  function click({ seriesIndex, dataIndex }: ChartItem) {
    const target = chart.categories[dataIndex]?.target ?? chart.series[seriesIndex]?.target;
    if (target) onDrill(target);
  }

  return (
    <div className="breakdown-chart" data-chart-kind={chart.kind}>
      <EChart option={option} label={label} description={describeChart(chart, metric, metricName, currency)} height={height} onItemClick={click} />
    </div>
  );
}
