import { describe, expect, it } from 'vitest';
import { demoEndMonth } from '../../../src/main/demo';
import { daysIn, parseMonth, weekdayOf } from '../../../src/main/demo/demo-calendar';
import { IsrcIssuer, upcCheckDigit } from '../../../src/main/demo/demo-identifiers';
import { divideRounded, formatFixed, rescale } from '../../../src/main/demo/demo-money';
import { deriveSeed, SeededRandom } from '../../../src/main/demo/seeded-random';

describe('demoEndMonth', () => {
  it('is the month before today', () => {
    expect(demoEndMonth(new Date(2026, 10, 21, 12))).toBe('2026-10');
    expect(demoEndMonth(new Date(2026, 2, 1, 0, 30))).toBe('2026-02');
  });

  it('crosses the year boundary in January', () => {
    expect(demoEndMonth(new Date(2027, 0, 15))).toBe('2026-12');
  });
});

describe('demo calendar', () => {
  it('rejects text that is not a YYYY-MM month', () => {
    expect(() => parseMonth('2026-13')).toThrow(/not a month/);
    expect(() => parseMonth('2026-1')).toThrow(/not a month/);
  });

  it('agrees with Date on weekdays and month lengths', () => {
    for (let y = 2019; y <= 2031; y++) {
      for (let m = 1; m <= 12; m++) {
        const length = new Date(Date.UTC(y, m, 0)).getUTCDate();
        expect(daysIn(y * 12 + m - 1)).toBe(length);
        for (let d = 1; d <= length; d++) expect(weekdayOf(y * 10000 + m * 100 + d)).toBe(new Date(Date.UTC(y, m - 1, d)).getUTCDay());
      }
    }
  });
});

describe('demo identifiers', () => {
  it('computes UPC-A check digits', () => {
    expect(upcCheckDigit('03600029145')).toBe(2);
    expect(upcCheckDigit('19658901234')).toBe(0);
  });

  it('issues running ISRC designation codes per registrant and year', () => {
    const issuer = new IsrcIssuer();
    expect(issuer.issue('QZK6J', 2024)).toBe('QZK6J2400001');
    expect(issuer.issue('QZK6J', 2024)).toBe('QZK6J2400002');
    expect(issuer.issue('QZK6J', 2025)).toBe('QZK6J2500001');
    expect(() => issuer.issue('qz', 2025)).toThrow();
  });
});

describe('demo money', () => {
  it('rounds half away from zero when dropping digits, and prints every decimal asked for', () => {
    expect(formatFixed(rescale(1_234_567_890_125n, 12, 11), 11)).toBe('1.23456789013');
    expect(formatFixed(rescale(-1_234_567_890_125n, 12, 11), 11)).toBe('-1.23456789013');
    expect(formatFixed(rescale(5n, 12, 8), 8)).toBe('0.00000000');
    expect(formatFixed(690_000_000_000n, 12)).toBe('0.690000000000');
    expect(formatFixed(-7n, 8)).toBe('-0.00000007');
  });

  it('divides with rounding', () => {
    expect(divideRounded(7n, 2n)).toBe(4n);
    expect(divideRounded(-7n, 2n)).toBe(-4n);
    expect(divideRounded(10n, 3n)).toBe(3n);
  });
});

describe('seeded random', () => {
  it('repeats itself for a seed and differs between seeds', () => {
    const draw = (seed: number) => {
      const r = new SeededRandom(seed);
      return Array.from({ length: 5 }, () => r.nextUint32());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(deriveSeed(1, 2, 3)).toBe(deriveSeed(1, 2, 3));
    expect(deriveSeed(1, 2, 3)).not.toBe(deriveSeed(1, 3, 2));
  });

  it('stays within its ranges', () => {
    const r = new SeededRandom(7);
    for (let i = 0; i < 10_000; i++) {
      const x = r.next();
      const n = r.int(8, 12);
      if (x < 0 || x >= 1 || n < 8 || n > 12 || !Number.isInteger(n)) throw new Error(`out of range: ${x} ${n}`);
    }
  });
});
