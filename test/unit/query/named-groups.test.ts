import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatAmount, joinAmount, parseAmount } from '../../../src/shared/money/exact-amount';
import type { Cell, QuerySpecInput } from '../../../src/shared/query/query-spec';
import type { Dimension } from '../../../src/shared/query/spec-vocabulary';
import { distroKidStatement, openQueryStore, type QueryStore, type SaleLine } from '../../integration/query/query-store';

/**
 * Results pinned against groups summed here in plain JavaScript from the stored lines, so that
 * the compiler (which rollup and line answers share) cannot drift without a test noticing.
 */

let store: QueryStore;

const NOVA = { artist: 'Nova Lane' };
const KITE = { artist: 'Kite Harbor' };
const ALPHA = { ...NOVA, title: 'Alpha', isrc: 'USNV12400001' };
const BETA = { ...NOVA, title: 'beta', isrc: 'USNV12400002' };
const GAMMA = { ...KITE, title: 'Gamma', isrc: 'USKH12400003' };
const DELTA = { ...KITE, title: 'Delta', isrc: 'USKH12400004' };
const ALBUM = { ...NOVA, title: 'First Light', upc: '036000291452' };

// "iTunes" sorts after "TikTok" byte by byte but before it ignoring case; Gamma and Delta tie on revenue.
const MAY: SaleLine[] = [
  { month: '2024-05', store: 'Spotify', ...ALPHA, qty: 100, earnings: '1.25' },
  { month: '2024-05', store: 'Spotify', ...BETA, qty: 50, earnings: '0.5', country: 'GB' },
  { month: '2024-05', store: 'Apple Music', ...ALPHA, qty: 20, earnings: '0.2', country: 'DE' },
  { month: '2024-05', store: 'Deezer', ...GAMMA, qty: 10, earnings: '0.3', country: 'FR' },
  { month: '2024-05', store: 'iTunes', ...ALBUM, qty: 1, earnings: '9.99' },
];
const JUNE: SaleLine[] = [
  { month: '2024-06', store: 'Spotify', ...ALPHA, qty: 200, earnings: '2.000000001' },
  { month: '2024-06', store: 'Spotify', ...DELTA, qty: 30, earnings: '0.3', country: 'DE' },
  { month: '2024-06', store: 'TikTok', ...BETA, qty: 5, earnings: '0.01', country: 'JP' },
  { month: '2024-06', store: 'iTunes', ...ALBUM, qty: 2, earnings: '19.98', country: 'GB' },
  { month: '2024-06', store: 'Apple Music', ...GAMMA, qty: 3, earnings: '0', country: 'FR' },
];

interface StoredLine {
  month: number;
  units: bigint;
  streams: bigint;
  /** Cells of each dimension as a result shows them, the hidden key last. */
  cells: Record<string, Cell[]>;
  /** The value sorting by each dimension uses (names byte by byte; null first ascending). */
  names: Record<string, string | number | null>;
}

let lines: StoredLine[];

beforeAll(async () => {
  store = await openQueryStore([
    ['may.tsv', distroKidStatement(MAY)],
    ['june.tsv', distroKidStatement(JUNE)],
  ]);
  const raw = store.reader
    .prepare(
      `SELECT f.sale_month AS month, f.quantity, f.sale_type, f.base_hi, f.base_lo,
        f.platform_id, (SELECT name FROM platform WHERE id = f.platform_id) AS platform,
        f.territory, (SELECT name FROM territory WHERE code = f.territory) AS territory_name,
        f.artist_id, (SELECT name FROM artist WHERE id = f.artist_id) AS artist,
        f.release_id, (SELECT title FROM release WHERE id = f.release_id) AS release_title, (SELECT upc FROM release WHERE id = f.release_id) AS upc,
        (SELECT a.name FROM release r JOIN artist a ON a.id = r.artist_id WHERE r.id = f.release_id) AS release_artist,
        f.recording_id, (SELECT title FROM recording WHERE id = f.recording_id) AS recording_title, (SELECT isrc FROM recording WHERE id = f.recording_id) AS isrc,
        (SELECT a.name FROM recording r JOIN artist a ON a.id = r.artist_id WHERE r.id = f.recording_id) AS recording_artist,
        f.import_id, (SELECT file_name FROM import_batch WHERE id = f.import_id) AS file_name
      FROM statement_line f`,
    )
    .safeIntegers(true)
    .all() as Record<string, bigint | string | null>[];
  const id = (value: bigint | string | null | undefined) => (value == null ? null : Number(value));
  const text = (value: bigint | string | null | undefined) => (value == null ? null : String(value));
  lines = raw.map((l) => {
    const month = Number(l.month);
    const release = l.release_title === '' ? `UPC ${text(l.upc)}` : text(l.release_title);
    return {
      month,
      units: l.base_hi === null ? 0n : joinAmount(l.base_hi as bigint, l.base_lo as bigint),
      streams: l.sale_type === 'stream' ? (l.quantity as bigint) : 0n,
      cells: {
        platform: [text(l.platform), id(l.platform_id)],
        territory: [text(l.territory), text(l.territory_name), text(l.territory)],
        artist: [text(l.artist), id(l.artist_id)],
        release: [release, text(l.release_artist), text(l.upc), id(l.release_id)],
        recording: [text(l.recording_title) ?? '(release-level sales)', text(l.recording_artist), text(l.isrc), id(l.recording_id)],
        importBatch: [text(l.file_name), id(l.import_id)],
        month: [`${Math.floor(month / 100)}-${String(month % 100).padStart(2, '0')}`],
      },
      names: {
        platform: text(l.platform), territory: text(l.territory_name), artist: text(l.artist), release: text(l.release_title),
        recording: text(l.recording_title), importBatch: text(l.file_name), month,
      },
    };
  });
}, 60_000);
afterAll(() => store.close());

