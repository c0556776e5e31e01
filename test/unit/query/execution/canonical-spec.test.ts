import { describe, expect, it } from 'vitest';
import { canonicalSpec } from '../../../../src/main/query/execution/canonical-spec';
import { QuerySpec } from '../../../../src/shared/query/query-spec';

const key = (input: unknown) => canonicalSpec(QuerySpec.parse(input));

describe('canonicalSpec', () => {
  it('writes the same question the same way, defaults given or not, keys in any order', () => {
    const short = key({ metrics: ['revenue'], dimensions: ['platform'] });
    const long = key({
      offset: 0, timeRange: { preset: 'all', kind: 'preset' }, filters: [], dateBasis: 'sale', dimensions: ['platform'], metrics: ['revenue'],
    });
    expect(long).toBe(short);
  });

  it('tells apart questions that differ in what they ask or in column order', () => {
    const base = { metrics: ['revenue', 'streams'], dimensions: ['month'] };
    const keys = [
      key(base),
      key({ ...base, metrics: ['streams', 'revenue'] }),
      key({ ...base, dateBasis: 'reporting' }),
      key({ ...base, limit: 10 }),
      key({ ...base, filters: [{ field: 'territory', op: 'in', values: ['US'] }] }),
      key({ ...base, timeRange: { kind: 'preset', preset: 'last30d' } }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});
