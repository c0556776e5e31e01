import type Database from 'better-sqlite3';
import { WorkstationError } from '../../../shared/contract/envelope';

/** The first of `lines` this import did not quarantine (or no longer does), if any. */
function firstNotQuarantined(db: Database.Database, importId: number, lines: readonly number[]): number | undefined {
  return db
    .prepare<[string, number], number>(
      'SELECT k.value FROM json_each(?) k WHERE NOT EXISTS (SELECT 1 FROM rejected_line WHERE import_id = ? AND line_no = k.value) ORDER BY k.value LIMIT 1',
    )
    .pluck()
    .get(JSON.stringify(lines), importId);
}

/** Only lines in this import's quarantine are acted on; one that is not is named. */
export function requireQuarantined(db: Database.Database, importId: number, fileName: string, lines: readonly number[]): void {
  const missing = firstNotQuarantined(db, importId, lines);
  if (missing !== undefined) {
    throw new WorkstationError('not_found', `${fileName} line ${missing} is not quarantined (was it corrected already?).`);
  }
}

/** Only lines waiting for correction are corrected: a line set aside is named, with how to correct it after all. */
export function requireWaiting(db: Database.Database, importId: number, fileName: string, lines: readonly number[]): void {
  const missing = firstNotQuarantined(db, importId, lines);
  if (missing !== undefined) {
    throw new WorkstationError('not_found', `${fileName} line ${missing} is not waiting for correction (was it corrected already?).`);
  }
  const setAside = db
    .prepare<[string, number], number>(
      `SELECT k.value FROM json_each(?) k JOIN rejected_line_follow_up f ON f.import_id = ? AND f.line_no = k.value
       WHERE f.set_aside = 1 ORDER BY k.value LIMIT 1`,
    )
    .pluck()
    .get(JSON.stringify(lines), importId);
  if (setAside !== undefined) {
    throw new WorkstationError('rejected_input', `${fileName} line ${setAside} is set aside: bring it back before correcting it.`);
  }
}
