import type { DateBasis, QuerySpecInput, TimeRange } from '../../../../shared/query/query-spec';

/** What every Overview panel shares: the window on screen and which date places a sale in it. */
export interface OverviewScope {
  timeRange: TimeRange;
  dateBasis: DateBasis;
}

export const TOP_N = 10;

/** `lines` tells a window with no statement lines from one whose lines add up to zero. */
export function kpiSpec(scope: OverviewScope): QuerySpecInput {
  return { metrics: ['quantity', 'streams', 'revenue', 'lines'], comparison: 'previousPeriod', ...scope };
}

export function revenueByMonthSpec(scope: OverviewScope): QuerySpecInput {
  return { metrics: ['revenue', 'streams'], dimensions: ['month'], sort: { by: 'month', direction: 'asc' }, ...scope };
}

/** Without a limit it is every platform, which is what an export wants. */
export function revenueByPlatformSpec(scope: OverviewScope, limit?: number): QuerySpecInput {
  return {
    metrics: ['revenue', 'quantity'],
    dimensions: ['platform'],
    sort: { by: 'revenue', direction: 'desc' },
    ...(limit ? { limit } : {}),
    ...scope,
  };
}

export function topRecordingsSpec(scope: OverviewScope, limit?: number): QuerySpecInput {
  return {
    metrics: ['revenue', 'streams'],
    dimensions: ['recording'],
    // Album-level sales name no recording; they belong to releases, not to this ranking.
    filters: [{ field: 'recording', op: 'exists' }],
    sort: { by: 'revenue', direction: 'desc' },
    ...(limit ? { limit } : {}),
    ...scope,
  };
}
