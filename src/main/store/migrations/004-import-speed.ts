/**
 * Secondary indexes on statement_line cost half of an import's time and serve no query that a
 * scan (and, later, the rollups) does not serve as well; provenance keeps its (import, line) index.
 */
export const migration004 = `
DROP INDEX IF EXISTS statement_line_sale;
DROP INDEX IF EXISTS statement_line_reporting;
DROP INDEX IF EXISTS statement_line_recording;
`;
