/** The lowest and highest value a series draws. */
export interface SeriesExtent {
  min: number;
  max: number;
}

/** An axis's bounds, and its round steps from zero (the values it labels and draws lines at). */
export interface AxisScale {
  min: number;
  max: number;
  interval: number;
  ticks: number[];
}

/** The smallest of 1, 2, 2.5, 5 × a power of ten that is at least `value`. */
function niceStep(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const factor of [1, 2, 2.5, 5, 10]) if (factor * power >= value) return factor * power;
  return 10 * power;
}

/**
 * Scales for two axes drawn over each other whose zeros sit at the same height: each starts at
 * min(0, its lowest value) or lower and runs up to a round top in `splits` round steps, and both
 * put the same share of their height below zero, the largest one needs. One month of −0.83
 * against months of thousands so takes a sliver below the line, not a whole step on each axis.
 * The lower bound is rarely a round number: the ticks are the steps from zero, not from it.
 */
export function zeroAlignedScales(extents: readonly SeriesExtent[], splits = 4): AxisScale[] {
  const shaped = extents.map(({ min, max }) => {
    const low = Math.min(0, min);
    const interval = niceStep(Math.max(max, 0, -low) / splits);
    const top = Math.max(interval, Math.ceil(Math.max(max, 0) / interval) * interval);
    return { low, top, interval, share: -low / (top - low) };
  });
  const below = Math.max(0, ...shaped.map(({ share }) => share));
  // The axis that needs the most room below zero keeps its own lowest value exactly.
  return shaped.map(({ low, top, interval, share }) => {
    const min = share === below ? low : -(below / (1 - below)) * top;
    const ticks: number[] = [];
    for (let step = Math.ceil(min / interval); step * interval <= top; step += 1) ticks.push(step * interval || 0); // never −0, which would be labelled "-0"
    return { min, max: top, interval, ticks };
  });
}
