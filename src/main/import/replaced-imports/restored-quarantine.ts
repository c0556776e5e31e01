import type Database from 'better-sqlite3';

/**
 * Gives a replaced import, imported again, the notes its quarantined lines had (set aside, the
 * last correction tried), and returns the lines it quarantines now that it did not then: lines
 * corrected after its first import, which the file still prints as they were, whether or not
 * their correction was kept (`corrected` entries, see replaceImports).
 */
export function restoreQuarantineNotes(db: Database.Database, importId: number, quarantine: string): number[] {
  return db.transaction(() => {
    db.prepare(
      `INSERT INTO rejected_line_follow_up (import_id, line_no, tried, tried_reason, set_aside)
       SELECT r.import_id, r.line_no, q.value ->> '$.tried', q.value ->> '$.triedReason', q.value ->> '$.setAside'
       FROM json_each(?) q JOIN rejected_line r ON r.import_id = ? AND r.line_no = q.value ->> '$.line'
       WHERE q.value ->> '$.tried' IS NOT NULL OR q.value ->> '$.setAside' = 1`,
    ).run(quarantine, importId);
    return db
      .prepare<[number, string], number>(
        `SELECT line_no FROM rejected_line WHERE import_id = ?
           AND line_no NOT IN (SELECT value ->> '$.line' FROM json_each(?) WHERE value ->> '$.corrected' IS NULL) ORDER BY line_no`,
      )
      .pluck()
      .all(importId, quarantine);
  })();
}
