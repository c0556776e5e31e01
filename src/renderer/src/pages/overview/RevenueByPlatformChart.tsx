import { useMemo } from 'react';
import { formatMoney, formatQuantity } from '../../../../shared/money/display-amount';
import type { QueryResult } from '../../../../shared/query/query-spec';
import { compactTick } from '../../charts/axis-ticks';
import { axisTooltip, useChartPalette, type ChartPalette } from '../../charts/chart-palette';
import { EChart } from '../../charts/EChart';
import type { ChartOption } from '../../charts/echarts-core';
import { escapeHtml } from '../../charts/escape-html';
import { revenueByPlatformBars, type PlatformBar } from './chart-data';
import { describeRevenueByPlatform } from './chart-descriptions';

function platformOption(bars: PlatformBar[], currency: string, palette: ChartPalette): ChartOption {
  const axisLabel = { color: palette.muted, fontSize: 11 };
  return {
    animationDuration: 300,
    textStyle: { fontFamily: palette.font },
    dataset: { dimensions: ['platform', 'revenue'], source: bars as unknown as Record<string, unknown>[] },
    grid: { left: 8, right: 16, top: 8, bottom: 4, outerBoundsMode: 'same' },
    tooltip: axisTooltip(palette, (params: unknown) => {
      const index = (params as { dataIndex: number }[])[0]?.dataIndex ?? 0;
      const bar = bars[index];
      if (!bar) return '';
      return (
        `<strong>${escapeHtml(bar.platform)}</strong><br/>` +
        `Revenue: ${escapeHtml(formatMoney(bar.revenueText, currency))}<br/>` +
        `Units: ${escapeHtml(formatQuantity(bar.quantityText))}`
      );
    }, 'shadow'),
    xAxis: { type: 'value', axisLabel: { ...axisLabel, formatter: compactTick }, splitLine: { lineStyle: { color: palette.gridLine } } },
    yAxis: {
      type: 'category',
      // Highest revenue first, at the top, the way people read a ranking.
      inverse: true,
      axisLabel: { color: palette.text, fontSize: 12, width: 120, overflow: 'truncate' },
      axisLine: { lineStyle: { color: palette.border } },
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar',
        name: 'Revenue',
        encode: { x: 'revenue', y: 'platform' },
        barMaxWidth: 18,
        itemStyle: { color: palette.revenue, borderRadius: [0, 4, 4, 0] },
      },
    ],
  };
}

/** The ten platforms that paid most in the window, as horizontal bars. */
export function RevenueByPlatformChart({ result }: { result: QueryResult }) {
  const palette = useChartPalette();
  const bars = useMemo(() => revenueByPlatformBars(result), [result]);
  const option = useMemo(() => platformOption(bars, result.baseCurrency, palette), [bars, result.baseCurrency, palette]);
  return (
    <EChart
      className="chart--platform"
      height={Math.max(180, bars.length * 34 + 36)}
      option={option}
      label="Revenue by platform"
      description={describeRevenueByPlatform(bars, result.baseCurrency)}
    />
  );
}
