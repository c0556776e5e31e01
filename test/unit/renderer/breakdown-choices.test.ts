import { describe, expect, it } from 'vitest';
import {
  drillInto,
  effectiveSort,
  INITIAL_CHOICES,
  nextDimension,
  stepBack,
  withDimension,
  withFilter,
  withMetric,
  withSortBy,
  type BreakdownChoices,
} from '../../../src/renderer/src/pages/breakdown/breakdown-choices';

const spotify = { dimension: 'platform' as const, key: 1, label: 'Spotify' };

describe('breakdown choices', () => {
  it('start with revenue by platform, largest first', () => {
    expect(INITIAL_CHOICES).toMatchObject({ metric: 'revenue', dimensions: ['platform'], filters: [], drillPath: [] });
    expect(effectiveSort(INITIAL_CHOICES)).toEqual({ by: 'revenue', direction: 'desc' });
  });

  it('sort periods in calendar order unless told otherwise', () => {
    const byMonth = withDimension(INITIAL_CHOICES, 0, 'month');
    expect(effectiveSort(byMonth)).toEqual({ by: 'month', direction: 'asc' });
  });

  it('reverse a column on a second click and sort names A to Z on the first', () => {
    const once = withSortBy(INITIAL_CHOICES, 'revenue');
    expect(once.sort).toEqual({ by: 'revenue', direction: 'asc' });
    expect(withSortBy(once, 'revenue').sort).toEqual({ by: 'revenue', direction: 'desc' });
    expect(withSortBy(INITIAL_CHOICES, 'platform').sort).toEqual({ by: 'platform', direction: 'asc' });
  });

  it('carry a sort on the metric over to a new metric, and drop one on a dimension that is gone', () => {
    const sorted = withSortBy(INITIAL_CHOICES, 'revenue');
    expect(withMetric(sorted, 'streams').sort).toEqual({ by: 'streams', direction: 'asc' });
    const byName = withSortBy(INITIAL_CHOICES, 'platform');
    expect(withDimension(byName, 0, 'territory').sort).toBeNull();
    expect(withDimension(sorted, 0, 'territory').sort).toEqual(sorted.sort);
  });

  it('keep two different dimensions at most', () => {
    const two = withDimension(INITIAL_CHOICES, 1, 'month');
    expect(two.dimensions).toEqual(['platform', 'month']);
    expect(withDimension(two, 1, 'platform')).toBe(two);
    expect(withDimension(two, 0, 'month').dimensions).toEqual(['month']);
    expect(withDimension(two, 1, null).dimensions).toEqual(['platform']);
  });

  it('drill from a platform into its territories with a filter and a way back', () => {
    const drilled = drillInto(INITIAL_CHOICES, spotify, { from: '2024-01-01', to: '2024-12-31' })!;
    expect(drilled.dimensions).toEqual(['territory']);
    expect(drilled.drillPath).toHaveLength(1);
    expect(drilled.drillPath[0]).toMatchObject({ label: 'Spotify', filter: { field: 'platform', op: 'equals', values: [1] }, days: null });
    expect(stepBack(drilled, 0)).toEqual(INITIAL_CHOICES);
  });

  it('skip dimensions already pinned to one member on the way down', () => {
    const inSpotify = drillInto(INITIAL_CHOICES, spotify, null)!;
    const inGermany = drillInto(inSpotify, { dimension: 'territory', key: 'DE', label: 'Germany' }, null)!;
    // Platform is pinned by the first click, so Germany opens into recordings, not platforms again.
    expect(inGermany.dimensions).toEqual(['recording']);
    expect(nextDimension(INITIAL_CHOICES, 'territory')).toBe('platform');
    const filtered = withFilter(INITIAL_CHOICES, { filter: { field: 'territory', op: 'in', values: ['DE'] }, valueLabels: ['Germany'] });
    expect(nextDimension(filtered, 'platform')).toBe('recording');
  });

  it('keep the second dimension while the first moves on', () => {
    const choices: BreakdownChoices = { ...INITIAL_CHOICES, dimensions: ['platform', 'month'] };
    expect(drillInto(choices, spotify, null)!.dimensions).toEqual(['territory', 'month']);
    const withTerritory: BreakdownChoices = { ...INITIAL_CHOICES, dimensions: ['platform', 'territory'] };
    expect(drillInto(withTerritory, spotify, null)!.dimensions).toEqual(['territory']);
  });

  it('narrow the window to a period clicked, within the window on screen', () => {
    const byYear: BreakdownChoices = { ...INITIAL_CHOICES, dimensions: ['year'] };
    const drilled = drillInto(byYear, { dimension: 'year', key: 2024, label: '2024' }, { from: '2024-07-01', to: '2026-10-31' })!;
    expect(drilled.dimensions).toEqual(['quarter']);
    expect(drilled.drillPath[0]).toMatchObject({ filter: null, days: { from: '2024-07-01', to: '2024-12-31' } });
    const byDay: BreakdownChoices = { ...INITIAL_CHOICES, dimensions: ['day'] };
    expect(drillInto(byDay, { dimension: 'day', key: '2024-03-05', label: '5 Mar 2024' }, null)).toBeNull();
    expect(drillInto(byYear, { dimension: 'year', key: 2020, label: '2020' }, { from: '2024-07-01', to: '2026-10-31' })).toBeNull();
  });

  it('step back to any crumb, restoring that view and its sort', () => {
    const sorted = withSortBy(INITIAL_CHOICES, 'platform');
    const one = drillInto(sorted, spotify, null)!;
    const two = drillInto(one, { dimension: 'territory', key: 'DE', label: 'Germany' }, null)!;
    expect(two.drillPath.map((step) => step.label)).toEqual(['Spotify', 'Germany']);
    const back = stepBack(two, 1);
    expect(back.dimensions).toEqual(['territory']);
    expect(back.drillPath.map((step) => step.label)).toEqual(['Spotify']);
    expect(stepBack(two, 0)).toMatchObject({ dimensions: ['platform'], sort: sorted.sort, drillPath: [] });
    expect(stepBack(two, 5)).toBe(two);
  });
});
