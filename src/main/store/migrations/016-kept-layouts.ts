/**
 * How an import read its statement lines: the layout (a built-in format's id, or the saved column
 * mapping itself), the header row and its line, the delimiter, whether it was text or a sheet, and
 * what the format was told besides (preamble rows, the file's name, keeping personal data). A
 * quarantined line corrected in the app is read again exactly so, into the same import. Imports
 * made before this, and DDEX files, which have no single header, have none. A table of its own
 * rather than a column: taking it again leaves a store as it was (IF NOT EXISTS), and undo removes
 * it with the import's other rows.
 */
export const migration016 = `
CREATE TABLE IF NOT EXISTS import_layout (
  import_id INTEGER PRIMARY KEY REFERENCES import_batch(id) ON DELETE CASCADE,
  layout    TEXT NOT NULL   -- JSON, see import/quarantine-correction/kept-layout.ts
) STRICT;
`;
