import type Database from 'better-sqlite3';
import { WorkstationError } from '../../../shared/contract/envelope';
import type { QuarantinedLineChoice, SetAsideChange } from '../../../shared/contract/quarantine';
import { requireQuarantined } from './quarantine-membership';

const linesText = (n: number) => (n === 1 ? '1 line' : `${n.toLocaleString('en')} lines`);

function importFileName(db: Database.Database, importId: number): string {
  const fileName = db.prepare<[number], string>('SELECT file_name FROM import_batch WHERE id = ?').pluck().get(importId);
  if (fileName === undefined) throw new WorkstationError('not_found', 'That import no longer exists (was it undone?).');
  return fileName;
}

/**
 * Sets quarantined lines aside as ones never to import (a subtotal row, a note, a test sale): they
 * stay quarantined and out of the figures, as before, but no longer wait for correction. A line
 * keeps the last correction tried on it, for when it is brought back.
 */
export function setAsideLines(db: Database.Database, { importId, lines }: QuarantinedLineChoice): SetAsideChange {
  const fileName = importFileName(db, importId);
  const changed = db.transaction(() => {
    requireQuarantined(db, importId, fileName, lines);
    return db
      .prepare(
        `INSERT INTO rejected_line_follow_up (import_id, line_no, set_aside) SELECT ?, value, 1 FROM json_each(?) WHERE true
         ON CONFLICT DO UPDATE SET set_aside = 1 WHERE set_aside = 0`,
      )
      .run(importId, JSON.stringify(lines)).changes;
  })();
  const message = changed
    ? `${linesText(changed)} of ${fileName} set aside: ${changed === 1 ? 'it stays' : 'they stay'} out of the figures and no longer ${changed === 1 ? 'waits' : 'wait'} for correction.`
    : `No line of ${fileName} was set aside: ${lines.length === 1 ? 'it was' : 'they were'} set aside already.`;
  return { importId, changed, message };
}

/** Brings lines set aside back to wait for correction, with the last correction tried on them. */
export function bringBackLines(db: Database.Database, { importId, lines }: QuarantinedLineChoice): SetAsideChange {
  const fileName = importFileName(db, importId);
  const changed = db.transaction(() => {
    requireQuarantined(db, importId, fileName, lines);
    const chosen = JSON.stringify(lines);
    // A row holds a try or a setting aside: one that held only the setting aside goes.
    const dropped = db
      .prepare('DELETE FROM rejected_line_follow_up WHERE import_id = ? AND set_aside = 1 AND tried IS NULL AND line_no IN (SELECT value FROM json_each(?))')
      .run(importId, chosen).changes;
    const kept = db
      .prepare('UPDATE rejected_line_follow_up SET set_aside = 0 WHERE import_id = ? AND set_aside = 1 AND line_no IN (SELECT value FROM json_each(?))')
      .run(importId, chosen).changes;
    return dropped + kept;
  })();
  const message = changed
    ? `${linesText(changed)} of ${fileName} brought back: ${changed === 1 ? 'it waits' : 'they wait'} for correction again.`
    : `No line of ${fileName} was brought back: ${lines.length === 1 ? 'it was' : 'they were'} not set aside.`;
  return { importId, changed, message };
}
