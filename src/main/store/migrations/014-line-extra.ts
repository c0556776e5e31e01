/**
 * Two costs of storing a statement line, removed in one rebuild of statement_line:
 * - A statement repeats its kept columns (DistroKid's insert date, team percentage, source
 *   type…) on line after line: as JSON on every line they were half of the store. Each import
 *   now keeps each distinct set once, in line_extra, and its lines point at it.
 * - The CHECK on sale_type was evaluated for every line written, a third of the insert; the
 *   writer hands out sale types from a closed list and checks the import's set once instead.
 * Ids are kept, so provenance and the rollups stay as they were.
 */
export const migration014 = `
CREATE TABLE line_extra (
  id        INTEGER PRIMARY KEY,
  import_id INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
  fields    TEXT NOT NULL      -- JSON object: other money columns and source fields, as printed
) STRICT;
INSERT INTO line_extra (import_id, fields)
  SELECT import_id, extra_json FROM statement_line WHERE extra_json IS NOT NULL GROUP BY import_id, extra_json;
CREATE INDEX line_extra_folding ON line_extra(import_id, fields);

CREATE TABLE statement_line_rebuilt (
  id              INTEGER PRIMARY KEY,
  import_id       INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
  line_no         INTEGER NOT NULL,
  sale_start      INTEGER NOT NULL,  -- yyyymmdd
  sale_end        INTEGER NOT NULL,
  sale_month      INTEGER NOT NULL,  -- yyyymm of sale_start
  reporting_day   INTEGER,           -- yyyymmdd
  reporting_month INTEGER,
  platform_id     INTEGER NOT NULL REFERENCES platform(id),
  territory       TEXT NOT NULL REFERENCES territory(code),
  artist_id       INTEGER REFERENCES artist(id),
  release_id      INTEGER REFERENCES release(id),
  recording_id    INTEGER REFERENCES recording(id),
  sale_type       TEXT NOT NULL,     -- stream, download, ugc, physical or other
  quantity        INTEGER NOT NULL,
  currency        TEXT NOT NULL,
  amount_hi       INTEGER NOT NULL,
  amount_lo       INTEGER NOT NULL,
  base_hi         INTEGER,           -- the amount in the base currency, split the same way;
  base_lo         INTEGER,           -- both NULL while no FX rate converts the line
  extra_id        INTEGER            -- line_extra of the same import; NULL when nothing else was kept
) STRICT;
INSERT INTO statement_line_rebuilt
  SELECT l.id, l.import_id, l.line_no, l.sale_start, l.sale_end, l.sale_month, l.reporting_day, l.reporting_month, l.platform_id,
         l.territory, l.artist_id, l.release_id, l.recording_id, l.sale_type, l.quantity, l.currency, l.amount_hi, l.amount_lo,
         l.base_hi, l.base_lo, e.id
    FROM statement_line l LEFT JOIN line_extra e ON e.import_id = l.import_id AND e.fields = l.extra_json
   ORDER BY l.id;
DROP TABLE statement_line;
ALTER TABLE statement_line_rebuilt RENAME TO statement_line;
DROP INDEX line_extra_folding;
CREATE INDEX line_extra_import ON line_extra(import_id);
CREATE INDEX statement_line_import ON statement_line(import_id, line_no);
CREATE INDEX statement_line_sale ON statement_line(sale_start);
CREATE INDEX statement_line_reporting ON statement_line(reporting_day);
`;
