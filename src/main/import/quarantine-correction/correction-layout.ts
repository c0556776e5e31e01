import type Database from 'better-sqlite3';
import { WorkstationError } from '../../../shared/contract/envelope';
import { DDEX_DSR_FORMAT } from '../ddex';
import type { RowLayout } from '../statement-row-reader';
import { readKeptLayout } from './kept-layout';

const AGAIN = 'fix the file and import it again with Replace';

/** The layout an import's lines are read again with, or why its quarantined lines cannot be corrected here. */
export type CorrectionLayout =
  | { fileName: string; layout: RowLayout; notCorrectable: null }
  | { fileName: string; layout: null; notCorrectable: string };

interface BatchRow {
  file_name: string;
  format: string;
  layout_json: string | null;
  gauges: number;
}

/**
 * Never a guess: an import that kept no layout (made before layouts were kept, or a DDEX file with
 * no single header) or whose lines are audience readings says so in a sentence instead.
 */
export function correctionLayout(db: Database.Database, importId: number): CorrectionLayout {
  const batch = db
    .prepare<[number], BatchRow>(
      `SELECT b.file_name, b.format, l.layout AS layout_json,
         EXISTS (SELECT 1 FROM gauge_reading WHERE import_id = b.id) AS gauges
       FROM import_batch b LEFT JOIN import_layout l ON l.import_id = b.id WHERE b.id = ?`,
    )
    .get(importId);
  if (!batch) throw new WorkstationError('not_found', 'That import no longer exists (was it undone?).');
  const fileName = batch.file_name;
  const refused = (reason: string): CorrectionLayout => ({ fileName, layout: null, notCorrectable: reason });
  if (batch.format === DDEX_DSR_FORMAT.id) {
    return refused(`A DDEX file holds several kinds of record, not one line per record, so its lines cannot be corrected here: ${AGAIN}.`);
  }
  if (batch.gauges) return refused(`An audience export holds readings, not statement lines, so its lines cannot be corrected here: ${AGAIN}.`);
  if (batch.layout_json === null) return refused(`Imported before line correction existed: ${AGAIN}.`);
  const layout = readKeptLayout(batch.layout_json);
  if (!layout) return refused(`The layout this file was read with is no longer known to this version: ${AGAIN}.`);
  return { fileName, layout, notCorrectable: null };
}
