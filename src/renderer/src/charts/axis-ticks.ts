const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/**
 * Axis ticks are round numbers ECharts picks for the scale, not figures from the data, so an
 * approximate compact form ("12.5K") is right here; exact figures live in tooltips and tables.
 */
export function compactTick(value: number): string {
  return compact.format(value);
}
