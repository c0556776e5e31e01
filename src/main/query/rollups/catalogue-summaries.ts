import type Database from 'better-sqlite3';

/**
 * Two small tables catalogue health reads instead of grouping the whole catalogue rollup on every
 * ask: when each recording × release pair first sold, and the months in which each recording's
 * net revenue was above zero. Both are on the sale basis (first sales and earning life are about
 * when things sold) and both are derived from `rollup_catalogue_month`: after the merged rollups
 * change, the pairs and months an import touched are recomputed from it, so they never drift.
 * Ids absent from a line are 0 here as in the merged rollups.
 */
export const CATALOGUE_SUMMARIES_SCHEMA = `
CREATE TABLE catalogue_first_sale (
  recording_id INTEGER NOT NULL,
  release_id INTEGER NOT NULL,
  month INTEGER NOT NULL,
  PRIMARY KEY (recording_id, release_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE recording_earning_month (
  recording_id INTEGER NOT NULL,
  month INTEGER NOT NULL,
  PRIMARY KEY (recording_id, month)
) STRICT, WITHOUT ROWID;`;

/**
 * A split sum's sign, exactly and without overflow: hi counts 1e-8 units and lo the rest, so
 * hi·10⁸ + lo > 0 is read as (hi + lo div 10⁸) above zero, or zero with lo's remainder above zero.
 */
const EARNED = '(SUM(base_hi) + SUM(base_lo) / 100000000 > 0 OR (SUM(base_hi) + SUM(base_lo) / 100000000 = 0 AND SUM(base_lo) % 100000000 > 0))';

function firstSaleSql(where: string): string {
  return `INSERT INTO catalogue_first_sale (recording_id, release_id, month)
    SELECT recording_id, release_id, MIN(month) FROM rollup_catalogue_month WHERE basis = 'sale' AND ${where} GROUP BY recording_id, release_id`;
}

/** Lines without an FX rate have no base amount and earn nothing here (their merged sum is 0). */
function earningMonthSql(where: string): string {
  return `INSERT INTO recording_earning_month (recording_id, month)
    SELECT recording_id, month FROM rollup_catalogue_month WHERE basis = 'sale' AND recording_id <> 0 AND ${where}
    GROUP BY recording_id, month HAVING ${EARNED}`;
}

/** Both tables filled from the merged catalogue rollup as it stands (the migration's fill). */
export const CATALOGUE_SUMMARIES_FILL = `${firstSaleSql('true')};\n${earningMonthSql('true')};`;

const TOUCHED = 'temp.catalogue_touched';

/**
 * Notes the recording × release × month cells that imports' per-import rows hold, before those
 * rows are taken out of the merged rollups or after they are added; `refreshCatalogueSummaries`
 * then recomputes exactly those.
 */
export function noteCatalogueTouched(db: Database.Database, importIds: readonly number[], cellFilter = 'true'): void {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS catalogue_touched (
    recording_id INTEGER NOT NULL, release_id INTEGER NOT NULL, month INTEGER NOT NULL,
    PRIMARY KEY (recording_id, release_id, month)) WITHOUT ROWID`);
  const note = db.prepare(
    `INSERT OR IGNORE INTO ${TOUCHED} (recording_id, release_id, month)
     SELECT DISTINCT COALESCE(recording_id, 0), COALESCE(release_id, 0), month FROM rollup_month_catalogue WHERE import_id = ? AND basis = 'sale' AND (${cellFilter})`,
  );
  for (const id of importIds) note.run(id);
}

/** Recomputes the noted pairs' first sales and recordings' earning months from the merged rollup. */
export function refreshCatalogueSummaries(db: Database.Database): void {
  const exists = db.prepare("SELECT 1 FROM temp.sqlite_schema WHERE name = 'catalogue_touched'").get();
  if (!exists) return;
  const pairs = `(recording_id, release_id) IN (SELECT recording_id, release_id FROM ${TOUCHED})`;
  const months = `(recording_id, month) IN (SELECT recording_id, month FROM ${TOUCHED})`;
  db.exec(`DELETE FROM catalogue_first_sale WHERE ${pairs};
    ${firstSaleSql(pairs)};
    DELETE FROM recording_earning_month WHERE ${months};
    ${earningMonthSql(months)};
    DELETE FROM ${TOUCHED};`);
}
