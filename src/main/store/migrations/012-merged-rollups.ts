import { MERGED_ROLLUPS, mergedSchemaSql, mergeSql } from '../../query/rollups/merged-rollups';

/**
 * Rollups summed across imports for the heaviest dashboards (top recordings, territories,
 * catalogue health), filled in SQL from the per-import rollups already in the store.
 */
export const migration012 = MERGED_ROLLUPS.map((merged) => `${mergedSchemaSql(merged)}\n${mergeSql(merged, 'true', 1)};`).join('\n');
