/**
 * What an import told to replace earlier ones removed, kept with the import that replaced them, so
 * the history can name it and undoing the replacing import can bring it back: the replaced
 * import's id (gone from import_batch), its file name and content hash, the archived original it
 * was read from, the layout it was read with (`import_layout`'s JSON, NULL when it kept none),
 * its counts, quantity, totals per currency (exact decimals) and sale period as the store held
 * them, and its quarantined lines then (`quarantine`: JSON `[{line, setAside, tried,
 * triedReason}]`), so a re-import can tell which of them had been corrected and restore what was
 * set aside or tried. Undoing the replacing import removes these rows with its others.
 */
export const migration018 = `
CREATE TABLE IF NOT EXISTS replaced_import (
  replacing_import_id INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
  replaced_import_id  INTEGER NOT NULL,
  file_name           TEXT NOT NULL,
  file_sha256         TEXT NOT NULL,
  archive_path        TEXT,
  format              TEXT NOT NULL,
  format_variant      TEXT NOT NULL,
  layout              TEXT,
  line_count          INTEGER NOT NULL,
  imported_count      INTEGER NOT NULL,
  rejected_count      INTEGER NOT NULL,
  quantity_total      INTEGER NOT NULL,
  totals_json         TEXT NOT NULL,
  sale_from           INTEGER,
  sale_to             INTEGER,
  quarantine          TEXT NOT NULL,
  replaced_at         TEXT NOT NULL,
  PRIMARY KEY (replacing_import_id, replaced_import_id)
) STRICT, WITHOUT ROWID;
`;
