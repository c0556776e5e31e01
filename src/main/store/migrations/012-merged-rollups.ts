import { CATALOGUE_BY_MONTH, mergedSchemaSql, mergeSql, RECORDINGS_BY_MONTH, RECORDINGS_BY_YEAR, TERRITORIES_BY_MONTH } from '../../query/rollups/merged-rollups';

/**
 * Rollups summed across imports for the heaviest dashboards (top recordings, territories,
 * catalogue health), filled in SQL from the per-import rollups already in the store.
 */
export const migration012 = [RECORDINGS_BY_MONTH, RECORDINGS_BY_YEAR, TERRITORIES_BY_MONTH, CATALOGUE_BY_MONTH].map((merged) => `${mergedSchemaSql(merged)}\n${mergeSql(merged, 'true', 1)};`).join('\n');