interface Group {
  cells: Cell[];
  keys: (string | number | null)[];
  names: (string | number | null)[];
  revenue: bigint;
  streams: bigint;
}

/** Groups of the lines in the months given, each row its dimensions' cells then revenue and streams. */
function groupsOf(dimensions: readonly string[], months: readonly number[] = [202405, 202406]): Group[] {
  const groups = new Map<string, Group>();
  for (const line of lines.filter((l) => months.includes(l.month))) {
    const cells = dimensions.flatMap((d) => line.cells[d]!);
    const keys = dimensions.map((d) => line.cells[d]!.at(-1)!);
    const id = JSON.stringify(keys);
    const group = groups.get(id) ?? { cells, keys, names: dimensions.map((d) => line.names[d]!), revenue: 0n, streams: 0n };
    group.revenue += line.units;
    group.streams += line.streams;
    groups.set(id, group);
  }
  return [...groups.values()];
}

/** SQLite's order: NULL first, numbers before text, text byte by byte. */
function compareValues(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a !== typeof b) return typeof a === 'number' ? -1 : 1;
  return a < b ? -1 : 1;
}

function byKeys(a: Group, b: Group): number {
  for (let i = 0; i < a.keys.length; i++) {
    const order = compareValues(a.keys[i]!, b.keys[i]!);
    if (order !== 0) return order;
  }
  return 0;
}

type Order = { by: 'revenue' } | { by: 'name'; dimension: number };

function sortGroups(groups: Group[], order: Order, direction: 'asc' | 'desc'): Group[] {
  const sign = direction === 'asc' ? 1 : -1;
  const primary = (a: Group, b: Group) =>
    order.by === 'revenue' ? (a.revenue === b.revenue ? 0 : a.revenue < b.revenue ? -1 : 1) : compareValues(a.names[order.dimension]!, b.names[order.dimension]!);
  return [...groups].sort((a, b) => sign * primary(a, b) || byKeys(a, b));
}

const rowOf = (group: Group): Cell[] => [...group.cells, formatAmount(group.revenue), Number(group.streams)];

const ALL_TIME = { kind: 'preset', preset: 'all' } as const;

function query(input: Omit<QuerySpecInput, 'metrics' | 'timeRange'>) {
  return store.query({ metrics: ['revenue', 'streams'], timeRange: ALL_TIME, ...input });
}

