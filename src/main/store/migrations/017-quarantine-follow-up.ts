/**
 * What became of a quarantined line after its import, kept beside it so that rejected_line keeps
 * the line exactly as the file printed it: the last correction tried that still did not read, with
 * why (`tried`, `tried_reason`, both NULL until such a try), and whether the user set the line aside
 * as one never to import (a subtotal row, a note), so it no longer waits for correction. A row holds
 * one or both; a line with neither has none. A table of its own rather than columns: taking it again
 * leaves a store as it was (IF NOT EXISTS), and undo removes it with the import's other rows.
 */
export const migration017 = `
CREATE TABLE IF NOT EXISTS rejected_line_follow_up (
  import_id    INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
  line_no      INTEGER NOT NULL,
  tried        TEXT,
  tried_reason TEXT,
  set_aside    INTEGER NOT NULL DEFAULT 0 CHECK (set_aside IN (0, 1)),
  PRIMARY KEY (import_id, line_no),
  FOREIGN KEY (import_id, line_no) REFERENCES rejected_line(import_id, line_no) ON DELETE CASCADE,
  CHECK ((tried IS NULL) = (tried_reason IS NULL)),
  CHECK (tried IS NOT NULL OR set_aside = 1)
) STRICT, WITHOUT ROWID;
`;
