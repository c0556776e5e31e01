import { describe, expect, it } from 'vitest';
import { QuerySpec } from '../../../src/shared/query/query-spec';
import { toUnits } from '../../e2e/exact-figures';
import { converted, tuneCoreStatement, type Line } from '../../e2e/tunecore-currencies';
import { coreEachTest } from '../../support/core-each-test';

const perTest = coreEachTest('tunemantra-base-currency-');

// A label in Lyon: mostly euros, some dollars and pounds, across March and April 2025.
const LINES: Line[] = [
  ['2025-03-02', 'Spotify', 'FR', 'Marées', 'FRBRM2500001', '48.08875', 'EUR'],
  ['2025-03-09', 'Deezer', 'BE', 'Marées', 'FRBRM2500001', '10.229325', 'EUR'],
  ['2025-03-15', 'Spotify', 'US', 'Écume', 'FRBRM2500002', '3.841234567890', 'USD'],
  ['2025-04-01', 'iTunes', 'GB', 'Écume', 'FRBRM2500002', '0.99', 'GBP'],
  ['2025-04-20', 'Spotify', 'DE', 'Écume', 'FRBRM2500002', '19.93826074', 'EUR'],
];

async function importLabelStatement(): Promise<void> {
  const path = perTest.folder.write('tunecore-spring.csv', tuneCoreStatement(LINES, { posted: '2025-05-15', artist: 'Lina Brume', label: 'Brume Records', songId: '4100001' }));
  const [outcome] = await perTest.core.importFiles([path], { mode: 'strict' });
  expect(outcome?.status).toBe('imported');
}

/** All-time revenue in the base currency in 1e-16 units, the lines it leaves out, and the currency it is in. */
async function baseRevenue(): Promise<{ revenue: bigint; unconverted: number; baseCurrency: string }> {
  const answer = await perTest.core.runQuery(QuerySpec.parse({ metrics: ['revenue', 'unconvertedLines'], timeRange: { kind: 'preset', preset: 'all' } }));
  const [revenue, unconverted] = answer.rows[0]!;
  return { revenue: toUnits(String(revenue ?? '0')), unconverted: Number(unconverted), baseCurrency: answer.baseCurrency };
}

const euros = (month: string) => LINES.filter((line) => line[6] === 'EUR' && line[0].startsWith(month)).reduce((sum, line) => sum + toUnits(line[5]), 0n);

describe('making euros the base currency', () => {
  it('counts every total in euros, exactly, the dollar rates set aside and the other lines waiting for euro rates', async () => {
    await importLabelStatement();
    await perTest.core.setFxRates([
      { month: '2025-03', currency: 'EUR', rate: '1.0816' },
      { month: '2025-04', currency: 'EUR', rate: '1.1214' },
    ]);
    expect((await baseRevenue()).baseCurrency).toBe('USD');
    let changed = 0;
    perTest.core.onEvent((event) => {
      if (event.type === 'data:changed') changed++;
    });

    expect(await perTest.core.setBaseCurrency('EUR')).toEqual({ baseCurrency: 'EUR', ratesSetAside: 2, ratesBroughtBack: 0, linesWaiting: 2 });
    expect(changed).toBe(1);
    expect(await baseRevenue()).toEqual({ revenue: euros('2025-03') + euros('2025-04'), unconverted: 2, baseCurrency: 'EUR' });
    expect(await perTest.core.listFxRates()).toEqual({
      baseCurrency: 'EUR',
      rates: [],
      missing: [
        { month: '2025-04', currency: 'GBP', lines: 1 },
        { month: '2025-03', currency: 'USD', lines: 1 },
      ],
    });

    // Rates in euros now convert the dollars and pounds, as any rate does.
    await perTest.core.setFxRates([
      { month: '2025-03', currency: 'USD', rate: '0.924556213018' },
      { month: '2025-04', currency: 'GBP', rate: '1.1717' },
    ]);
    expect(await baseRevenue()).toEqual({
      revenue: euros('2025-03') + euros('2025-04') + converted('3.841234567890', '0.924556213018') + converted('0.99', '1.1717'),
      unconverted: 0,
      baseCurrency: 'EUR',
    });

    // A statement imported afterwards is counted in euros as it is written.
    const path = perTest.folder.write('tunecore-may.csv', tuneCoreStatement([['2025-05-03', 'Spotify', 'FR', 'Marées', 'FRBRM2500001', '7.5', 'EUR']], { posted: '2025-06-15', artist: 'Lina Brume', label: 'Brume Records', songId: '4100001' }));
    expect((await perTest.core.importFiles([path], { mode: 'strict' }))[0]?.status).toBe('imported');
    expect((await baseRevenue()).unconverted).toBe(0);

    // Choosing the base currency it already has changes nothing.
    expect(await perTest.core.setBaseCurrency('EUR')).toEqual({ baseCurrency: 'EUR', ratesSetAside: 0, ratesBroughtBack: 0, linesWaiting: 0 });
  });

  it('brings back the rates set aside when the label changes back, every total as it was to the last digit', async () => {
    await importLabelStatement();
    const dollarRates = [
      { month: '2025-03', currency: 'EUR', rate: '1.0816' },
      { month: '2025-04', currency: 'EUR', rate: '1.1214' },
      { month: '2025-04', currency: 'GBP', rate: '1.2921' },
    ];
    await perTest.core.setFxRates(dollarRates);
    const inDollars = await baseRevenue();
    expect(inDollars.unconverted).toBe(0);

    await perTest.core.setBaseCurrency('EUR');
    await perTest.core.setFxRates([
      { month: '2025-03', currency: 'USD', rate: '0.924556213018' },
      { month: '2025-04', currency: 'GBP', rate: '1.1717' },
    ]);
    const inEuros = await baseRevenue();
    expect(inEuros.unconverted).toBe(0);

    // Back to dollars: the euro rates are set aside in turn, the dollar rates are back, and so is every total.
    expect(await perTest.core.setBaseCurrency('USD')).toEqual({ baseCurrency: 'USD', ratesSetAside: 2, ratesBroughtBack: 3, linesWaiting: 0 });
    expect(await baseRevenue()).toEqual(inDollars);
    expect((await perTest.core.listFxRates()).rates.map((r) => [r.month, r.currency, r.rate]).sort()).toEqual(
      dollarRates.map((r) => [r.month, r.currency, r.rate]).sort(),
    );
    const byMonth = QuerySpec.parse({ metrics: ['revenue'], dimensions: ['month', 'platform'], timeRange: { kind: 'preset', preset: 'all' } });
    const dollarsByMonth = (await perTest.core.runQuery(byMonth)).rows;

    // And euros again: the euro rates are back, each month as it was.
    expect(await perTest.core.setBaseCurrency('EUR')).toEqual({ baseCurrency: 'EUR', ratesSetAside: 3, ratesBroughtBack: 2, linesWaiting: 0 });
    expect(await baseRevenue()).toEqual(inEuros);
    await perTest.core.setBaseCurrency('USD');
    expect((await perTest.core.runQuery(byMonth)).rows).toEqual(dollarsByMonth);
  });
});
