import { CATALOGUE_SUMMARIES_FILL, CATALOGUE_SUMMARIES_SCHEMA } from '../../query/rollups/catalogue-summaries';
import { CATALOGUE_BY_YEAR, mergedSchemaSql, mergeSql } from '../../query/rollups/merged-rollups';

/**
 * Catalogue health without grouping the whole catalogue rollup per ask: its revenue by year, and
 * the first sales and earning months it derives, filled from the rollups already in the store.
 */
export const migration013 = `${mergedSchemaSql(CATALOGUE_BY_YEAR)}
${mergeSql(CATALOGUE_BY_YEAR, 'true', 1)};
${CATALOGUE_SUMMARIES_SCHEMA}
${CATALOGUE_SUMMARIES_FILL}`;
