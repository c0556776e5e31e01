import { describe, expect, it } from 'vitest';
import { zeroAlignedScales } from '../../../src/renderer/src/charts/zero-aligned-axes';

/** Where zero sits on an axis, as a share of its height from the bottom. */
const zeroAt = ({ min, max }: { min: number; max: number }) => -min / (max - min);

describe('zeroAlignedScales', () => {
  it('starts both axes at zero when nothing is negative, with round tops', () => {
    expect(zeroAlignedScales([
      { min: 0, max: 2870 },
      { min: 0, max: 960_000 },
    ])).toEqual([
      { min: 0, max: 3000, interval: 1000, ticks: [0, 1000, 2000, 3000] },
      { min: 0, max: 1_000_000, interval: 250_000, ticks: [0, 250_000, 500_000, 750_000, 1_000_000] },
    ]);
  });

  it('gives one small refund a sliver below zero, not a whole step, and keeps both zeros level', () => {
    const [revenue, streams] = zeroAlignedScales([
      { min: -0.83, max: 2870 },
      { min: 0, max: 960_000 },
    ]);
    expect(revenue!.min).toBeCloseTo(-0.83, 9);
    expect(revenue!.max).toBe(3000);
    expect(streams!.max).toBe(1_000_000);
    expect(streams!.min).toBeLessThan(0);
    expect(streams!.min).toBeGreaterThan(-300);
    expect(zeroAt(streams!)).toBeCloseTo(zeroAt(revenue!), 12);
    // Labelled at round steps from zero, not from the lower bound.
    expect(revenue!.ticks).toEqual([0, 1000, 2000, 3000]);
    expect(Object.is(streams!.ticks[0], 0)).toBe(true);
  });

  it('keeps a scale for an all-negative or an all-zero series', () => {
    const [refunds, quiet] = zeroAlignedScales([
      { min: -40, max: 0 },
      { min: 0, max: 0 },
    ]);
    expect(refunds).toEqual({ min: -40, max: 10, interval: 10, ticks: [-40, -30, -20, -10, 0, 10] });
    expect(quiet!.max).toBe(1);
    expect(zeroAt(quiet!)).toBeCloseTo(zeroAt(refunds!), 12);
  });
});
