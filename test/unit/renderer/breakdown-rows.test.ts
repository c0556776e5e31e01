import { describe, expect, it } from 'vitest';
import type { QueryResult } from '../../../src/shared/query/query-spec';
import { answerFits, breakdownCellText, drillTargetOf, memberLabel, othersCellText, shownColumns } from '../../../src/renderer/src/pages/breakdown/breakdown-rows';
import { matchingOptions, pickOptions } from '../../../src/renderer/src/pages/breakdown/pick-options';

function result(columns: QueryResult['columns'], rows: QueryResult['rows']): QueryResult {
  return { columns, rows, range: { from: '2024-01-01', to: '2024-12-31' }, totalRows: rows.length, baseCurrency: 'USD', elapsedMs: 1 };
}

const byTerritory = result(
  [
    { name: 'territory', label: 'Territory', type: 'text' },
    { name: 'territory_name', label: 'Territory name', type: 'text' },
    { name: 'territory_key', label: 'Territory key', type: 'text', hidden: true },
    { name: 'revenue', label: 'Revenue (USD)', type: 'decimal' },
  ],
  [
    ['DE', 'Germany', 'DE', '12.5'],
    ['XK', null, 'XK', '1'],
  ],
);

const byRecording = result(
  [
    { name: 'recording', label: 'Recording', type: 'text' },
    { name: 'recording_artist', label: 'Artist', type: 'text' },
    { name: 'isrc', label: 'ISRC', type: 'text' },
    { name: 'recording_key', label: 'Recording key', type: 'integer', hidden: true },
    { name: 'lines', label: 'Statement lines', type: 'integer' },
  ],
  [
    ['Velvet Embers', 'The Quiet Arcade', 'GBLFR2100001', 11, 849],
    ['Café Noir', 'François Dubé', 'FRX212300004', 12, 400],
    ['(release-level sales)', null, null, null, 20],
  ],
);

describe('breakdown rows', () => {
  it('leave hidden key columns out of what people see', () => {
    expect(shownColumns(byTerritory).map((column) => column.name)).toEqual(['territory', 'territory_name', 'revenue']);
  });

  it('drill by the hidden key and name the member by its label', () => {
    expect(drillTargetOf(byRecording, 'recording', byRecording.rows[0]!)).toEqual({ dimension: 'recording', key: 11, label: 'Velvet Embers' });
    // Release-level sales name no recording: nothing to drill into.
    expect(drillTargetOf(byRecording, 'recording', byRecording.rows[2]!)).toBeNull();
    expect(memberLabel(byTerritory, 'territory', byTerritory.rows[0]!)).toBe('Germany');
    expect(memberLabel(byTerritory, 'territory', byTerritory.rows[1]!)).toBe('XK');
  });

  it('use the period itself as the key of a time dimension, and say it as people do', () => {
    const byMonth = result(
      [
        { name: 'month', label: 'Month', type: 'text' },
        { name: 'streams', label: 'Streams', type: 'integer' },
      ],
      [['2024-03', 10]],
    );
    expect(drillTargetOf(byMonth, 'month', byMonth.rows[0]!)).toEqual({ dimension: 'month', key: '2024-03', label: 'Mar 2024' });
    expect(breakdownCellText(2024, { name: 'year', label: 'Year', type: 'integer' }, 'USD')).toBe('2024');
    expect(breakdownCellText('12.345', { name: 'revenue', label: 'Revenue', type: 'decimal' }, 'USD')).toBe('$12.35');
  });

  it('call a member with no name "Unknown", as the chart does, and leave other blanks a dash', () => {
    expect(breakdownCellText(null, { name: 'release', label: 'Release', type: 'text' }, 'USD')).toBe('Unknown');
    expect(breakdownCellText('', { name: 'territory_name', label: 'Territory', type: 'text' }, 'USD')).toBe('Unknown');
    expect(breakdownCellText(null, { name: 'isrc', label: 'ISRC', type: 'text' }, 'USD')).toBe('—');
    const byRelease = result([{ name: 'release', label: 'Release', type: 'text' }], [[null]]);
    expect(memberLabel(byRelease, 'release', byRelease.rows[0]!)).toBe(breakdownCellText(null, byRelease.columns[0]!, 'USD'));
  });

  it('leave blank the columns beside the label of the row for the rest, which names no member', () => {
    expect(othersCellText('All other territories', byTerritory.columns[0]!, 'USD')).toBe('All other territories');
    expect(othersCellText(null, byTerritory.columns[1]!, 'USD')).toBe('');
    expect(othersCellText(null, byRecording.columns[2]!, 'USD')).toBe('');
    expect(othersCellText('40.5', byTerritory.columns[3]!, 'USD')).toBe('$40.50');
    expect(othersCellText(null, { name: 'revenue_growth', label: 'Revenue growth %', type: 'decimal' }, 'USD')).toBe('—');
  });

  it('show the comparison the engine adds to each row with signs and percentages', () => {
    const decimal = (name: string) => ({ name, label: name, type: 'decimal' as const });
    expect(breakdownCellText('100.5', decimal('revenue_previous'), 'USD')).toBe('$100.50');
    expect(breakdownCellText('2288.66034183556', decimal('revenue_change'), 'USD')).toBe('+$2,288.66');
    expect(breakdownCellText('-3.2', decimal('revenue_change'), 'USD')).toBe('-$3.20');
    expect(breakdownCellText('0', decimal('revenue_change'), 'USD')).toBe('$0.00');
    expect(breakdownCellText('23.26', decimal('revenue_growth'), 'USD')).toBe('+23.26%');
    expect(breakdownCellText('-4.50', decimal('streams_growth'), 'USD')).toBe('\u22124.50%');
    expect(breakdownCellText(-1200, { name: 'streams_change', label: 'Streams change', type: 'integer' }, 'USD')).toBe('-1,200');
    expect(breakdownCellText(null, decimal('revenue_growth'), 'USD')).toBe('—');
    expect(breakdownCellText('3.5219', decimal('per_stream_rate'), 'USD')).toBe('$3.52');
  });

  it('tell an answer to other dimensions or another metric from one to the choices on screen', () => {
    expect(answerFits(byTerritory, ['territory'], 'revenue')).toBe(true);
    expect(answerFits(byTerritory, ['territory'], 'streams')).toBe(false);
    expect(answerFits(byTerritory, ['platform'], 'revenue')).toBe(false);
    expect(answerFits(byTerritory, ['territory', 'month'], 'revenue')).toBe(false);
  });

  it('offer pickable members with what tells them apart, and find them without accents', () => {
    const options = pickOptions(byRecording, 'recording');
    expect(options).toEqual([
      { key: 11, label: 'Velvet Embers', detail: 'The Quiet Arcade · GBLFR2100001' },
      { key: 12, label: 'Café Noir', detail: 'François Dubé · FRX212300004' },
    ]);
    expect(matchingOptions(options, 'cafe').map((option) => option.key)).toEqual([12]);
    expect(matchingOptions(options, 'francois noir').map((option) => option.key)).toEqual([12]);
    expect(matchingOptions(options, 'GBLFR')).toHaveLength(1);
    expect(matchingOptions(options, '  ')).toHaveLength(2);
  });
});
