/**
 * An artist the user merged into another leaves its name here, so the next statement that spells
 * the artist that way lands on the one it was merged into.
 */
export const migration020 = `
CREATE TABLE IF NOT EXISTS artist_alias (
  name_key  TEXT PRIMARY KEY,
  artist_id INTEGER NOT NULL REFERENCES artist(id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
`;
