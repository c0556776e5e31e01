import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuerySpec, type QueryResult, type QuerySpecInput } from '../../../src/shared/query/query-spec';
import { setFxRates } from '../../../src/main/currency/fx-rates';
import { addDays, formatDayNumber } from '../../../src/shared/period/sale-period';
import { compileQuery } from '../../../src/main/query/compile-query';
import { filterTarget } from '../../../src/main/query/filter-sql';
import { STATEMENT_LINES, type FactSource } from '../../../src/main/query/fact-source';
import { removeImports } from '../../../src/main/import/remove-imports';
import { CATALOGUE_SUMMARIES_FILL } from '../../../src/main/query/rollups/catalogue-summaries';
import { MERGED_ROLLUPS, mergeSql } from '../../../src/main/query/rollups/merged-rollups';
import { ROLLUPS } from '../../../src/main/query/rollups/rollup-definitions';
import { rebuildRollups } from '../../../src/main/query/rollups/rollup-maintenance';
import { planSource } from '../../../src/main/query/rollups/rollup-planner';
import { runQuery } from '../../../src/main/query/run-query';
import { shapeRow } from '../../../src/main/query/shape-rows';
import { sqliteDialect } from '../../../src/main/query/sql-dialect';
import { openWriterStore, type Store } from '../../../src/main/store/open-store';
import { decimalUnits, importFile } from '../import/temp-store';
import { DISTROKID_13_HEADER, tempDataFolder } from '../../support/temp-store';

let folder: ReturnType<typeof tempDataFolder>;
let db: Store;
let summedWhileImporting: Record<string, string[]>;
let rebuiltFromLines: Record<string, string[]>;
let statementFiles: { distrokid: string; tunecore: string };

/** Every rollup row, order-free, so two ways of building them can be compared. */
const rollupSnapshot = () =>
  Object.fromEntries(ROLLUPS.map((r) => [r.table, (db.prepare(`SELECT * FROM ${r.table}`).raw(true).all() as unknown[][]).map((row) => JSON.stringify(row)).sort()]));

const STORES = ['Spotify', 'Apple Music', 'iTunes', 'Deezer', 'TikTok', 'Amazon (Downloads)'];
const COUNTRIES = ['US', 'GB', 'DE', 'FR', 'JP', 'BR', 'OU'];

function randomStatements(seed: number): { distrokid: string; tunecore: string } {
  let s = seed;
  const next = (n: number) => ((s = (s * 1103515245 + 12345) & 0x7fffffff) % n);
  const dk = [DISTROKID_13_HEADER];
  for (let i = 0; i < 3000; i++) {
    const month = 1 + next(24);
    const sale = `${2023 + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}`;
    const reportMonth = month + 2;
    const reported = `${2023 + Math.floor((reportMonth - 1) / 12)}-${String(((reportMonth - 1) % 12) + 1).padStart(2, '0')}-${String(1 + next(28)).padStart(2, '0')}`;
    const song = next(40);
    const album = next(10) === 0;
    dk.push([reported, sale, STORES[next(STORES.length)], `Artist ${song % 7}`, album ? `Album ${song % 5}` : `Song ${song}`,
      album ? '' : `QZTST24${String(song).padStart(5, '0')}`, album ? `00000000${String(100 + (song % 5))}` : '',
      String(next(900) - 20), '100', album ? 'Album' : 'Song', COUNTRIES[next(COUNTRIES.length)], '0',
      `${next(9)}.${String(next(1e8)).padStart(8, '0')}${next(10)}`].join('\t'));
  }
  const tc = ['Sales Period,Posted Date,Store Name,Country Of Sale,Artist,Release Type,Release Title,Song Title,Label,UPC,Optional UPC,TC Song ID,Optional ISRC,Sales Type,# Units Sold,Per Unit Price,Net Sales,Net Sales Currency,Exchange Rate,Total Earned,Currency'];
  // Sold on single days across two years and posted on days of their own: the edge days of a window.
  for (let i = 0; i < 1200; i++) {
    const sold = addDays(20230101, next(730));
    const eur = next(3) === 0;
    tc.push([formatDayNumber(sold), formatDayNumber(addDays(sold, 20 + next(60))), STORES[next(3)], COUNTRIES[next(6)], `Artist ${next(7)}`, 'Single', `Song ${next(40)}`, `Song ${next(40)}`, '', '', '', '1',
      `QZTST24${String(next(40)).padStart(5, '0')}`, 'Streaming', String(next(500)), '0.003', '1.00', eur ? 'EUR' : 'USD', '1',
      `0.${String(next(1e6)).padStart(6, '0')}`, eur ? 'EUR' : 'USD'].join(','));
  }
  return { distrokid: dk.join('\n'), tunecore: tc.join('\n') };
}

