import { describe, expect, it } from 'vitest';
import { QuerySpec } from '../../../src/shared/query/query-spec';

/** The first problem a spec has, as "path: message", or 'ok'. */
function problem(input: unknown): string {
  const parsed = QuerySpec.safeParse(input);
  if (parsed.success) return 'ok';
  const first = parsed.error.issues[0]!;
  return `${first.path.join('.')}: ${first.message}`;
}

const filtered = (...filters: unknown[]) => problem({ metrics: ['revenue'], dimensions: ['platform'], filters });

describe('filter validation', () => {
  it('names the field, the operator or the value that does not fit', () => {
    expect(filtered({ field: 'genre', op: 'in', values: ['pop'] })).toMatch(/^filters\.0\.field: unknown filter field "genre"; fields are platform, /);
    expect(filtered({ field: 'territory', op: 'like', values: ['U%'] })).toMatch(/^filters\.0\.op: unknown filter operator "like"/);
    expect(filtered({ field: 'territory', op: 'greaterThan', values: ['US'] })).toBe('filters.0.op: territory does not take greaterThan; it takes equals, notEquals, in, notIn');
    expect(filtered({ field: 'platform', op: 'contains', values: ['spot'] })).toMatch(/^filters\.0\.op: platform does not take contains/);
    expect(filtered({ field: 'revenue', op: 'in', values: ['1'] })).toMatch(/^filters\.0\.op: revenue does not take in/);
    expect(filtered({ field: 'platform', op: 'in', values: ['3'] })).toBe('filters.0.values.0: platform: expected an id (a whole number)');
    expect(filtered({ field: 'revenue', op: 'greaterThan', values: [100] })).toMatch(/^filters\.0\.values\.0: revenue: expected an exact decimal as text/);
    expect(filtered({ field: 'revenue', op: 'greaterThan', values: ['1e3'] })).toMatch(/^filters\.0\.values\.0: revenue: expected an exact decimal/);
    expect(filtered({ field: 'day', op: 'equals', values: ['2024-02-30'] })).toBe('filters.0.values.0: day: expected a date as YYYY-MM-DD');
    expect(filtered({ field: 'month', op: 'equals', values: ['2024-13'] })).toBe('filters.0.values.0: month: expected a month as YYYY-MM');
    expect(filtered({ field: 'artistName', op: 'contains', values: ['a\u0000b'] })).toMatch(/NUL character/);
    expect(filtered({ field: 'artistName', op: 'contains', values: ['x'.repeat(501)] })).toBe('filters.0.values.0: artistName: longer than 500 characters');
  });

  it('checks how many values an operator takes', () => {
    expect(filtered({ field: 'recording', op: 'equals', values: [1, 2] })).toBe('filters.0.values: equals takes exactly one value (in takes several)');
    expect(filtered({ field: 'recording', op: 'exists', values: [1] })).toBe('filters.0.values: exists takes no values');
    expect(filtered({ field: 'streams', op: 'between', values: [1] })).toBe('filters.0.values: between takes two values: from and to');
    expect(filtered({ field: 'territory', op: 'in', values: [] })).toBe('filters.0.values: in needs at least one value');
    expect(filtered({ field: 'territory', op: 'in' })).toBe('filters.0.values: in needs at least one value');
  });

  it('refuses reversed ranges, exactly for money', () => {
    expect(filtered({ field: 'day', op: 'between', values: ['2024-05-01', '2024-01-31'] })).toBe('filters.0.values.1: the range ends before it starts');
    expect(filtered({ field: 'revenue', op: 'between', values: ['10.0000000000000001', '10'] })).toBe('filters.0.values.1: the range ends before it starts');
    expect(filtered({ field: 'revenue', op: 'between', values: ['9.9999999999999999', '10'] })).toBe('ok');
    expect(filtered({ field: 'streams', op: 'between', values: [10, 9] })).toBe('filters.0.values.1: the range ends before it starts');
  });

  it('nests groups three deep, and keeps group totals and line fields apart', () => {
    const leaf = { field: 'territory', op: 'in', values: ['US'] };
    expect(filtered({ any: [{ all: [{ any: [leaf] }] }] })).toBe('ok');
    expect(filtered({ any: [{ all: [{ any: [{ all: [leaf] }] }] }] })).toMatch(/^filters\.0: a filter is \{field, op, values\} or a group/);
    expect(filtered({ any: [leaf, { field: 'quantity', op: 'greaterThan', values: [1] }] })).toBe(
      'filters.0: a group cannot mix totals (revenue, streams…, kept per group) with fields of the lines',
    );
    expect(filtered({ all: [leaf, { any: [{ field: 'territory', op: 'greaterThan', values: ['US'] }] }] })).toBe(
      'filters.0.all.1.any.0.op: territory does not take greaterThan; it takes equals, notEquals, in, notIn',
    );
    expect(filtered({ any: [] })).toMatch(/^filters\.0\.any: Too small/);
    expect(filtered(leaf, { field: 'quantity', op: 'greaterThan', values: [1] })).toBe('ok');
  });
});

describe('spec validation', () => {
  it('keeps audience gauges apart from sales', () => {
    expect(problem({ metrics: ['revenue', 'listeners.last'] })).toBe(
      'metrics: audience gauges (listeners.last) and sales metrics (revenue) cannot be mixed in one query: ask for each in its own',
    );
    expect(problem({ metrics: ['listeners.sum'] })).toMatch(/^metrics\.0: expected a metric \(quantity, .*\) or a gauge as <gauge>\.<last\|average\|max>/);
    expect(problem({ metrics: ['followers.max'], dimensions: ['platform'] })).toBe('dimensions.0: gauges are read by day, week, month, quarter, year or recording, not by platform');
    expect(problem({ metrics: ['followers.max'], filters: [{ field: 'territory', op: 'in', values: ['US'] }] })).toMatch(/^filters\.0\.field: gauges are filtered by recording, /);
    expect(problem({ metrics: ['listeners.average', 'followers.last'], dimensions: ['week', 'recording'], sort: { by: 'followers.last' } })).toBe('ok');
  });

  it('asks top for one entity dimension sorted by a metric', () => {
    expect(problem({ metrics: ['revenue'], dimensions: ['platform'], sort: { by: 'revenue' }, top: { n: 5 } })).toBe('ok');
    expect(problem({ metrics: ['revenue'], dimensions: ['month'], sort: { by: 'revenue' }, top: { n: 5 } })).toMatch(/^top: top needs exactly one of the dimensions platform, /);
    expect(problem({ metrics: ['revenue'], dimensions: ['platform'], sort: { by: 'platform' }, top: { n: 5 } })).toBe('top: top needs a sort by one of the requested metrics');
    expect(problem({ metrics: ['revenue'], dimensions: ['platform'], sort: { by: 'revenue' }, top: { n: 0 } })).toMatch(/^top\.n: /);
  });

  it('names the offending part of the rest', () => {
    expect(problem({ metrics: ['revenue'], dimensions: ['genre'] })).toMatch(/^dimensions\.0: /);
    expect(problem({ metrics: ['revenue', 'revenue'] })).toBe('metrics: a metric is listed twice');
    expect(problem({ metrics: ['revenue'], sql: 'DROP TABLE x' })).toMatch(/Unrecognized key/);
    expect(problem({ metrics: ['distinctRecordings'], dimensions: ['week'], sort: { by: 'distinctRecordings' } })).toBe('ok');
  });
});
