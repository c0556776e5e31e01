/**
 * The first schema. Money is exact: amounts in the line's own currency are split across
 * amount_hi (1e-8 units, truncated) and amount_lo (remainder in 1e-16 units) so SUM() never
 * overflows and never rounds; base-currency amounts are split the same way, NULL until an FX rate exists.
 * Days are yyyymmdd integers, months yyyymm integers: they sort, compare and group cheaply.
 */
export const migration001 = `
CREATE TABLE setting (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE platform (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
  default_sale_type TEXT NOT NULL DEFAULT 'stream'
) STRICT;

CREATE TABLE platform_alias (
  alias       TEXT PRIMARY KEY COLLATE NOCASE,
  platform_id INTEGER NOT NULL REFERENCES platform(id) ON DELETE CASCADE
) STRICT;

CREATE TABLE territory (
  code   TEXT PRIMARY KEY,   -- ISO-3166 alpha-2; ZZ unknown, WW worldwide
  name   TEXT NOT NULL
) STRICT;

CREATE TABLE artist (
  id       INTEGER PRIMARY KEY,
  name     TEXT NOT NULL,
  name_key TEXT NOT NULL UNIQUE
) STRICT;

CREATE TABLE release (
  id        INTEGER PRIMARY KEY,
  upc       TEXT UNIQUE,       -- digits only, GTIN-13 or UPC-A as printed
  title     TEXT NOT NULL,
  artist_id INTEGER REFERENCES artist(id),
  title_key TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX release_without_upc ON release(artist_id, title_key) WHERE upc IS NULL;

CREATE TABLE recording (
  id        INTEGER PRIMARY KEY,
  isrc      TEXT UNIQUE,       -- 12 characters, upper case, no hyphens
  title     TEXT NOT NULL,
  artist_id INTEGER REFERENCES artist(id),
  title_key TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX recording_without_isrc ON recording(artist_id, title_key) WHERE isrc IS NULL;

CREATE TABLE release_recording (
  release_id   INTEGER NOT NULL REFERENCES release(id),
  recording_id INTEGER NOT NULL REFERENCES recording(id),
  PRIMARY KEY (release_id, recording_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE import_batch (
  id              INTEGER PRIMARY KEY,
  file_name       TEXT NOT NULL,
  file_sha256     TEXT NOT NULL UNIQUE,
  byte_length     INTEGER NOT NULL,
  format          TEXT NOT NULL,
  format_variant  TEXT NOT NULL,
  encoding        TEXT NOT NULL,
  status          TEXT NOT NULL CHECK (status IN ('imported')),
  line_count      INTEGER NOT NULL,
  imported_count  INTEGER NOT NULL,
  rejected_count  INTEGER NOT NULL,
  quantity_total  INTEGER NOT NULL,
  totals_json     TEXT NOT NULL,    -- {"USD":"12.34567890",...}: earned amount per currency
  archive_path    TEXT,
  unknown_columns TEXT NOT NULL DEFAULT '[]',
  imported_at     TEXT NOT NULL
) STRICT;

CREATE TABLE rejected_line (
  import_id INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
  line_no   INTEGER NOT NULL,
  reason    TEXT NOT NULL,
  raw       TEXT NOT NULL,
  PRIMARY KEY (import_id, line_no)
) STRICT, WITHOUT ROWID;

CREATE TABLE statement_line (
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
  sale_type       TEXT NOT NULL CHECK (sale_type IN ('stream','download','ugc','physical','other')),
  quantity        INTEGER NOT NULL,
  currency        TEXT NOT NULL,
  amount_hi       INTEGER NOT NULL,
  amount_lo       INTEGER NOT NULL,
  base_hi         INTEGER,           -- the amount in the base currency, split the same way;
  base_lo         INTEGER,           -- both NULL while no FX rate converts the line
  extra_json      TEXT               -- other money columns and source fields, as printed
) STRICT;
CREATE INDEX statement_line_import ON statement_line(import_id, line_no);
CREATE INDEX statement_line_sale ON statement_line(sale_start);
CREATE INDEX statement_line_reporting ON statement_line(reporting_day);
CREATE INDEX statement_line_recording ON statement_line(recording_id);

CREATE TABLE fx_rate (
  month     INTEGER NOT NULL,   -- yyyymm
  currency  TEXT NOT NULL,
  rate      TEXT NOT NULL,      -- exact decimal: 1 unit of currency in the base currency
  PRIMARY KEY (month, currency)
) STRICT, WITHOUT ROWID;
`;