beforeAll(async () => {
  folder = tempDataFolder('tunemantra-rollups-');
  db = openWriterStore(folder.location.databaseFile);
  const files = randomStatements(42);
  statementFiles = files;
  for (const [name, text] of [['dk.tsv', files.distrokid], ['tc.csv', files.tunecore]] as const) {
    expect((await importFile(db, folder.write(name, text), { mode: 'lenient' })).status).toBe('imported');
  }
  summedWhileImporting = rollupSnapshot();
  rebuildRollups(db, db.prepare('SELECT id FROM import_batch').pluck().all() as number[]);
  rebuiltFromLines = rollupSnapshot();
  // Some months of EUR get a rate, others stay unconverted: both must agree either way.
  setFxRates(db, [{ month: 202403, currency: 'EUR', rate: '1.0841' }, { month: 202407, currency: 'EUR', rate: '1.1' }]);
}, 60_000);
afterAll(() => {
  db.close();
  folder.remove();
});

function rows(spec: QuerySpec, window: { from: number; to: number } | null, source: FactSource) {
  const compiled = compileQuery(spec, window, sqliteDialect, source);
  return (db.prepare(compiled.sql).raw(true).safeIntegers(true).all(...compiled.params) as unknown[][]).map((r) => shapeRow(r, compiled.parts));
}

const wholeMonthsArb = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 10 })).map(([start, length]) => {
  const from = 202301 + Math.floor(start / 12) * 100 + (start % 12);
  const endIndex = Math.min(start + length, 26);
  const to = 202301 + Math.floor(endIndex / 12) * 100 + (endIndex % 12);
  const lastDay = new Date(Date.UTC(Math.floor(to / 100), to % 100, 0)).getUTCDate();
  return { from: from * 100 + 1, to: to * 100 + lastDay };
});

/** Any days from before the data to after it: most cut a month at one end or both, some fit inside one. */
const anyDaysArb = fc.tuple(fc.integer({ min: 0, max: 880 }), fc.integer({ min: 0, max: 420 })).map(([start, length]) => {
  const from = addDays(20221201, start);
  return { from, to: addDays(from, length) };
});

const windowArb = fc.oneof(fc.constant(null), wholeMonthsArb);
const cutWindowArb = fc.oneof({ arbitrary: anyDaysArb, weight: 3 }, { arbitrary: windowArb, weight: 1 });

/** What a plan reads: lines, a rollup alone, a rollup merged across imports, or a rollup with the lines of the edge days. */
const planKind = (source: FactSource) => {
  if (source === STATEMENT_LINES) return 'lines';
  if (MERGED_ROLLUPS.some((merged) => source.table.startsWith(merged.table))) return source.table.includes('_year') ? 'merged by year' : 'merged';
  return source.from.params.length === 0 ? 'rollup' : 'rollup with edge days';
};

const CATALOGUE_SUMMARIES = ['catalogue_first_sale', 'recording_earning_month'];

/** The merged rollups and the catalogue summaries as they are, and as derived afresh from the per-import rows, order-free. */
function mergedAgainstFreshSums(): { kept: string[][]; fresh: string[][] } {
  const tables = [...MERGED_ROLLUPS.map((m) => m.table), ...CATALOGUE_SUMMARIES];
  const snapshot = () => tables.map((table) => (db.prepare(`SELECT * FROM ${table}`).raw(true).all() as unknown[][]).map((row) => JSON.stringify(row)).sort());
  const kept = snapshot();
  for (const merged of MERGED_ROLLUPS) {
    db.prepare(`DELETE FROM ${merged.table}`).run();
    db.prepare(mergeSql(merged, 'true', 1)).run();
  }
  for (const table of CATALOGUE_SUMMARIES) db.prepare(`DELETE FROM ${table}`).run();
  db.exec(CATALOGUE_SUMMARIES_FILL);
  return { kept, fresh: snapshot() };
}

/** One of the given value lists, as the mutable array a spec holds. */
const valuesFrom = (...lists: (string | number)[][]) => fc.constantFrom(...lists).map((values) => [...values]);

