/**
 * The territory codes each import's lines were stored with, kept on the batch beside its periods:
 * statements of one period for different territories (a store's regional reports of a month)
 * share no sale, so the overlap checks tell them apart without reading the lines. The imports
 * already in the store take theirs from their per-import territory rollup, a few rows per month
 * and country, not from the lines; NULL (not known) for an import without lines. The column is
 * added by the migration's `addsColumns` (index.ts), so taking it again leaves the store as it was.
 */
export const migration025 = `
UPDATE import_batch SET territories = (
  SELECT NULLIF(json_group_array(territory), '[]')
  FROM (SELECT DISTINCT territory FROM rollup_month_territory WHERE import_id = import_batch.id ORDER BY territory)
);
`;
