import { ALWAYS_KEPT, ROLLUPS, rollupSchemaSql } from '../../query/rollups/rollup-definitions';

/** Builds the monthly rollups, filled from the lines already in the store. */
export const migration007 = ROLLUPS.map((definition) => {
  const keys = [...definition.keys, ...ALWAYS_KEPT].join(', ');
  const fill = (basis: string, month: string) =>
    `INSERT INTO ${definition.table} (import_id, basis, month, ${keys}, lines, quantity, base_hi, base_lo)
     SELECT import_id, '${basis}', ${month}, ${keys}, COUNT(*), SUM(quantity), SUM(base_hi), SUM(base_lo)
     FROM statement_line WHERE ${month} IS NOT NULL GROUP BY import_id, ${month}, ${keys};`;
  return [rollupSchemaSql(definition), fill('sale', 'sale_month'), fill('reporting', 'reporting_month')].join('\n');
}).join('\n');
