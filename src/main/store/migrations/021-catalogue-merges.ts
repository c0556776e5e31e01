/**
 * Each merge of recordings, artists or platforms, kept so it can be undone: what it joined (by
 * name, for the history), when, the ids it involved (a later merge of any of them must be undone
 * first), and the catalogue rows it touched as they were before and after (`rows`: JSON by
 * table). Lines are too many for JSON: each line it moved has a row in catalogue_merge_line with
 * the id the line named before and the one it names since, so undo moves back only lines that
 * still name what the merge gave them. An undone merge keeps its row (with `undone_at`) for the
 * history; its lines' rows go.
 */
export const migration021 = `
CREATE TABLE IF NOT EXISTS catalogue_merge (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  kind        TEXT NOT NULL CHECK (kind IN ('recording', 'artist', 'platform')),
  from_name   TEXT NOT NULL,
  into_name   TEXT NOT NULL,
  entities    TEXT NOT NULL,
  rows        TEXT NOT NULL DEFAULT '[]',
  moved_lines INTEGER NOT NULL DEFAULT 0,
  merged_at   TEXT NOT NULL,
  undone_at   TEXT
) STRICT;

CREATE TABLE IF NOT EXISTS catalogue_merge_line (
  merge_id  INTEGER NOT NULL REFERENCES catalogue_merge(id) ON DELETE CASCADE,
  field     TEXT NOT NULL,
  line_id   INTEGER NOT NULL,
  import_id INTEGER NOT NULL,
  was_id    INTEGER NOT NULL,
  now_id    INTEGER NOT NULL,
  PRIMARY KEY (merge_id, field, line_id)
) STRICT, WITHOUT ROWID;
`;
