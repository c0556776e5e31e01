import { describe, expect, it } from 'vitest';
import { compileQuery } from '../../../src/main/query/compile-query';
import { planSource, splitAtMonths } from '../../../src/main/query/rollups/rollup-planner';
import { sqliteDialect } from '../../../src/main/query/sql-dialect';
import { QuerySpec } from '../../../src/shared/query/query-spec';

describe('a window split where the rollup months end', () => {
  it('keeps whole months whole, with no edge days', () => {
    expect(splitAtMonths({ from: 20240101, to: 20241231 })).toEqual({ window: { from: 20240101, to: 20241231 }, months: { from: 202401, to: 202412 }, edges: [] });
    expect(splitAtMonths({ from: 20240201, to: 20240229 })?.edges).toEqual([]);
  });

  it('leaves the days before the first whole month and after the last one to the lines', () => {
    // The Overview's "last 12 months" on 22 November 2026: December to October whole, then November's days.
    expect(splitAtMonths({ from: 20251201, to: 20261122 })).toMatchObject({ months: { from: 202512, to: 202610 }, edges: [{ from: 20261101, to: 20261122 }] });
    // "Last 90 days": a week of August, September and October, three weeks of November.
    expect(splitAtMonths({ from: 20260825, to: 20261122 })).toMatchObject({
      months: { from: 202609, to: 202610 },
      edges: [{ from: 20260825, to: 20260831 }, { from: 20261101, to: 20261122 }],
    });
    expect(splitAtMonths({ from: 20231231, to: 20240331 })).toMatchObject({ months: { from: 202401, to: 202403 }, edges: [{ from: 20231231, to: 20231231 }] });
  });

  it('finds no whole month in windows inside one month or across two part months', () => {
    expect(splitAtMonths({ from: 20240102, to: 20240131 })).toBeNull();
    expect(splitAtMonths({ from: 20240215, to: 20240314 })).toBeNull();
    expect(splitAtMonths({ from: 20240301, to: 20240330 })).toBeNull();
    // 2024 is a leap year: the 28th is not the end of February.
    expect(splitAtMonths({ from: 20240201, to: 20240228 })).toBeNull();
  });
});

describe('a rollup read with the edge days', () => {
  it('binds the subquery values before the conditions of the outer query', () => {
    const spec = QuerySpec.parse({ metrics: ['lines'], dimensions: ['territory'], filters: [{ field: 'territory', op: 'in', values: ['US'] }], dateBasis: 'reporting' });
    const window = { from: 20240110, to: 20240420 };
    const compiled = compileQuery(spec, window, sqliteDialect, planSource(spec, window));
    expect(compiled.sql).toContain(
      'FROM (SELECT month, import_id, territory, sale_type, currency, lines, quantity, base_hi, base_lo FROM rollup_month_territory WHERE basis = ? AND month BETWEEN ? AND ? ' +
        'UNION ALL SELECT reporting_month, import_id, territory, sale_type, currency, 1, quantity, base_hi, base_lo FROM statement_line WHERE reporting_day BETWEEN ? AND ? ' +
        'UNION ALL SELECT reporting_month, import_id, territory, sale_type, currency, 1, quantity, base_hi, base_lo FROM statement_line WHERE reporting_day BETWEEN ? AND ?) f',
    );
    expect(compiled.sql).toContain('SUM(f.lines)');
    expect(compiled.params).toEqual(['reporting', 202402, 202403, 20240110, 20240131, 20240401, 20240420, '["US"]']);
  });
});
