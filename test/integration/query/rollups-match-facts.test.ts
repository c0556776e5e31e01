import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuerySpec, type QuerySpecInput } from '../../../src/shared/query/query-spec';
import { setFxRates } from '../../../src/main/currency/fx-rates';
import { compileQuery } from '../../../src/main/query/compile-query';
import { STATEMENT_LINES, type FactSource } from '../../../src/main/query/fact-source';
import { ROLLUPS } from '../../../src/main/query/rollups/rollup-definitions';
import { rebuildRollups } from '../../../src/main/query/rollups/rollup-maintenance';
import { planSource } from '../../../src/main/query/rollups/rollup-planner';
import { shapeRow } from '../../../src/main/query/shape-rows';
import { sqliteDialect } from '../../../src/main/query/sql-dialect';
import { openWriterStore, type Store } from '../../../src/main/store/open-store';
import { importFile } from '../import/temp-store';
import { DISTROKID_13_HEADER, tempDataFolder } from '../../support/temp-store';

let folder: ReturnType<typeof tempDataFolder>;
let db: Store;
let summedWhileImporting: Record<string, string[]>;
let rebuiltFromLines: Record<string, string[]>;

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
    const reported = `${2023 + Math.floor((reportMonth - 1) / 12)}-${String(((reportMonth - 1) % 12) + 1).padStart(2, '0')}-05`;
    const song = next(40);
    const album = next(10) === 0;
    dk.push([reported, sale, STORES[next(STORES.length)], `Artist ${song % 7}`, album ? `Album ${song % 5}` : `Song ${song}`,
      album ? '' : `QZTST24${String(song).padStart(5, '0')}`, album ? `00000000${String(100 + (song % 5))}` : '',
      String(next(900) - 20), '100', album ? 'Album' : 'Song', COUNTRIES[next(COUNTRIES.length)], '0',
      `${next(9)}.${String(next(1e8)).padStart(8, '0')}${next(10)}`].join('\t'));
  }
  const tc = ['Sales Period,Posted Date,Store Name,Country Of Sale,Artist,Release Type,Release Title,Song Title,Label,UPC,Optional UPC,TC Song ID,Optional ISRC,Sales Type,# Units Sold,Per Unit Price,Net Sales,Net Sales Currency,Exchange Rate,Total Earned,Currency'];
  for (let i = 0; i < 600; i++) {
    const day = `2024-${String(1 + next(12)).padStart(2, '0')}-${String(1 + next(28)).padStart(2, '0')}`;
    const eur = next(3) === 0;
    tc.push([day, '2025-02-10', STORES[next(3)], COUNTRIES[next(6)], `Artist ${next(7)}`, 'Single', `Song ${next(40)}`, `Song ${next(40)}`, '', '', '', '1',
      `QZTST24${String(next(40)).padStart(5, '0')}`, 'Streaming', String(next(500)), '0.003', '1.00', eur ? 'EUR' : 'USD', '1',
      `0.${String(next(1e6)).padStart(6, '0')}`, eur ? 'EUR' : 'USD'].join(','));
  }
  return { distrokid: dk.join('\n'), tunecore: tc.join('\n') };
}

beforeAll(async () => {
  folder = tempDataFolder('tunemantra-rollups-');
  db = openWriterStore(folder.location.databaseFile);
  const files = randomStatements(42);
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

const windowArb = fc.oneof(
  fc.constant(null),
  fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 10 })).map(([start, length]) => {
    const from = 202301 + Math.floor(start / 12) * 100 + (start % 12);
    const endIndex = Math.min(start + length, 26);
    const to = 202301 + Math.floor(endIndex / 12) * 100 + (endIndex % 12);
    const lastDay = new Date(Date.UTC(Math.floor(to / 100), to % 100, 0)).getUTCDate();
    return { from: from * 100 + 1, to: to * 100 + lastDay };
  }),
);

const specArb = fc.record({
  metrics: fc.subarray(['quantity', 'streams', 'downloads', 'revenue', 'perStreamRate', 'lines'] as const, { minLength: 1 }),
  dimensions: fc.subarray(['month', 'quarter', 'year', 'platform', 'territory', 'artist', 'release', 'recording', 'saleType', 'currency', 'importBatch'] as const, { maxLength: 2 }),
  dateBasis: fc.constantFrom('sale' as const, 'reporting' as const),
  filter: fc.option(fc.oneof(
    fc.record({ field: fc.constantFrom('territory' as const), op: fc.constantFrom('in' as const, 'notIn' as const), values: fc.subarray(['US', 'GB', 'DE', 'ZZ'], { minLength: 1 }) }),
    fc.record({ field: fc.constantFrom('recording' as const, 'release' as const), op: fc.constantFrom('exists' as const, 'notExists' as const) }),
  ), { nil: undefined }),
});

describe('monthly rollups', () => {
  it('summed while importing equal the rollups rebuilt from the lines', () => {
    expect(Object.values(summedWhileImporting).every((rows) => rows.length > 0)).toBe(true);
    expect(rebuiltFromLines).toEqual(summedWhileImporting);
  });

  it('answer every whole-month query exactly as the statement lines do', () => {
    let answeredByRollup = 0;
    fc.assert(
      fc.property(specArb, windowArb, ({ metrics, dimensions, dateBasis, filter }, window) => {
        const input: QuerySpecInput = { metrics, dimensions, dateBasis, filters: filter ? [filter] : [] };
        const spec = QuerySpec.parse(input);
        const source = planSource(spec, window);
        if (source === STATEMENT_LINES) return; // no rollup keeps this combination of keys
        answeredByRollup++;
        expect(rows(spec, window, source)).toEqual(rows(spec, window, STATEMENT_LINES));
      }),
      { numRuns: 300, seed: 4242 },
    );
    expect(answeredByRollup).toBeGreaterThan(200);
  });

  it('are not used for day-level questions or windows that cut a month', () => {
    const spec = QuerySpec.parse({ metrics: ['revenue'], dimensions: ['day'] });
    expect(planSource(spec, null).table).toBe('statement_line');
    expect(planSource(QuerySpec.parse({ metrics: ['revenue'] }), { from: 20240115, to: 20240331 }).table).toBe('statement_line');
    expect(planSource(QuerySpec.parse({ metrics: ['revenue'], dimensions: ['platform'] }), { from: 20240101, to: 20240331 }).table).toBe('rollup_month_platform');
  });
});
