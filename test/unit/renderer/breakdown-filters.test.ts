import { describe, expect, it } from 'vitest';
import { FilterCondition } from '../../../src/shared/query/filter-spec';
import { filterText, isMemberField, opsFor, pinnedMember, valueText } from '../../../src/renderer/src/pages/breakdown/filter-fields';
import { typedValue, typedValues } from '../../../src/renderer/src/pages/breakdown/typed-values';

describe('filter fields', () => {
  it('offer only the comparisons the engine takes for each field', () => {
    expect(opsFor('territory').map((op) => op.value)).toEqual(['equals', 'notEquals', 'in', 'notIn']);
    expect(opsFor('recording').map((op) => op.value)).toContain('notExists');
    expect(opsFor('revenue').map((op) => op.label)).toEqual(['is', 'is not', 'is more than', 'is less than', 'is between']);
    expect(opsFor('month').find((op) => op.value === 'greaterThan')?.label).toBe('is after');
    expect(opsFor('artistName').map((op) => op.value)).toContain('contains');
    expect(isMemberField('platform')).toBe(true);
    expect(isMemberField('artistName')).toBe(false);
  });

  it('describe filters in words, with names rather than ids', () => {
    expect(filterText({ filter: { field: 'platform', op: 'equals', values: [1] }, valueLabels: ['Spotify'] })).toBe('Platform is Spotify');
    expect(
      filterText({ filter: { field: 'territory', op: 'in', values: ['DE', 'FR', 'JP', 'US', 'GB'] }, valueLabels: ['Germany', 'France', 'Japan', 'United States', 'United Kingdom'] }),
    ).toBe('Territory is any of Germany, France, Japan and 2 more');
    expect(filterText({ filter: { field: 'recording', op: 'notExists' }, valueLabels: [] })).toBe('Recording is missing');
    expect(filterText({ filter: { field: 'revenue', op: 'between', values: ['10', '100.50'] }, valueLabels: [] })).toBe('Revenue is between 10 and 100.50');
    expect(filterText({ filter: { field: 'month', op: 'greaterThan', values: ['2024-06'] }, valueLabels: [] })).toBe('Month is after Jun 2024');
    expect(valueText('text', 'Live')).toBe('“Live”');
  });

  it('know when a filter leaves one member of an entity', () => {
    expect(pinnedMember({ field: 'platform', op: 'equals', values: [1] })).toBe(true);
    expect(pinnedMember({ field: 'platform', op: 'in', values: [1, 2] })).toBe(false);
    expect(pinnedMember({ field: 'platformName', op: 'equals', values: ['Spotify'] })).toBe(false);
  });
});

describe('typed filter values', () => {
  it('send years and counts as numbers and money as the exact text typed', () => {
    expect(typedValue('year', ' 2024 ')).toBe(2024);
    expect(typedValue('count', '1000')).toBe(1000);
    expect(typedValue('money', '0.10')).toBe('0.10');
    expect(typedValue('day', '')).toBeNull();
    expect(typedValue('text', ' Live ')).toBe(' Live ');
  });

  it('read several values one per line, and from/to for a range', () => {
    expect(typedValues('text', 'many', ['Crosby, Stills & Nash\nABBA\n'])).toEqual(['Crosby, Stills & Nash', 'ABBA']);
    expect(typedValues('money', 'two', ['1', '2', '3'])).toEqual(['1', '2']);
  });

  it('produce conditions the engine accepts, and ones it refuses with a reason', () => {
    expect(FilterCondition.safeParse({ field: 'revenue', op: 'greaterThan', values: typedValues('money', 'one', ['100.00']) }).success).toBe(true);
    const comma = FilterCondition.safeParse({ field: 'revenue', op: 'greaterThan', values: typedValues('money', 'one', ['1,5']) });
    expect(comma.success).toBe(false);
    expect(comma.error?.issues[0]?.message).toMatch(/exact decimal/);
  });
});
