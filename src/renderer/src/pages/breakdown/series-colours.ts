import { effectiveTheme, useThemeStore, type Theme } from '../../stores/theme-store';

/** Variables in breakdown.css, one per series a chart draws, then the muted one for "Other". */
const SERIES_VARIABLES = ['--breakdown-series-1', '--breakdown-series-2', '--breakdown-series-3', '--breakdown-series-4', '--breakdown-series-5', '--breakdown-series-6'];

export interface SeriesColours {
  series: string[];
  other: string;
}

const byTheme = new Map<Theme, SeriesColours>();

/** Series colours from the page's CSS, so both themes keep contrast; one object per theme keeps options stable. */
export function useSeriesColours(): SeriesColours {
  const theme = useThemeStore(effectiveTheme);
  let colours = byTheme.get(theme);
  if (!colours) {
    const style = getComputedStyle(document.documentElement);
    colours = {
      series: SERIES_VARIABLES.map((name) => style.getPropertyValue(name).trim()),
      other: style.getPropertyValue('--breakdown-series-other').trim(),
    };
    byTheme.set(theme, colours);
  }
  return colours;
}
