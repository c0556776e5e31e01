import { describe, expect, it } from 'vitest';
import { QuerySpec } from '../../../src/shared/query/query-spec';
import { StatementLinesRequest } from '../../../src/shared/query/statement-lines-contract';
import { pageFromHash } from '../../../src/renderer/src/navigation/pages';
import { drillInto, INITIAL_CHOICES, withComparison, withDimension, withFilter, withSortBy, withTop, type BreakdownChoices } from '../../../src/renderer/src/pages/breakdown/breakdown-choices';
import {
  activeFilters,
  breakdownExportHolds,
  breakdownFileName,
  breakdownSpec,
  breakdownTitle,
  linesBasis,
  pickListSpec,
  rootCrumbText,
  TABLE_ROW_LIMIT,
  totalSpec,
  type BreakdownScope,
} from '../../../src/renderer/src/pages/breakdown/breakdown-specs';

const scope: BreakdownScope = { timeRange: { kind: 'preset', preset: 'last12m' }, dateBasis: 'reporting' };
const inGermany: BreakdownChoices = withFilter(INITIAL_CHOICES, { filter: { field: 'territory', op: 'in', values: ['DE'] }, valueLabels: ['Germany'] });

describe('breakdown specs', () => {
  it('are specs the engine accepts, carrying the window, the basis and the sort', () => {
    const spec = QuerySpec.parse(breakdownSpec(INITIAL_CHOICES, scope, TABLE_ROW_LIMIT));
    expect(spec).toMatchObject({
      metrics: ['revenue'],
      dimensions: ['platform'],
      timeRange: scope.timeRange,
      dateBasis: 'reporting',
      sort: { by: 'revenue', direction: 'desc' },
      limit: TABLE_ROW_LIMIT,
    });
    expect(spec.comparison).toBeUndefined();
  });

  it('export every row: no limit without one', () => {
    expect(breakdownSpec(INITIAL_CHOICES, scope)).not.toHaveProperty('limit');
  });

  it('send the person’s filters and the drill-down’s together', () => {
    const drilled = drillInto(inGermany, { dimension: 'platform', key: 7, label: 'Deezer' }, null)!;
    expect(activeFilters(drilled)).toEqual([
      { field: 'territory', op: 'in', values: ['DE'] },
      { field: 'platform', op: 'equals', values: [7] },
    ]);
    expect(QuerySpec.parse(breakdownSpec(drilled, scope)).filters).toHaveLength(2);
  });

  it('ask for the period drilled into instead of the window chosen', () => {
    const byMonth = withDimension(INITIAL_CHOICES, 0, 'month');
    const drilled = drillInto(byMonth, { dimension: 'month', key: '2024-02', label: 'Feb 2024' }, null)!;
    const spec = QuerySpec.parse(breakdownSpec(drilled, scope));
    expect(spec.timeRange).toEqual({ kind: 'absolute', from: '2024-02-01', to: '2024-02-29' });
    expect(spec.dimensions).toEqual(['day']);
  });

  it('ask the total without dimensions, with the comparison when one is chosen', () => {
    const compared = withComparison(inGermany, 'samePeriodLastYear');
    const total = QuerySpec.parse(totalSpec(compared, scope));
    expect(total.dimensions).toEqual([]);
    // The lines each window holds tell an empty window from a fall to zero.
    expect(total.metrics).toEqual(['revenue', 'lines']);
    expect(QuerySpec.parse(totalSpec({ ...compared, metric: 'lines' }, scope)).metrics).toEqual(['lines']);
    expect(total.comparison).toBe('samePeriodLastYear');
    expect(total.filters).toEqual([{ field: 'territory', op: 'in', values: ['DE'] }]);
    expect(QuerySpec.parse(breakdownSpec(compared, scope)).comparison).toBe('samePeriodLastYear');
  });

  it('ask for the top n and one row for the rest, ranked by the metric even after a sort by name', () => {
    const byName = withTop(withSortBy(INITIAL_CHOICES, 'platform'), 10);
    const spec = QuerySpec.parse(breakdownSpec(byName, scope, TABLE_ROW_LIMIT));
    expect(spec.top).toEqual({ n: 10, otherLabel: 'All other platforms' });
    expect(spec.sort).toEqual({ by: 'revenue', direction: 'desc' });
    // Periods and pairs of dimensions show every row: the engine ranks one entity only.
    expect(breakdownSpec(withDimension(byName, 1, 'month'), scope)).not.toHaveProperty('top');
    expect(breakdownSpec(withDimension(byName, 0, 'month'), scope)).not.toHaveProperty('top');
  });

  it('say in the export dialog that an export with a top n holds the rows on screen, not every member', () => {
    const topTen = withTop(INITIAL_CHOICES, 10);
    expect(breakdownExportHolds(breakdownSpec(topTen, scope))).toBe(
      'The rows on screen for this time range: the top 10 and one row adding up all other platforms. Choose Rows: Every row to export each of them.',
    );
    expect(breakdownExportHolds(breakdownSpec(INITIAL_CHOICES, scope))).toBe('Every row for the time range on screen.');
  });

  it('choose the statement lines behind the view by the table’s filters, window and basis', () => {
    const byMonth = withDimension(inGermany, 0, 'month');
    const drilled = drillInto(byMonth, { dimension: 'month', key: '2025-03', label: 'Mar 2025' }, null)!;
    expect(StatementLinesRequest.parse(linesBasis(drilled, scope))).toEqual({
      filters: [{ field: 'territory', op: 'in', values: ['DE'] }],
      timeRange: { kind: 'absolute', from: '2025-03-01', to: '2025-03-31' },
      dateBasis: 'reporting',
      order: 'file',
      offset: 0,
      limit: 100,
    });
    expect(linesBasis(INITIAL_CHOICES, scope)).toEqual({ filters: [], timeRange: scope.timeRange, dateBasis: 'reporting' });
  });

  it('list a field’s members over all time, busiest first', () => {
    const spec = QuerySpec.parse(pickListSpec('recording'));
    expect(spec).toMatchObject({ dimensions: ['recording'], timeRange: { kind: 'preset', preset: 'all' }, sort: { by: 'lines', direction: 'desc' } });
  });

  it('belong to a page of their own in the address bar', () => {
    expect(pageFromHash('#/breakdown')).toBe('breakdown');
    expect(pageFromHash('#/breakdown/')).toBe('breakdown');
  });

  it('name what is shown, and the file it exports to', () => {
    const two = withDimension(withDimension(INITIAL_CHOICES, 0, 'month'), 1, 'territory');
    expect(breakdownTitle(two)).toBe('Revenue by month and territory');
    expect(breakdownFileName({ ...INITIAL_CHOICES, metric: 'perStreamRate' }, new Date(2026, 10, 21))).toBe('breakdown-per-1-000-streams-by-platform-2026-11-21.csv');
    const drilled = drillInto(INITIAL_CHOICES, { dimension: 'platform', key: 1, label: 'Spotify' }, null)!;
    expect(rootCrumbText(drilled)).toBe('All platforms');
  });
});
