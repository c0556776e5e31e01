import { useEffect, useId, useRef } from 'react';
import type { EChartsType } from 'echarts/core';
import { init, type ChartOption } from './echarts-core';

interface EChartProps {
  option: ChartOption;
  /** Short name read out for the chart, e.g. "Revenue by month". */
  label: string;
  /** What the chart shows, in words, for people who cannot see it. */
  description: string;
  className?: string;
  /** Pixels; charts whose content grows (one bar per platform) set it, others take it from CSS. */
  height?: number;
  /** A click on a bar or a point, by its place in the data. */
  onItemClick?(item: ChartItem): void;
}

export interface ChartItem {
  seriesIndex: number;
  dataIndex: number;
}

/** One ECharts instance bound to a box: follows the box's size and is disposed with it. */
export function EChart({ option, label, description, className, height, onItemClick }: EChartProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);
  const clickRef = useRef(onItemClick);
  const descriptionId = useId();

  // The instance outlives renders; it reaches the latest handler through the ref.
  useEffect(() => {
    clickRef.current = onItemClick;
  }, [onItemClick]);

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const chart = init(box, null, { renderer: 'svg' });
    chartRef.current = chart;
    chart.on('click', (params) => clickRef.current?.({ seriesIndex: params.seriesIndex ?? 0, dataIndex: params.dataIndex }));
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(box);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <figure className={className ? `chart ${className}` : 'chart'}>
      <div ref={boxRef} className="chart-canvas" style={height ? { height } : undefined} role="img" aria-label={label} aria-describedby={descriptionId} />
      <figcaption id={descriptionId} className="visually-hidden">
        {description}
      </figcaption>
    </figure>
  );
}