const lineCondition = fc.oneof(
  fc.record({ field: fc.constantFrom('territory' as const), op: fc.constantFrom('in' as const, 'notIn' as const), values: fc.subarray(['US', 'GB', 'DE', 'ZZ'], { minLength: 1 }) }),
  fc.record({ field: fc.constantFrom('recording' as const, 'release' as const), op: fc.constantFrom('exists' as const, 'notExists' as const) }),
  fc.record({
    field: fc.constantFrom('platformName' as const, 'artistName' as const, 'recordingTitle' as const, 'releaseTitle' as const, 'territoryName' as const, 'isrc' as const, 'upc' as const),
    op: fc.constantFrom('contains' as const, 'startsWith' as const, 'notEquals' as const),
    values: valuesFrom(['i'], ['a'], ['Song 1'], ['QZTST2400007'], ['Artist 3'], ['united'], ['%'], ['0000000010']),
  }),
  fc.record({ field: fc.constant('month' as const), op: fc.constant('between' as const), values: valuesFrom(['2023-03', '2023-09'], ['2024-01', '2024-12']) }),
  fc.record({ field: fc.constant('year' as const), op: fc.constantFrom('equals' as const, 'notEquals' as const), values: valuesFrom([2023], [2024]) }),
);

const groupCondition = fc.oneof(
  fc.record({ field: fc.constant('revenue' as const), op: fc.constantFrom('greaterThan' as const, 'lessThan' as const), values: valuesFrom(['5.5'], ['120.123456789'], ['0']) }),
  fc.record({ field: fc.constantFrom('quantity' as const, 'lines' as const), op: fc.constant('between' as const), values: valuesFrom([10, 5000], [1, 3]) }),
  fc.record({ field: fc.constant('distinctRecordings' as const), op: fc.constant('greaterThan' as const), values: valuesFrom([2]) }),
);

const filterEntry = fc.oneof(
  lineCondition,
  groupCondition,
  fc.record({ any: fc.array(lineCondition, { minLength: 1, maxLength: 3 }) }),
  fc.record({ all: fc.array(fc.oneof(lineCondition, fc.record({ any: fc.array(lineCondition, { minLength: 1, maxLength: 2 }) })), { minLength: 1, maxLength: 2 }) }),
  fc.record({ any: fc.array(groupCondition, { minLength: 1, maxLength: 2 }) }),
);

const SALES_METRICS = ['quantity', 'streams', 'downloads', 'revenue', 'perStreamRate', 'lines', 'distinctRecordings', 'distinctReleases', 'distinctTerritories', 'distinctPlatforms', 'unconvertedLines'] as const;

const wholeQueryArb = fc
  .record({
    metrics: fc.subarray([...SALES_METRICS], { minLength: 1, maxLength: 3 }),
    dimension: fc.constantFrom(null, 'month', 'quarter', 'year', 'platform', 'territory', 'artist', 'release', 'recording', 'saleType', 'currency', 'importBatch'),
    top: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    comparison: fc.constantFrom(undefined, 'previousPeriod' as const, 'samePeriodLastYear' as const),
    dateBasis: fc.constantFrom('sale' as const, 'reporting' as const),
    filters: fc.array(filterEntry, { maxLength: 2 }),
  })
  .map(({ metrics, dimension, top, ...rest }): QuerySpecInput => {
    const sort = { by: metrics[0]!, direction: 'desc' as const };
    if (dimension === null) return { ...rest, metrics };
    const ranked = top !== undefined && !['month', 'quarter', 'year'].includes(dimension);
    return { ...rest, metrics, dimensions: [dimension], sort, ...(ranked ? { top: { n: top } } : {}) };
  });

const specArb = fc.record({
  metrics: fc.subarray([...SALES_METRICS], { minLength: 1, maxLength: 4 }),
  dimensions: fc.subarray(['month', 'quarter', 'year', 'platform', 'territory', 'artist', 'release', 'recording', 'saleType', 'currency', 'importBatch'] as const, { maxLength: 2 }),
  dateBasis: fc.constantFrom('sale' as const, 'reporting' as const),
  filters: fc.array(filterEntry, { maxLength: 2 }),
});