describe('named groups', () => {
  it('name every entity dimension, sorted by revenue, ties broken by key', () => {
    for (const dimension of ['platform', 'territory', 'artist', 'release', 'recording', 'importBatch'] as const) {
      const result = query({ dimensions: [dimension], sort: { by: 'revenue', direction: 'desc' } });
      const expected = sortGroups(groupsOf([dimension]), { by: 'revenue' }, 'desc');
      expect(result.rows, dimension).toEqual(expected.map(rowOf));
      expect(result.totalRows, dimension).toBe(expected.length);
    }
    const ties = sortGroups(groupsOf(['recording']), { by: 'revenue' }, 'desc').filter((g) => g.revenue === parseAmount('0.3'));
    expect(ties.map((g) => g.cells[0])).toEqual(['Gamma', 'Delta']);
  });

  it('name two dimensions at once', () => {
    for (const dimensions of [['release', 'platform'], ['platform', 'territory'], ['recording', 'month']] as Dimension[][]) {
      const result = query({ dimensions, sort: { by: 'revenue', direction: 'asc' } });
      expect(result.rows, dimensions.join(' × ')).toEqual(sortGroups(groupsOf(dimensions), { by: 'revenue' }, 'asc').map(rowOf));
    }
    const unsorted = query({ dimensions: ['artist', 'platform'] });
    expect(unsorted.rows).toEqual([...groupsOf(['artist', 'platform'])].sort(byKeys).map(rowOf));
  });

  it('sort by names byte by byte, both ways, and page after sorting', () => {
    for (const dimension of ['platform', 'recording', 'release', 'territory'] as const) {
      for (const direction of ['asc', 'desc'] as const) {
        const expected = sortGroups(groupsOf([dimension]), { by: 'name', dimension: 0 }, direction).map(rowOf);
        expect(query({ dimensions: [dimension], sort: { by: dimension, direction } }).rows, `${dimension} ${direction}`).toEqual(expected);
        const page = query({ dimensions: [dimension], sort: { by: dimension, direction }, limit: 2, offset: 1 });
        expect(page.rows, `${dimension} ${direction} page`).toEqual(expected.slice(1, 3));
        expect(page.totalRows).toBe(expected.length);
      }
    }
    expect(query({ dimensions: ['platform'], sort: { by: 'platform', direction: 'asc' } }).rows.map((row) => row[0])).toEqual(['Apple Music', 'Deezer', 'Spotify', 'TikTok', 'iTunes']);
    const byTerritoryThenPlatform = query({ dimensions: ['territory', 'platform'], sort: { by: 'platform', direction: 'desc' }, limit: 3 });
    expect(byTerritoryThenPlatform.rows).toEqual(sortGroups(groupsOf(['territory', 'platform']), { by: 'name', dimension: 1 }, 'desc').slice(0, 3).map(rowOf));
  });

  it('page groups sorted by a metric, counting every group', () => {
    const expected = sortGroups(groupsOf(['recording']), { by: 'revenue' }, 'desc').map(rowOf);
    for (const [limit, offset] of [[2, 1], [1, 0], [10, 4], [3, 3]] as const) {
      const page = query({ dimensions: ['recording'], sort: { by: 'revenue', direction: 'desc' }, limit, offset });
      expect(page.rows, `${limit}@${offset}`).toEqual(expected.slice(offset, offset + limit));
      expect(page.totalRows).toBe(expected.length);
    }
    const skipped = query({ dimensions: ['platform'], sort: { by: 'streams', direction: 'asc' }, offset: 2 });
    const byStreams = [...groupsOf(['platform'])].sort((a, b) => (a.streams === b.streams ? byKeys(a, b) : a.streams < b.streams ? -1 : 1));
    expect(skipped.rows).toEqual(byStreams.slice(2).map(rowOf));
  });

  it('total the groups outside the top n in one "Others" row', () => {
    const ranked = sortGroups(groupsOf(['recording']), { by: 'revenue' }, 'desc');
    const rest = ranked.slice(2);
    const result = query({ dimensions: ['recording'], sort: { by: 'revenue', direction: 'desc' }, top: { n: 2, otherLabel: 'Everything else' } });
    const others: Cell[] = ['Everything else', null, null, null, formatAmount(rest.reduce((sum, g) => sum + g.revenue, 0n)), Number(rest.reduce((sum, g) => sum + g.streams, 0n))];
    expect(result.rows).toEqual([...ranked.slice(0, 2).map(rowOf), others]);
    expect(result.others).toEqual({ row: 2, groups: rest.length });
    expect(result.totalRows).toBe(ranked.length);
  });

  it('set each group beside its figures of the previous period', () => {
    const result = store.query({
      metrics: ['revenue'],
      dimensions: ['platform'],
      timeRange: { kind: 'absolute', from: '2024-06-01', to: '2024-06-30' },
      comparison: 'previousPeriod',
      sort: { by: 'platform', direction: 'asc' },
    });
    const may = new Map(groupsOf(['platform'], [202405]).map((g) => [g.keys[0], g.revenue]));
    const expected = sortGroups(groupsOf(['platform'], [202406]), { by: 'name', dimension: 0 }, 'asc').map((g) => {
      const before = may.get(g.keys[0]!) ?? 0n;
      return [...g.cells, formatAmount(g.revenue), formatAmount(before), formatAmount(g.revenue - before)];
    });
    expect(result.columns.map((c) => c.name)).toEqual(['platform', 'platform_key', 'revenue', 'revenue_previous', 'revenue_change', 'revenue_growth']);
    expect(result.rows.map((row) => row.slice(0, 5))).toEqual(expected);
    expect(result.rows.find((row) => row[0] === 'iTunes')?.[5]).toBe('100.00');
    expect(result.rows.find((row) => row[0] === 'TikTok')?.[5]).toBeNull();
  });
});
