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

describe('compiled filters', () => {
  const window = { from: 20240101, to: 20241231 };

  it('search names with LIKE, wildcards escaped and the pattern bound', () => {
    const compiled = compileQuery(spec({ metrics: ['lines'], filters: [{ field: 'artistName', op: 'contains', values: ['100%_\\x'] }] }), window, sqliteDialect);
    expect(compiled.sql).toContain("f.artist_id IN (SELECT x.id FROM artist x WHERE x.name LIKE ? ESCAPE '\\')");
    expect(compiled.params).toEqual([20240101, 20241231, '%100\\%\\_\\\\x%']);
  });

  it('keep groups by exact revenue pairs in HAVING, after the line conditions', () => {
    const compiled = compileQuery(
      spec({ metrics: ['revenue'], dimensions: ['platform'], filters: [{ field: 'revenue', op: 'greaterThan', values: ['-1.0000000000000001'] }, { field: 'territory', op: 'in', values: ['US'] }] }),
      window,
      sqliteDialect,
    );
    expect(compiled.sql).toMatch(/ WHERE \+f\.sale_start BETWEEN \? AND \? AND f\.territory IN \(SELECT value FROM json_each\(\?\)\) GROUP BY f\.platform_id HAVING \(.+\) > \(\?, \?\)\) g LEFT JOIN platform p ON p\.id = g\.k0 ORDER BY/);
    // In 1e-8 units with a remainder in [0, 1e8): -1.0000000000000001 is -100000001 and 99999999.
    expect(compiled.params).toEqual([20240101, 20241231, '["US"]', -100000001n, 99999999n]);
  });

  it('combine groups with OR and AND in brackets', () => {
    const compiled = compileQuery(
      spec({ metrics: ['lines'], filters: [{ any: [{ field: 'territory', op: 'equals', values: ['US'] }, { all: [{ field: 'year', op: 'equals', values: [2024] }, { field: 'recording', op: 'notExists' }] }] }] }),
      null,
      sqliteDialect,
    );
    expect(compiled.sql).toContain('(f.territory = ? OR ((f.sale_month / 100) = ? AND f.recording_id IS NULL))');
    expect(compiled.params).toEqual(['US', 2024]);
  });

  it('finds the days of short windows through the day index, and scan for long ones', () => {
    const days = (from: number, to: number, dateBasis: 'sale' | 'reporting' = 'sale') => compileQuery(spec({ metrics: ['lines'], dimensions: ['day'], dateBasis }), { from, to }, sqliteDialect).sql;
    expect(days(20240101, 20240701)).toContain(' WHERE f.sale_start BETWEEN ? AND ?');
    expect(days(20240101, 20240702)).toContain(' WHERE +f.sale_start BETWEEN ? AND ?');
    expect(days(20240301, 20240330, 'reporting')).toContain(' WHERE f.reporting_day BETWEEN ? AND ?');
  });

  it('groups by ISO week from the day column', () => {
    const compiled = compileQuery(spec({ metrics: ['lines'], dimensions: ['week'] }), window, sqliteDialect);
    expect(compiled.sql).toContain("strftime('%G%V', printf('%04d-%02d-%02d', f.sale_start / 10000");
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

describe('names looked up after grouping', () => {
  const window = { from: 20240101, to: 20241231 };
  /** The grouping subquery: what lies between the first "FROM (" and ") g". */
  const grouping = (sql: string) => sql.slice(sql.indexOf('FROM (') + 6, sql.lastIndexOf(') g'));

  it('groups on keys alone, ranks and pages there, and names only the page', () => {
    const compiled = compileQuery(spec({ metrics: ['revenue'], dimensions: ['recording'], sort: { by: 'revenue', direction: 'desc' }, limit: 50, offset: 10 }), window, sqliteDialect);
    const inner = grouping(compiled.sql);
    expect(inner).not.toContain('JOIN');
    expect(inner).toMatch(/^SELECT f\.recording_id AS k0, SUM\(f\.base_hi\) AS m0, SUM\(f\.base_lo\) AS m1, .+ AS sort_value, COUNT\(\*\) OVER \(\) AS total_rows FROM statement_line f WHERE /);
    expect(inner).toMatch(/GROUP BY f\.recording_id ORDER BY .+ DESC, f\.recording_id ASC LIMIT \? OFFSET \?$/);
    expect(compiled.sql).toMatch(/\) g LEFT JOIN recording rec ON rec\.id = g\.k0 LEFT JOIN artist reca ON reca\.id = rec\.artist_id ORDER BY g\.sort_value DESC, g\.k0 ASC$/);
    expect(compiled.params).toEqual([20240101, 20241231, 50, 10]);
    expect(compiled.parts.map((p) => p.expressions)).toEqual([["COALESCE(rec.title, '(release-level sales)')"], ["CASE WHEN g.k0 IS NOT NULL THEN COALESCE(NULLIF(reca.name, ''), '(no artist on the statement)') END"], ['rec.isrc'], ['g.k0'], ['g.m0', 'g.m1']]);
    expect(compiled.totalRowsColumn).toBe(6);
  });

  it('sorts by a name after naming every group, then pages', () => {
    const compiled = compileQuery(spec({ metrics: ['streams'], dimensions: ['month', 'platform'], sort: { by: 'platform', direction: 'asc' }, limit: 5 }), window, sqliteDialect);
    expect(grouping(compiled.sql)).toMatch(/GROUP BY f\.sale_month, f\.platform_id$/);
    expect(compiled.sql).toMatch(/\) g LEFT JOIN platform p ON p\.id = g\.k1 ORDER BY p\.name COLLATE BINARY ASC, g\.k0 ASC, g\.k1 ASC LIMIT \? OFFSET \?$/);
    expect(compiled.params).toEqual([20240101, 20241231, 5, 0]);
  });

  it('matches names by their keys inside the grouping, without joining them', () => {
    const compiled = compileQuery(spec({ metrics: ['lines'], dimensions: ['artist'], filters: [{ field: 'recordingTitle', op: 'startsWith', values: ['Lo'] }] }), window, sqliteDialect);
    const inner = grouping(compiled.sql);
    expect(inner).toContain("f.recording_id IN (SELECT x.id FROM recording x WHERE x.title LIKE ? ESCAPE '\\')");
    expect(inner).not.toContain('JOIN');
  });

  it('keeps one statement when every group names itself', () => {
    const compiled = compileQuery(spec({ metrics: ['revenue'], dimensions: ['territory', 'saleType'] }), window, sqliteDialect);
    expect(compiled.sql).toContain('JOIN territory t ON t.code = g.k0');
    const plain = compileQuery(spec({ metrics: ['revenue'], dimensions: ['saleType', 'month'], sort: { by: 'revenue', direction: 'desc' }, limit: 3 }), window, sqliteDialect);
    expect(plain.sql).not.toContain(') g');
    expect(plain.sql).toMatch(/^SELECT f\.sale_type, f\.sale_type, f\.sale_month, SUM\(f\.base_hi\), SUM\(f\.base_lo\), COUNT\(\*\) OVER \(\) AS total_rows FROM statement_line f WHERE .+ GROUP BY f\.sale_type, f\.sale_month ORDER BY .+ DESC, f\.sale_type ASC, f\.sale_month ASC LIMIT \? OFFSET \?$/);
  });
});
