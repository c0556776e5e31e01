import { describe, expect, it } from 'vitest';
import { QuerySpec, type QuerySpecInput } from '../../../src/shared/query/query-spec';
import { compileQuery } from '../../../src/main/query/compile-query';
import { sqliteDialect } from '../../../src/main/query/sql-dialect';

const spec = (input: QuerySpecInput) => QuerySpec.parse(input);

describe('query spec validation', () => {
  it('names the offending field', () => {
    const bad = QuerySpec.safeParse({ metrics: ['revenue'], dimensions: ['genre'] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['dimensions', 0]);
    const reversed = QuerySpec.safeParse({ metrics: ['revenue'], timeRange: { kind: 'absolute', from: '2024-05-01', to: '2024-01-01' } });
    expect(reversed.error?.issues[0]?.message).toBe('the range ends before it starts');
    expect(QuerySpec.safeParse({ metrics: ['revenue'], sql: 'DROP TABLE x' }).success).toBe(false);
    expect(QuerySpec.safeParse({ metrics: ['revenue'], sort: { by: 'platform' } }).success).toBe(false);
  });
});

describe('compiled SQL', () => {
  const HOSTILE = ["'; DROP TABLE statement_line; --", 'a"b', 'x\u0000y', "1 OR 1=1", '--'];

  it('never puts a filter value into the SQL text', () => {
    const compiled = compileQuery(
      spec({ metrics: ['revenue'], dimensions: ['platform'], filters: [{ field: 'currency', op: 'in', values: HOSTILE }] }),
      { from: 20240101, to: 20241231 },
      sqliteDialect,
    );
    for (const value of HOSTILE) expect(compiled.sql).not.toContain(value);
    expect(compiled.params).toContain(JSON.stringify(HOSTILE));
    expect(compiled.sql).not.toMatch(/'[^']*DROP/);
  });

  it('binds the time window and the limit as parameters', () => {
    const compiled = compileQuery(
      spec({ metrics: ['quantity'], dimensions: ['month'], limit: 10, offset: 20, sort: { by: 'month', direction: 'asc' } }),
      { from: 20240101, to: 20241231 },
      sqliteDialect,
    );
    expect(compiled.params).toEqual([20240101, 20241231, 10, 20]);
    expect(compiled.sql).toMatch(/ORDER BY f\.sale_month ASC/);
  });

  it('filters on whether a line names a recording at all', () => {
    const compiled = compileQuery(spec({ metrics: ['revenue'], filters: [{ field: 'recording', op: 'exists' }] }), null, sqliteDialect);
    expect(compiled.sql).toContain('f.recording_id IS NOT NULL');
    const missing = compileQuery(spec({ metrics: ['revenue'], filters: [{ field: 'release', op: 'notExists' }] }), null, sqliteDialect);
    expect(missing.sql).toContain('f.release_id IS NULL');
  });

  it('uses the reporting columns on the reporting basis', () => {
    const compiled = compileQuery(spec({ metrics: ['revenue'], dimensions: ['month'], dateBasis: 'reporting' }), null, sqliteDialect);
    expect(compiled.sql).toContain('f.reporting_month');
    expect(compiled.sql).toContain('f.reporting_day IS NOT NULL');
  });
});
