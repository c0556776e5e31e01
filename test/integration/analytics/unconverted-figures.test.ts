import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueHealth } from '../../../src/main/analytics/catalogue-health';
import { releaseComparison } from '../../../src/main/analytics/release-comparison';
import { setFxRates } from '../../../src/main/currency/fx-rates';
import { runQuery } from '../../../src/main/query/run-query';
import { CatalogueHealth, CatalogueHealthRequest } from '../../../src/shared/analytics/catalogue-health-contract';
import { ReleaseComparison, ReleaseComparisonRequest } from '../../../src/shared/analytics/release-comparison-contract';
import { QuerySpec, type DateBasis, type Dimension, type QueryResult, type QuerySpecInput } from '../../../src/shared/query/query-spec';
import { unconvertedSpec, type FiguresBasis } from '../../../src/shared/query/unconverted-lines';
import { figureWithWaitingText, moneyWithWaiting, waitingByMember } from '../../../src/shared/query/unconverted-members';
import { writeDollarAndEuroStatements } from '../../e2e/dollar-and-euro-statements';
import { importFile, openTempStore, type TempStore } from '../import/temp-store';

// ---- A USD import and a EUR import no rate converts yet: Écume earns only in euros ----

const TODAY = new Date('2024-08-01T12:00:00Z');
const ALL_TIME = { kind: 'preset', preset: 'all' } as const;
const NONE = { lines: 0, currencies: [] };

let store: TempStore;

function query(input: QuerySpecInput): QueryResult {
  return runQuery(store.db, QuerySpec.parse(input), TODAY, 'USD');
}

function health(request: Partial<CatalogueHealthRequest>): CatalogueHealth {
  return CatalogueHealth.parse(catalogueHealth(store.db, CatalogueHealthRequest.parse(request), TODAY, 'USD'));
}

function compare(): ReleaseComparison {
  return ReleaseComparison.parse(releaseComparison(store.db, ReleaseComparisonRequest.parse({}), 'USD'));
}

/**
 * An Overview list as it reads: each row's name and revenue, with what the revenue leaves out
 * for want of a rate, from the panel's own answer and the marks asked beside it.
 */
function listRead(spec: QuerySpecInput, dimension: Dimension, basis: FiguresBasis): [string, string][] {
  const answer = query(spec);
  const waiting = waitingByMember(query(unconvertedSpec(basis, [dimension])), dimension);
  const name = answer.columns.findIndex((column) => column.name === dimension);
  const revenue = answer.columns.findIndex((column) => column.name === 'revenue');
  return answer.rows.map((row) => [String(row[name]), figureWithWaitingText(moneyWithWaiting(String(row[revenue]), 'USD', waiting(answer, row)))]);
}

/** The Overview's top recordings, platform bars and months, as `overview-specs.ts` asks for them. */
function overviewLists(dateBasis: DateBasis) {
  const scope = { timeRange: ALL_TIME, dateBasis };
  return {
    recordings: listRead(
      { metrics: ['revenue', 'streams'], dimensions: ['recording'], filters: [{ field: 'recording', op: 'exists' }], sort: { by: 'revenue', direction: 'desc' }, limit: 10, ...scope },
      'recording',
      scope,
    ),
    platforms: listRead({ metrics: ['revenue', 'quantity'], dimensions: ['platform'], sort: { by: 'revenue', direction: 'desc' }, limit: 10, ...scope }, 'platform', scope),
    months: listRead({ metrics: ['revenue', 'streams'], dimensions: ['month'], sort: { by: 'month', direction: 'asc' }, ...scope }, 'month', scope),
  };
}

beforeAll(async () => {
  store = openTempStore('tunemantra-unconverted-figures-');
  for (const path of writeDollarAndEuroStatements(store.dir)) expect((await importFile(store.db, path)).status).toBe('imported');
});
afterAll(() => store.cleanup());

describe('the Overview lists say what waits for an FX rate', () => {
  it('marks a recording earning only in euros as having no USD figure yet, and one earning in both as leaving the euros out', () => {
    expect(overviewLists('sale').recordings).toEqual([
      ['Harbour', '$3.10 + 1 line in EUR not converted'],
      ['Tides', '$1.00'],
      ['Écume', 'no USD figure yet — 1 line in EUR not converted'],
    ]);
  });

  it('marks the platform bars and the months the same way', () => {
    const { platforms, months } = overviewLists('sale');
    expect(platforms).toEqual([
      ['Spotify', '$3.10 + 1 line in EUR not converted'],
      ['Deezer', '$1.00'],
      ['iTunes', 'no USD figure yet — 1 line in EUR not converted'],
    ]);
    expect(months).toEqual([
      ['2024-04', '$4.10'],
      ['2024-05', 'no USD figure yet — 2 lines in EUR not converted'],
    ]);
  });

  it('marks them on the reporting basis too, which reads the lines', () => {
    expect(overviewLists('reporting').recordings).toEqual(overviewLists('sale').recordings);
    // TuneCore reports a month's sales in its posted month: May's euros count in June.
    expect(overviewLists('reporting').months).toEqual([
      ['2024-05', '$4.10'],
      ['2024-06', 'no USD figure yet — 2 lines in EUR not converted'],
    ]);
  });
});

