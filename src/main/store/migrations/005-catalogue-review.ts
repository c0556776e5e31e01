/**
 * Recordings met without an ISRC are matched by artist and title; the user reviews those matches.
 * recording_alias remembers a spelling the user merged, so the next statement lands right;
 * recording_review holds what awaits a decision, with the best candidate, its score and reason.
 */
export const migration005 = `
CREATE TABLE recording_alias (
  artist_key   TEXT NOT NULL,
  title_key    TEXT NOT NULL,
  recording_id INTEGER NOT NULL REFERENCES recording(id) ON DELETE CASCADE,
  PRIMARY KEY (artist_key, title_key)
) STRICT, WITHOUT ROWID;

CREATE TABLE recording_review (
  recording_id  INTEGER PRIMARY KEY REFERENCES recording(id) ON DELETE CASCADE,
  candidate_id  INTEGER REFERENCES recording(id) ON DELETE SET NULL,
  score_percent INTEGER,
  reason        TEXT,
  status        TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'kept'))
) STRICT;
`;
