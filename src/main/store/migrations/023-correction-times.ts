/**
 * When each corrected line was corrected. A correction reads its line's names as an import does,
 * through the spellings merges left, so a merge's undo waits for lines corrected since it that
 * name what it joined into, as it waits for statements imported since. A table of its own: taking
 * it again leaves a store as it was (IF NOT EXISTS), and undo removes it with the import's other
 * rows. Lines corrected before this table have no time: read as corrected before any merge.
 */
export const migration023 = `
CREATE TABLE IF NOT EXISTS corrected_line_time (
  import_id    INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
  line_no      INTEGER NOT NULL,
  corrected_at TEXT NOT NULL,
  PRIMARY KEY (import_id, line_no),
  FOREIGN KEY (import_id, line_no) REFERENCES corrected_line(import_id, line_no) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
`;