describe('catalogue health does not count money waiting for a rate as earning nothing', () => {
  it('counts the euro-only recording apart from those that earned nothing, and says what the revenue leaves out', () => {
    const result = health({ timeRange: ALL_TIME });
    expect(result.revenue).toBe('4.10000000');
    // Harbour and Tides earned in dollars; Écume's only money waits for a rate.
    expect(result.recordings).toEqual({ catalogue: 3, earning: 2, earningShare: 0.666667 });
    expect(result.unconverted).toEqual({
      lines: 2,
      currencies: ['EUR'],
      recordingsWaiting: 1,
      earningLifeUnknown: 2,
      byReleaseAge: { newReleases: { lines: 2, currencies: ['EUR'] }, backCatalogue: NONE, unattributed: NONE },
    });
  });

  it('splits the waiting lines as the revenue is split by release age, so each part says what it leaves out', () => {
    // Harbour's release was first sold in April, Écume's in May; each holds one euro line. Counted to
    // May on the sale basis with "new" under a month old, or to June (when the euros were reported)
    // with "new" under two: Harbour's is back catalogue, Écume's new.
    const bases = [
      { dateBasis: 'sale', to: '2024-05-31', newReleaseMonths: 1 },
      { dateBasis: 'reporting', to: '2024-06-30', newReleaseMonths: 2 },
    ] as const;
    for (const { dateBasis, to, newReleaseMonths } of bases) {
      const result = health({ timeRange: { kind: 'absolute', from: '2024-04-01', to }, newReleaseMonths, dateBasis });
      expect(result.unconverted.byReleaseAge).toEqual({
        newReleases: { lines: 1, currencies: ['EUR'] },
        backCatalogue: { lines: 1, currencies: ['EUR'] },
        unattributed: NONE,
      });
      // The dollars are Harbour's and Tides', both on releases first sold in April.
      expect([result.releaseAge.newReleases.revenue, result.releaseAge.backCatalogue.revenue]).toEqual(['0.00000000', '4.10000000']);
    }
  });

  it('leaves out of the earning life the recordings whose waiting months may have earned', () => {
    // Tides earned in April only: 1 month. Harbour's euros in May and Écume's may have earned: not told.
    expect(health({ timeRange: ALL_TIME }).longevity).toMatchObject({ recordings: 1, medianEarningMonths: 1 });
    // Looking from April, nothing waits yet: Harbour and Tides earned their one month each.
    const april = health({ timeRange: { kind: 'absolute', from: '2024-04-01', to: '2024-04-30' } });
    expect(april.unconverted).toEqual({ lines: 0, currencies: [], recordingsWaiting: 0, earningLifeUnknown: 0, byReleaseAge: { newReleases: NONE, backCatalogue: NONE, unattributed: NONE } });
    expect(april.longevity).toMatchObject({ recordings: 2, medianEarningMonths: 1 });
  });

  it('counts a recording whose dollars in the window are nothing but whose euros wait as not known yet', () => {
    const may = health({ timeRange: { kind: 'absolute', from: '2024-05-01', to: '2024-05-31' } });
    // Harbour sold only in euros in May, Écume too; Tides sold nothing in May.
    expect(may.recordings).toEqual({ catalogue: 3, earning: 0, earningShare: 0 });
    expect(may.unconverted).toMatchObject({ lines: 2, recordingsWaiting: 2 });
    expect(health({ timeRange: ALL_TIME, dateBasis: 'reporting' }).unconverted).toMatchObject({ lines: 2, recordingsWaiting: 1 });
  });
});

describe('release comparison', () => {
  it('counts the lines each mark leaves out for want of a rate', () => {
    const ecume = compare().releases.find((release) => release.title === 'Écume')!;
    // Day 1 is 2 May; the statements reach 30 May: day 7 is in, days 30 and 90 are not yet.
    expect(ecume).toMatchObject({ releaseDay: '2024-05-02', revenue: '0.00000000' });
    expect(ecume.marks.map((mark) => [mark.days, mark.status, mark.revenue])).toEqual([
      [7, 'complete', '0.00000000'],
      [30, 'incomplete', null],
      [90, 'incomplete', null],
    ]);
    expect(ecume.unconverted).toMatchObject({ lines: 1, currencies: ['EUR'], byMark: [1, 0, 0] });
    // Weekly curve points through day 28 (29 May): each counts the line of 2 May.
    expect(ecume.unconverted.byCurvePoint).toEqual([1, 1, 1, 1]);
    const harbour = compare().releases.find((release) => release.title === 'Harbour')!;
    // Day 1 is 2 April: the euros of 30 May come on day 59, after day 30; day 90 is not reached.
    expect(harbour.unconverted).toMatchObject({ lines: 1, byMark: [0, 0, 0] });
  });
});

describe('once a rate converts the euros', () => {
  it('nothing is marked and every recording counts', () => {
    setFxRates(store.db, [{ month: 202405, currency: 'EUR', rate: '1.08' }]);
    expect(overviewLists('sale').recordings).toEqual([
      ['Harbour', '$1,083.64'],
      ['Écume', '$159.84'],
      ['Tides', '$1.00'],
    ]);
    const result = health({ timeRange: ALL_TIME });
    expect(result.recordings).toEqual({ catalogue: 3, earning: 3, earningShare: 1 });
    expect(result.unconverted).toEqual({ lines: 0, currencies: [], recordingsWaiting: 0, earningLifeUnknown: 0, byReleaseAge: { newReleases: NONE, backCatalogue: NONE, unattributed: NONE } });
    // Tides 1 month, Harbour April–May 2, Écume 1
    expect(result.longevity).toMatchObject({ recordings: 3, medianEarningMonths: 1 });
    expect(compare().releases.every((release) => release.unconverted.lines === 0)).toBe(true);
  });
});
