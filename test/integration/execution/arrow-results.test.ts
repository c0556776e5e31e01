import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkstationCore } from '../../../src/main/core/open-workstation-core';
import type { WorkstationCore } from '../../../src/main/core/workstation-core';
import { decodeResultArrow } from '../../../src/shared/arrow/decode-result-arrow';
import { QuerySpec, type QueryResult, type QuerySpecInput } from '../../../src/shared/query/query-spec';
import { tempDataFolder } from '../../support/temp-store';
import { generateBigStore } from './generated-store';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'statements');
const STARTUP_MS = 180_000;

let folder: ReturnType<typeof tempDataFolder>;
let core: WorkstationCore;

/** Two runs of a query differ only in how long they took. */
const comparable = ({ elapsedMs: _elapsed, ...rest }: QueryResult & { execution?: unknown }) => {
  const { execution: _execution, ...result } = rest;
  return result;
};

async function bothWays(input: QuerySpecInput) {
  const spec = QuerySpec.parse(input);
  const json = await core.runQuery(spec);
  const arrow = await core.runQueryArrow(spec);
  return { json, arrow: arrow.arrow, decoded: decodeResultArrow(arrow.arrow) };
}

beforeAll(async () => {
  folder = tempDataFolder('tunemantra-arrow-');
  await generateBigStore(folder.location, 40_000);
  core = await openWorkstationCore({ location: folder.location, readers: 1, now: () => new Date('2025-06-15T12:00:00Z') });
  const statements = ['distrokid-legacy.tsv', 'tunecore-sales.csv', 'believe/believe-ventes-fr.csv', 'orchard/orchard-statement.csv', 'kontor/kontor-sales.csv'];
  const outcomes = await core.importFiles(statements.map((file) => join(FIXTURES, file)), { mode: 'lenient' });
  expect(outcomes.every((o) => o.status === 'imported')).toBe(true);
}, STARTUP_MS);
afterAll(async () => {
  await core?.close();
  folder.remove();
}, STARTUP_MS);

describe('Arrow query results', () => {
  const SPECS: [string, QuerySpecInput][] = [
    ['every metric by day and recording (tens of thousands of rows)', {
      metrics: ['revenue', 'quantity', 'streams', 'downloads', 'lines', 'perStreamRate'], dimensions: ['day', 'recording'],
    }],
    ['revenue and per-stream rate by month and platform', { metrics: ['revenue', 'perStreamRate'], dimensions: ['month', 'platform'] }],
    ['by currency and territory', { metrics: ['revenue', 'quantity'], dimensions: ['currency', 'territory'], sort: { by: 'quantity', direction: 'asc' } }],
    ['by quarter and artist', { metrics: ['revenue', 'lines'], dimensions: ['quarter', 'artist'] }],
    ['by year and sale type', { metrics: ['streams', 'downloads'], dimensions: ['year', 'saleType'] }],
    ['by release and import, paged', { metrics: ['revenue'], dimensions: ['release', 'importBatch'], limit: 5, offset: 2 }],
    ['by reporting day', { metrics: ['revenue'], dimensions: ['day'], dateBasis: 'reporting' }],
    ['a month against the one before', {
      metrics: ['revenue', 'streams'], timeRange: { kind: 'absolute', from: '2024-03-01', to: '2024-03-31' }, comparison: 'previousPeriod',
    }],
    ['nothing at all', { metrics: ['revenue', 'quantity'], dimensions: ['day'], filters: [{ field: 'territory', op: 'in', values: ['AQ'] }] }],
  ];

  it.each(SPECS)('%s: decodes to the JSON answer, cell for cell', async (_name, spec) => {
    const { json, decoded } = await bothWays(spec);
    expect(comparable(decoded)).toEqual(comparable(json));
  });

  it('really is large where it should be, with the very same money strings', async () => {
    const { json, decoded } = await bothWays(SPECS[0]![1]);
    expect(json.rows.length).toBeGreaterThan(20_000);
    // Revenue is the first metric, so the first money column.
    const revenue = json.columns.findIndex((c) => c.type === 'decimal');
    expect(decoded.rows.map((row) => row[revenue])).toEqual(json.rows.map((row) => row[revenue]));
  });

  it('keeps a rate with no streams to divide by as null, not zero', async () => {
    const { json, decoded } = await bothWays({
      metrics: ['perStreamRate', 'downloads'], dimensions: ['platform'], filters: [{ field: 'saleType', op: 'in', values: ['download'] }],
    });
    const rate = json.columns.findIndex((c) => c.type === 'decimal');
    expect(json.rows.length).toBeGreaterThan(0);
    expect(json.rows.every((row) => row[rate] === null)).toBe(true);
    expect(decoded.rows.map((row) => row[rate])).toEqual(json.rows.map(() => null));
  });

  it('types its columns and describes them in the schema', async () => {
    const { json, arrow } = await bothWays({ metrics: ['revenue', 'quantity', 'lines'], dimensions: ['day', 'platform'] });
    const table = tableFromIPC(arrow);
    const typeOf = (name: string) => String(table.schema.fields.find((f) => f.name === name)?.type);
    expect([typeOf('day'), typeOf('platform'), typeOf('revenue'), typeOf('quantity'), typeOf('lines')]).toEqual([
      'Date32<DAY>', 'Dictionary<Int32, Utf8>', 'Utf8', 'Int32', 'Int32',
    ]);
    expect(table.schema.fields.map((f) => f.name)).toEqual(json.columns.map((c) => c.name));
    expect(table.schema.fields.map((f) => f.metadata.get('label'))).toEqual(json.columns.map((c) => c.label));
    expect(table.schema.fields.map((f) => f.metadata.get('hidden') === 'true')).toEqual(json.columns.map((c) => c.hidden === true));
    expect(table.schema.fields.find((f) => f.name === 'revenue')?.metadata.get('label')).toBe('Revenue (USD)');
    expect(table.schema.metadata.get('baseCurrency')).toBe('USD');
    expect(table.schema.metadata.get('totalRows')).toBe(String(json.totalRows));
    expect(table.schema.metadata.get('rangeFrom')).toBe(json.range?.from);
    expect(table.numRows).toBe(json.rows.length);
  });
});
