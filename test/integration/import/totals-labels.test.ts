import { describe, expect, it } from 'vitest';
import { isTotalsLabel, statedAmount } from '../../../src/main/import/stated-totals';

describe('totals and trailer labels', () => {
  it.each(['Total', 'TOTALS', 'Totals:', 'Grand Total', 'Total_Rows', 'Total_Amount', 'total_units', 'Total général', 'Totaal', 'Totale', 'Gesamt', 'Gesamt:', 'Summe', '合計', '総計', 'Row count'])(
    '%j opens a totals row',
    (label) => expect(isTotalsLabel(label)).toBe(true),
  );

  it.each(['Total Music', 'Totally Enormous', 'Spotify', '2024-03', 'Total_', 'Subtotal', ''])('%j does not', (label) => {
    expect(isTotalsLabel(label)).toBe(false);
  });

  it('reads "Total général" written with a decomposed accent (macOS) as well', () => {
    expect(isTotalsLabel('Total ge\u0301ne\u0301ral')).toBe(true);
  });
});

describe('the precision a stated amount is compared at', () => {
  const units = (whole: bigint, fraction = 0n) => whole * 10n ** 16n + fraction;
  it.each([
    ['19.985', units(19n, 9_850_000_000_000_000n), 3],
    ['6,56651', units(6n, 5_665_100_000_000_000n), 5],
    ['12.00', units(12n), 2],
    // A thousands mark over a whole figure is no decimal point.
    ['1,234', units(1234n), 0],
    ['1.234.567', units(1_234_567n), 0],
    ['(12.34)', -units(12n, 3_400_000_000_000_000n), 2],
    ['27753', units(27_753n), 0],
    ['1.5E-7', units(0n, 1_500_000_000n), 16],
  ])('%s (%s units) is compared at %i decimals', (printed, value, decimals) => {
    expect(statedAmount('Total', printed, value, null).decimals).toBe(decimals);
  });
});
