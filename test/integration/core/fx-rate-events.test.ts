import { describe, expect, it } from 'vitest';
import { QuerySpec } from '../../../src/shared/query/query-spec';
import { toUnits } from '../../e2e/exact-figures';
import { converted, tuneCoreStatement, type Line } from '../../e2e/tunecore-currencies';
import { coreEachTest } from '../../support/core-each-test';

const perTest = coreEachTest('tunemantra-fx-events-');

// Dollars, the base currency, beside euros of May and June 2024.
const LINES: Line[] = [
  ['2024-05-02', 'Spotify', 'US', 'Harbour', 'NLA1Z2400001', '3.10', 'USD'],
  ['2024-05-03', 'Spotify', 'DE', 'Harbour', 'NLA1Z2400001', '4.25', 'EUR'],
  ['2024-05-19', 'Deezer', 'FR', 'Tides', 'NLA1Z2400002', '0.5', 'EUR'],
  ['2024-06-01', 'Spotify', 'DE', 'Tides', 'NLA1Z2400002', '2.000000000001', 'EUR'],
];
/** 10^15 dollars a euro: a line of 4 euros would be 4·10^15 dollars, past the store's 64-bit columns. */
const MUCH_TOO_LARGE = '1000000000000000';

/** How many data:changed events the core has sent since the call. */
function figuresChanged(): () => number {
  let count = 0;
  perTest.core.onEvent((event) => {
    if (event.type === 'data:changed') count++;
  });
  return () => count;
}

async function importLabelStatement(): Promise<void> {
  const path = perTest.folder.write('tunecore-2024.csv', tuneCoreStatement(LINES, { posted: '2024-07-15', artist: 'Lena Vos', label: 'Vos Records', songId: '4100001' }));
  const [outcome] = await perTest.core.importFiles([path], { mode: 'strict' });
  expect(outcome?.status).toBe('imported');
}

/** All-time revenue in the base currency in 1e-16 units, and the lines it leaves out. */
async function baseRevenue(): Promise<{ revenue: bigint; unconverted: number }> {
  const answer = await perTest.core.runQuery(QuerySpec.parse({ metrics: ['revenue', 'unconvertedLines'], timeRange: { kind: 'preset', preset: 'all' } }));
  const [revenue, unconverted] = answer.rows[0]!;
  return { revenue: toUnits(String(revenue)), unconverted: Number(unconverted) };
}

describe('saving FX rates through the core', () => {
  it('tells open pages when a rate too large takes lines out of base totals, and says how many', async () => {
    await importLabelStatement();
    const events = figuresChanged();
    expect(await perTest.core.setFxRates([{ month: '2024-05', currency: 'EUR', rate: '1.1' }])).toEqual({ saved: 1, linesConverted: 2, linesUnconvertible: 0 });
    expect(events()).toBe(1);
    const mayInDollars = converted('4.25', '1.1') + converted('0.5', '1.1');
    expect(await baseRevenue()).toEqual({ revenue: toUnits('3.10') + mayInDollars, unconverted: 1 });

    // May's euros leave the totals: the figures fall, and the pages showing them are told.
    expect(await perTest.core.setFxRates([{ month: '2024-05', currency: 'EUR', rate: MUCH_TOO_LARGE }])).toEqual({ saved: 1, linesConverted: 0, linesUnconvertible: 2 });
    expect(events()).toBe(2);
    expect(await baseRevenue()).toEqual({ revenue: toUnits('3.10'), unconverted: 3 });
    expect((await perTest.core.listFxRates()).missing).toEqual([
      { month: '2024-06', currency: 'EUR', lines: 1 },
      { month: '2024-05', currency: 'EUR', lines: 2 },
    ]);

    // The same from a rates file, for June's euros, which a corrected May rate brings back beside.
    expect(await perTest.core.importFxRatesCsv(`month,currency,rate\n2024-05,EUR,1.1\n2024-06,EUR,${MUCH_TOO_LARGE}\n`)).toEqual({
      saved: 2,
      linesConverted: 2,
      linesUnconvertible: 1,
    });
    expect(events()).toBe(3);
    expect(await baseRevenue()).toEqual({ revenue: toUnits('3.10') + mayInDollars, unconverted: 1 });
  });

  it('sends nothing for a rate saved again spelled otherwise, and converts on a real change', async () => {
    await importLabelStatement();
    await perTest.core.setFxRates([{ month: '2024-05', currency: 'EUR', rate: '1.1' }]);
    const events = figuresChanged();

    for (const spelling of ['1.10', '1.100000', '01.1']) {
      expect(await perTest.core.setFxRates([{ month: '2024-05', currency: 'EUR', rate: spelling }]), spelling).toEqual({ saved: 1, linesConverted: 0, linesUnconvertible: 0 });
    }
    expect(await perTest.core.importFxRatesCsv('month,currency,rate\n2024-05,EUR,1.1000\n')).toEqual({ saved: 1, linesConverted: 0, linesUnconvertible: 0 });
    expect(events()).toBe(0);
    // The rate keeps the spelling it was saved in first.
    expect((await perTest.core.listFxRates()).rates).toEqual([{ month: '2024-05', currency: 'EUR', rate: '1.1' }]);

    expect(await perTest.core.setFxRates([{ month: '2024-05', currency: 'EUR', rate: '1.11' }])).toEqual({ saved: 1, linesConverted: 2, linesUnconvertible: 0 });
    expect(events()).toBe(1);
    expect((await baseRevenue()).revenue).toBe(toUnits('3.10') + converted('4.25', '1.11') + converted('0.5', '1.11'));
  });
});
