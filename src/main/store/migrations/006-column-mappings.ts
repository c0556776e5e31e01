/**
 * Column mappings the user made in the mapping wizard for layouts the app has no format for.
 * A mapping is found by its header's fingerprint; saving again for the same fingerprint adds the
 * next version rather than overwriting, so an import keeps naming the version that read it.
 */
export const migration006 = `
CREATE TABLE column_mapping (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  version     INTEGER NOT NULL CHECK (version >= 1),
  spec_json   TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  UNIQUE (fingerprint, version)
) STRICT;
`;
