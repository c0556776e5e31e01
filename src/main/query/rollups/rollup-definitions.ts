/**
 * Monthly aggregates the dashboards read instead of the facts. Each keeps both date bases
 * (a line counts once under its sale month and once under its reporting month, in separate rows),
 * the listed keys, and additive measures only; the planner answers a query from the smallest one
 * that has every key the query groups or filters by. Rows are kept per import, so an import, an
 * undo or a correction rebuilds exactly the rows of the imports it touched.
 */
export interface RollupDefinition {
  table: string;
  /** Entity keys besides (basis, month); sale type and currency are always kept. */
  keys: readonly RollupKey[];
}

export type RollupKey = 'platform_id' | 'territory' | 'artist_id' | 'release_id' | 'recording_id';

/** Keys every rollup has: measures split by them stay exact for every metric. */
export const ALWAYS_KEPT = ['sale_type', 'currency'] as const;

export const ROLLUPS: readonly RollupDefinition[] = [
  { table: 'rollup_month_platform', keys: ['platform_id'] },
  { table: 'rollup_month_territory', keys: ['territory'] },
  { table: 'rollup_month_channel', keys: ['platform_id', 'territory'] },
  { table: 'rollup_month_catalogue', keys: ['recording_id', 'release_id', 'artist_id'] },
];

/**
 * A rollup whose keys are all kept by another one is the other's sum over the keys it drops
 * (by platform = by platform × territory, summed over territories), so it can be added up from
 * the other's cells instead of from the lines: the widest such rollup, itself summed from lines.
 */
export function summedFrom(definition: RollupDefinition): RollupDefinition | undefined {
  const wider = ROLLUPS.filter((other) => other.keys.length > definition.keys.length && definition.keys.every((key) => other.keys.includes(key)));
  return wider.sort((a, b) => b.keys.length - a.keys.length)[0];
}

export function rollupSchemaSql(definition: RollupDefinition): string {
  const keyColumns = definition.keys.map((k) => `${k} ${k === 'territory' ? 'TEXT' : 'INTEGER'},`);
  return `CREATE TABLE ${definition.table} (
  import_id INTEGER NOT NULL,
  basis TEXT NOT NULL CHECK (basis IN ('sale', 'reporting')),
  month INTEGER NOT NULL,
  ${keyColumns.join('\n  ')}
  sale_type TEXT NOT NULL,
  currency TEXT NOT NULL,
  lines INTEGER NOT NULL,
  quantity INTEGER NOT NULL,
  base_hi INTEGER,
  base_lo INTEGER
) STRICT;
CREATE INDEX ${definition.table}_import ON ${definition.table}(import_id);
CREATE INDEX ${definition.table}_month ON ${definition.table}(basis, month);`;
}
