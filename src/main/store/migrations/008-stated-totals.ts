/**
 * The figures a statement prints about itself (totals rows, Apple's trailers, DDEX FOOT counts),
 * kept with the import's verdict on each, so the reconciliation report can be read at any time
 * rather than only in the import's own outcome. totals_checked tells an import that stated
 * nothing apart from one made before these were kept.
 */
export const migration008 = `
CREATE TABLE stated_total_check (
  import_id INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  label     TEXT NOT NULL,
  measure   TEXT NOT NULL CHECK (measure IN ('amount', 'quantity', 'lines', 'records')),
  currency  TEXT,
  line_no   INTEGER,
  stated    TEXT NOT NULL,
  found     TEXT NOT NULL,
  matches   INTEGER NOT NULL CHECK (matches IN (0, 1)),
  PRIMARY KEY (import_id, position)
) STRICT, WITHOUT ROWID;
ALTER TABLE import_batch ADD COLUMN totals_checked INTEGER NOT NULL DEFAULT 0;
`;
