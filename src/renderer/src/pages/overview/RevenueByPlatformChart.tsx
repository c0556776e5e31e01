import { useMemo } from 'react';
import { formatQuantity } from '../../../../shared/money/display-amount';
import type { QueryResult } from '../../../../shared/query/query-spec';
import type { WaitingOfRow } from '../../../../shared/query/unconverted-members';
import { compactTick } from '../../charts/axis-ticks';
import { axisTooltip, useChartPalette, type ChartPalette } from '../../charts/chart-palette';
import { EChart } from '../../charts/EChart';
import type { ChartOption } from '../../charts/echarts-core';
import { escapeHtml } from '../../charts/escape-html';
import { revenueByPlatformBars, type PlatformBar } from './chart-data';
import { describeRevenueByPlatform, revenueRead } from './chart-descriptions';
import { WaitingNotes } from './WaitingNotes';

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
        `Revenue: ${escapeHtml(revenueRead(bar, currency))}<br/>` +
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
        // A bar of nothing converted has no length to show: it says why beside the axis.
        label: {
          show: true,
          position: 'right',
          color: palette.muted,
          fontSize: 11,
          formatter: (params: unknown) => {
            const bar = bars[(params as { dataIndex: number }).dataIndex];
            return bar?.waiting && !bar.waiting.converted ? bar.waiting.figure : '';
          },
        },
      },
    ],
  };
}

/** The ten platforms that paid most in the window, as horizontal bars, and what their revenue leaves out for want of an FX rate. */
export function RevenueByPlatformChart({ result, waiting }: { result: QueryResult; waiting: WaitingOfRow | null }) {
  const palette = useChartPalette();
  const bars = useMemo(() => revenueByPlatformBars(result, waiting), [result, waiting]);
  const option = useMemo(() => platformOption(bars, result.baseCurrency, palette), [bars, result.baseCurrency, palette]);
  return (
    <>
      <EChart
        className="chart--platform"
        height={Math.max(180, bars.length * 34 + 36)}
        option={option}
        label="Revenue by platform"
        description={describeRevenueByPlatform(bars, result.baseCurrency)}
      />
      <WaitingNotes items={bars.map((bar) => ({ name: bar.platform, waiting: bar.waiting }))} label="Platforms waiting for an FX rate" more="platforms" />
    </>
  );
}
