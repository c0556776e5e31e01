/**
 * The text of each quarantined line corrected in the app that read and was imported, as the user
 * wrote it: statement_line keeps what the line reads as, rejected_line lets it go, and the file
 * still prints it as it was. An import replaced by a later one keeps these with what it was
 * (`replaced_import.quarantine` gains entries `{line, corrected}`, one per line, beside those of
 * the lines still quarantined then), so bringing it back reads the file as printed and corrects
 * these lines again the same way. A table of its own: taking it again leaves a store as it was
 * (IF NOT EXISTS), and undo removes it with the import's other rows.
 */
export const migration019 = `
CREATE TABLE IF NOT EXISTS corrected_line (
  import_id INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
  line_no   INTEGER NOT NULL,
  text      TEXT NOT NULL,
  PRIMARY KEY (import_id, line_no)
) STRICT, WITHOUT ROWID;
`;