describe('monthly rollups', () => {
  it('summed while importing equal the rollups rebuilt from the lines', () => {
    expect(Object.values(summedWhileImporting).every((rows) => rows.length > 0)).toBe(true);
    expect(rebuiltFromLines).toEqual(summedWhileImporting);
  });

  it('answer every query exactly as the statement lines do, whether the window cuts months or not', () => {
    const plans = new Map<string, number>();
    fc.assert(
      fc.property(specArb, cutWindowArb, (input: QuerySpecInput, window) => {
        const spec = QuerySpec.parse(input);
        const source = planSource(spec, window);
        plans.set(planKind(source), (plans.get(planKind(source)) ?? 0) + 1);
        if (source === STATEMENT_LINES) return; // no rollup keeps this combination of keys, or no whole month fits
        expect(rows(spec, window, source)).toEqual(rows(spec, window, STATEMENT_LINES));
      }),
      { numRuns: 600, seed: 4242 },
    );
    expect(plans.get('rollup')).toBeGreaterThan(20);
    expect(plans.get('merged')).toBeGreaterThan(10);
    expect(plans.get('merged by year')).toBeGreaterThan(3);
    expect(plans.get('rollup with edge days')).toBeGreaterThan(120);
  });

  it('answer whole queries — top n with Others, totals filters, comparisons — exactly as the lines do', () => {
    // Every line of a window has a day after 1900, and a day condition is one no rollup can answer.
    const onLinesOnly = (spec: QuerySpec): QuerySpec => ({ ...spec, filters: [...spec.filters, { field: 'day', op: 'greaterThan', values: ['1900-01-01'] }] });
    const withoutTiming = (result: QueryResult) => ({ ...result, elapsedMs: 0 });
    const hybrid = { queries: 0, comparisons: 0, othersRows: 0, totalsFilters: 0 };
    fc.assert(
      fc.property(wholeQueryArb, anyDaysArb, (input, window) => {
        const spec = QuerySpec.parse({ ...input, timeRange: { kind: 'absolute', from: formatDayNumber(window.from), to: formatDayNumber(window.to) } });
        const today = new Date('2025-06-01T00:00:00Z');
        const answer = runQuery(db, spec, today, 'USD');
        expect(withoutTiming(answer)).toEqual(withoutTiming(runQuery(db, onLinesOnly(spec), today, 'USD')));
        if (planKind(planSource(spec, window)) !== 'rollup with edge days') return;
        hybrid.queries++;
        if (spec.comparison) hybrid.comparisons++;
        if (answer.others) hybrid.othersRows++;
        if (spec.filters.some((entry) => filterTarget(entry) === 'groups')) hybrid.totalsFilters++;
      }),
      { numRuns: 250, seed: 909 },
    );
    expect(hybrid.queries).toBeGreaterThan(100);
    expect(hybrid.comparisons).toBeGreaterThan(50);
    expect(hybrid.othersRows).toBeGreaterThan(10);
    expect(hybrid.totalsFilters).toBeGreaterThan(20);
  });

  it('give "Others" rows that add up, with the top groups, to the whole', () => {
    const totalOf = (spec: QuerySpec, window: { from: number; to: number } | null) => rows({ ...spec, dimensions: [], sort: undefined, top: undefined }, window, STATEMENT_LINES)[0];
    fc.assert(
      fc.property(
        fc.constantFrom('platform' as const, 'territory' as const, 'recording' as const, 'release' as const, 'artist' as const, 'saleType' as const),
        fc.integer({ min: 1, max: 6 }),
        fc.array(lineCondition, { maxLength: 1 }),
        cutWindowArb,
        (dimension, n, filters, window) => {
          const spec = QuerySpec.parse({ metrics: ['quantity', 'lines', 'revenue'], dimensions: [dimension], filters, sort: { by: 'revenue', direction: 'desc' }, top: { n } });
          const timeRange = window ? { kind: 'absolute', from: formatDayNumber(window.from), to: formatDayNumber(window.to) } : { kind: 'preset', preset: 'all' };
          const r = runQuery(db, QuerySpec.parse({ ...spec, timeRange }), new Date('2025-06-01T00:00:00Z'), 'USD');
          const sums = ['quantity', 'lines', 'revenue'].map((name) => {
            const index = r.columns.findIndex((c) => c.name === name);
            return r.rows.reduce((sum, row) => sum + decimalUnits(String(row[index])), 0n);
          });
          const [quantity, lines, revenue] = totalOf(spec, window)!;
          expect(sums).toEqual([decimalUnits(String(quantity)), decimalUnits(String(lines)), decimalUnits(String(revenue))]);
          expect(r.rows.length).toBe(Math.min(n, r.totalRows) + (r.totalRows > n ? 1 : 0));
        },
      ),
      { numRuns: 60, seed: 77 },
    );
  });

  it('are not used for day-level questions or windows with no whole month inside', () => {
    const spec = QuerySpec.parse({ metrics: ['revenue'], dimensions: ['day'] });
    expect(planSource(spec, null).table).toBe('statement_line');
    expect(planSource(spec, { from: 20240115, to: 20240331 }).table).toBe('statement_line');
    expect(planSource(QuerySpec.parse({ metrics: ['revenue'] }), { from: 20240115, to: 20240214 }).table).toBe('statement_line');
    expect(planSource(QuerySpec.parse({ metrics: ['revenue'], dimensions: ['platform'] }), { from: 20240101, to: 20240331 }).table).toBe('rollup_month_platform');
    expect(planSource(QuerySpec.parse({ metrics: ['revenue'] }), { from: 20240115, to: 20240331 }).table).toBe('rollup_month_platform + statement_line');
  });

  it('find the edge days through the day index of the date basis', () => {
    for (const [dateBasis, index] of [['sale', 'statement_line_sale'], ['reporting', 'statement_line_reporting']] as const) {
      const spec = QuerySpec.parse({ metrics: ['revenue', 'distinctRecordings'], dimensions: ['recording'], dateBasis });
      const window = { from: 20230817, to: 20240610 };
      const compiled = compileQuery(spec, window, sqliteDialect, planSource(spec, window));
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${compiled.sql}`).all(...compiled.params) as { detail: string }[]).map((step) => step.detail);
      expect(plan.filter((detail) => detail.includes(`USING INDEX ${index} (${dateBasis === 'sale' ? 'sale_start' : 'reporting_day'}>? AND `))).toHaveLength(2);
      expect(plan.some((detail) => /SEARCH .*rollup_month_catalogue USING INDEX rollup_month_catalogue_month \(basis=\? AND month>\? AND month<\?\)/.test(detail))).toBe(true);
      expect(plan.filter((detail) => /SCAN (statement_line|rollup_)/.test(detail))).toEqual([]);
    }
  });

  it('refuse to read a window on a basis they were not planned for', () => {
    const spec = QuerySpec.parse({ metrics: ['lines'] });
    const source = planSource(spec, { from: 20240115, to: 20240331 });
    expect(() => compileQuery(spec, { from: 20240116, to: 20240331 }, sqliteDialect, source)).toThrow(
      'rollup_month_platform with edge days was planned for 2024-01-15…2024-03-31 on the sale basis, not 2024-01-16…2024-03-31 on the sale basis',
    );
    expect(() => compileQuery({ ...spec, dateBasis: 'reporting' }, { from: 20240115, to: 20240331 }, sqliteDialect, source)).toThrow(/not 2024-01-15…2024-03-31 on the reporting basis/);
  });

  it('merged across imports, and the catalogue summaries drawn from them, stay exact through FX corrections, undo and import', async () => {
    const check = () => {
      const { kept, fresh } = mergedAgainstFreshSums();
      expect(kept.every((rows) => rows.length > 0)).toBe(true);
      expect(kept).toEqual(fresh);
      for (const merged of MERGED_ROLLUPS) expect(db.prepare(`SELECT COUNT(*) FROM ${merged.table} WHERE lines <= 0`).pluck().get()).toBe(0);
    };
    check(); // after the FX rates set before these tests rebuilt the imports they touched
    const tunecore = db.prepare("SELECT id FROM import_batch WHERE file_name = 'tc.csv'").pluck().get() as number;
    removeImports(db, [tunecore]);
    check();
    expect((await importFile(db, folder.write('tc-again.csv', statementFiles.tunecore), { mode: 'lenient' })).status).toBe('imported');
    check();
    setFxRates(db, [{ month: 202405, currency: 'EUR', rate: '1.07' }]);
    check();
    const spec = QuerySpec.parse({ metrics: ['revenue', 'streams', 'lines'], dimensions: ['recording'], sort: { by: 'revenue', direction: 'desc' } });
    // One year alone is read by equality and grouped by the stored ids, in the order they are read.
    for (const window of [null, { from: 20230101, to: 20241231 }, { from: 20240101, to: 20241231 }, { from: 20230301, to: 20240531 }]) {
      expect(planKind(planSource(spec, window))).toMatch(/^merged/);
      expect(rows(spec, window, planSource(spec, window))).toEqual(rows(spec, window, STATEMENT_LINES));
    }
  });
});
