/**
 * Small seeded pseudo-random source for the demo label. Only integer operations and IEEE basic
 * arithmetic are used (no Math.random, no transcendental functions), so the same seed gives the
 * same statements byte for byte on every machine and Node version.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** mulberry32: a 32-bit state is plenty for a demo and trivially reproducible. */
  nextUint32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform in (0, 1]: safe as a divisor. */
  nextPositive(): number {
    return (this.nextUint32() + 1) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('cannot pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Rounds up or down at random in proportion to the fraction, so small expectations still add up. */
  roundStochastic(value: number): number {
    const whole = Math.floor(value);
    return whole + (this.next() < value - whole ? 1 : 0);
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}

/**
 * Derives an independent seed for one part of the demo (a month, a recording) from the run's seed,
 * so changing how much one part draws never shifts the numbers of every part after it.
 */
export function deriveSeed(seed: number, ...parts: number[]): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x85ebca6b) >>> 0;
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35) >>> 0;
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** Cumulative weights for repeated weighted draws over a fixed list. */
export class WeightedTable<T> {
  private readonly cumulative: number[] = [];
  readonly total: number;

  constructor(
    readonly items: readonly T[],
    weightOf: (item: T) => number,
  ) {
    let sum = 0;
    for (const item of items) {
      sum += Math.max(0, weightOf(item));
      this.cumulative.push(sum);
    }
    if (sum <= 0) throw new Error('weighted table needs a positive weight');
    this.total = sum;
  }

  /** Index of a weighted draw (binary search over the cumulative weights). */
  drawIndex(random: SeededRandom): number {
    const target = random.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  draw(random: SeededRandom): T {
    return this.items[this.drawIndex(random)]!;
  }
}
