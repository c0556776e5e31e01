import { effectiveTheme, useThemeStore, type Theme } from '../stores/theme-store';

export interface ChartPalette {
  revenue: string;
  streams: string;
  text: string;
  muted: string;
  gridLine: string;
  surface: string;
  border: string;
  /** ECharts measures text itself, so it needs the real font stack rather than 'inherit'. */
  font: string;
}

function cssVariable(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

const palettes = new Map<Theme, ChartPalette>();

/**
 * Chart colours come from the same CSS variables as the page, so both themes stay in step. One
 * object per theme keeps chart options stable between renders.
 */
export function useChartPalette(): ChartPalette {
  const theme = useThemeStore(effectiveTheme);
  let palette = palettes.get(theme);
  if (!palette) {
    palette = {
      revenue: cssVariable('--chart-revenue'),
      streams: cssVariable('--chart-streams'),
      text: cssVariable('--text'),
      muted: cssVariable('--text-muted'),
      gridLine: cssVariable('--border-subtle'),
      surface: cssVariable('--surface-raised'),
      border: cssVariable('--border'),
      font: cssVariable('--font-sans'),
    };
    palettes.set(theme, palette);
  }
  return palette;
}

/** The hover box every chart shows for one position on its category axis, in the page's colours. */
export function axisTooltip(palette: ChartPalette, formatter: (params: unknown) => string, pointer?: 'shadow' | 'line') {
  return {
    trigger: 'axis' as const,
    ...(pointer ? { axisPointer: { type: pointer } } : {}),
    backgroundColor: palette.surface,
    borderColor: palette.border,
    textStyle: { color: palette.text },
    formatter,
  };
}

/** A legend in the top left corner, its keys as short rounded bars. */
export function topLegend(palette: ChartPalette, keyHeight = 6) {
  return { top: 0, left: 0, icon: 'roundRect', itemWidth: 12, itemHeight: keyHeight, textStyle: { color: palette.text } };
}
