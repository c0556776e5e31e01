import { MERGED_ROLLUPS, mergeSql } from '../../query/rollups/merged-rollups';
import { ROLLUPS } from '../../query/rollups/rollup-definitions';
import { rollupRowsSql } from '../../query/rollups/rollup-maintenance';

const AFFECTED = 'import_id IN (SELECT import_id FROM temp.reported_as_sold)';
const REPORTING_ROWS = `basis = 'reporting' AND ${AFFECTED}`;

/**
 * Lines whose statement printed no reporting date (Apple, Bandcamp, Beatport, Kontor, Cargo…)
 * had none stored, so the reporting basis left them out of every figure. They now count at the
 * end of their sale period, the period the statement reports, as new imports' lines do. Their
 * imports' reporting rows are rebuilt and swapped in the merged rollups (taken away before, added
 * after), so merged sums stay exact; the sale basis is untouched. The imports' own reporting
 * periods stay as printed (none).
 */
export const migration015 = `
CREATE TEMP TABLE reported_as_sold (import_id INTEGER PRIMARY KEY);
INSERT INTO temp.reported_as_sold SELECT DISTINCT import_id FROM statement_line WHERE reporting_day IS NULL;
${MERGED_ROLLUPS.map((merged) => `${mergeSql(merged, REPORTING_ROWS, -1)};`).join('\n')}
UPDATE statement_line SET reporting_day = sale_end, reporting_month = sale_end / 100 WHERE reporting_day IS NULL;
${ROLLUPS.map((rollup) => `DELETE FROM ${rollup.table} WHERE ${REPORTING_ROWS};\n${rollupRowsSql(rollup, 'reporting', AFFECTED)};`).join('\n')}
${MERGED_ROLLUPS.map((merged) => `${mergeSql(merged, REPORTING_ROWS, 1)};\nDELETE FROM ${merged.table} WHERE lines = 0;`).join('\n')}
DROP TABLE temp.reported_as_sold;
`;
