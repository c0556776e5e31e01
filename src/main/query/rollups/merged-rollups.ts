import type { RollupKey } from './rollup-definitions';

/**
 * Rollups summed across imports, clustered by (basis, month, keys) so a month range is one
 * contiguous read. The per-import rollups stay the truth that undo and corrections rebuild; these
 * are kept equal to their sum: an import's rows are added once written and subtracted before they
 * go (see rollup-maintenance). Ids absent from a line (release-level sales name no recording) are
 * stored as 0, as a primary key cannot hold NULL; readers turn 0 back into NULL. `priced` counts
 * the per-import rows with a base amount, so a sum of lines that all lack an FX rate reads NULL,
 * as it does over the lines.
 */
export interface MergedRollup {
  table: string;
  /** The per-import rollup whose rows this one sums. */
  from: 'rollup_month_catalogue' | 'rollup_month_territory';
  /** A year's row is kept under its first month (yyyy01). */
  grain: 'month' | 'year';
  /** Key columns after (basis, month), in clustering order. */
  keys: readonly (RollupKey | 'sale_type' | 'currency')[];
  /** Further orders the rows are read in, as column lists. */
  indexes?: readonly string[];
}

/** Dashboards' recording rankings: by month, and by year for windows of whole years. */
export const RECORDINGS_BY_MONTH: MergedRollup = {
  table: 'rollup_recording_month', from: 'rollup_month_catalogue', grain: 'month', keys: ['recording_id', 'sale_type', 'currency'],
};
export const RECORDINGS_BY_YEAR: MergedRollup = {
  table: 'rollup_recording_year', from: 'rollup_month_catalogue', grain: 'year', keys: ['recording_id', 'sale_type', 'currency'],
};
export const TERRITORIES_BY_MONTH: MergedRollup = {
  table: 'rollup_territory_month', from: 'rollup_month_territory', grain: 'month', keys: ['territory', 'sale_type', 'currency'],
};
/** Catalogue health's recording × release revenue, first sales and earning months. */
export const CATALOGUE_BY_MONTH: MergedRollup = {
  table: 'rollup_catalogue_month', from: 'rollup_month_catalogue', grain: 'month', keys: ['recording_id', 'release_id'],
  // First sale of each recording × release, and each recording's months with their revenue, in key order.
  indexes: ['basis, recording_id, release_id, month', 'basis, recording_id, month, base_hi, base_lo, priced'],
};

/** Catalogue health's window revenue over whole years. */
export const CATALOGUE_BY_YEAR: MergedRollup = {
  table: 'rollup_catalogue_year', from: 'rollup_month_catalogue', grain: 'year', keys: ['recording_id', 'release_id'],
};

export const MERGED_ROLLUPS: readonly MergedRollup[] = [RECORDINGS_BY_MONTH, RECORDINGS_BY_YEAR, TERRITORIES_BY_MONTH, CATALOGUE_BY_MONTH, CATALOGUE_BY_YEAR];

const NULLABLE_IDS: ReadonlySet<string> = new Set(['artist_id', 'release_id', 'recording_id']);

/** A key as stored: nullable ids as 0 for none. */
function storedKey(key: string): string {
  return NULLABLE_IDS.has(key) ? `COALESCE(${key}, 0)` : key;
}

/** A key as read: 0 back to NULL, and for an id the stored value beside it, to group by. */
export function readKey(key: string): string {
  return NULLABLE_IDS.has(key) ? `NULLIF(${key}, 0) AS ${key}, ${key} AS ${storedColumn(key)}` : key;
}

/** The column a merged source reads a nullable id as stored under (0 for none). */
export function storedColumn(key: string): string {
  return `${key}_stored`;
}

export function isNullableId(key: string): boolean {
  return NULLABLE_IDS.has(key);
}

/** Base amounts as read: NULL where no line had one, as SUM over the lines gives. */
export const READ_MEASURES = 'lines, quantity, CASE WHEN priced > 0 THEN base_hi END AS base_hi, CASE WHEN priced > 0 THEN base_lo END AS base_lo';

export function mergedSchemaSql(merged: MergedRollup): string {
  const keys = merged.keys.map((k) => `${k} ${k === 'territory' || k === 'sale_type' || k === 'currency' ? 'TEXT' : 'INTEGER'} NOT NULL,`);
  return `CREATE TABLE ${merged.table} (
  basis TEXT NOT NULL CHECK (basis IN ('sale', 'reporting')),
  month INTEGER NOT NULL,
  ${keys.join('\n  ')}
  lines INTEGER NOT NULL,
  quantity INTEGER NOT NULL,
  base_hi INTEGER NOT NULL,
  base_lo INTEGER NOT NULL,
  priced INTEGER NOT NULL,
  PRIMARY KEY (basis, month, ${merged.keys.join(', ')})
) STRICT, WITHOUT ROWID;
${(merged.indexes ?? []).map((columns, i) => `CREATE INDEX ${merged.table}_${i + 1} ON ${merged.table}(${columns});`).join('\n')}`;
}

/**
 * Adds `sign` × the per-import rows that `importFilter` picks into the merged rows. Exact:
 * integer sums of integers. Rows left with no lines are the caller's to delete.
 */
export function mergeSql(merged: MergedRollup, importFilter: string, sign: 1 | -1): string {
  const periodOf = merged.grain === 'year' ? 'month / 100 * 100 + 1' : 'month';
  const keys = merged.keys.map(storedKey);
  const groupBy = ['basis', periodOf, ...keys].join(', ');
  const added = ['lines', 'quantity', 'base_hi', 'base_lo', 'priced'].map((c) => `${c} = ${c} + excluded.${c}`).join(', ');
  return `INSERT INTO ${merged.table} (basis, month, ${merged.keys.join(', ')}, lines, quantity, base_hi, base_lo, priced)
    SELECT basis, ${periodOf}, ${keys.join(', ')}, ${sign} * SUM(lines), ${sign} * SUM(quantity), ${sign} * COALESCE(SUM(base_hi), 0),
      ${sign} * COALESCE(SUM(base_lo), 0), ${sign} * COUNT(base_hi)
    FROM ${merged.from} WHERE ${importFilter} GROUP BY ${groupBy}
    ON CONFLICT DO UPDATE SET ${added}`;
}
