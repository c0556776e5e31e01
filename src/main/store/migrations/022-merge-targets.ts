/**
 * The id each merge joined the other into (the recording, artist or platform that stays), so a
 * statement imported since blocks undoing it only when that statement names it: one that does
 * not cannot have been matched through the merged name. A table of its own, as a column added to
 * `catalogue_merge` could not be added again harmlessly when the migration is taken again. A
 * merge kept without a row here is blocked by any statement imported since.
 */
export const migration022 = `
CREATE TABLE IF NOT EXISTS catalogue_merge_target (
  merge_id INTEGER PRIMARY KEY REFERENCES catalogue_merge(id) ON DELETE CASCADE,
  into_id  INTEGER NOT NULL
) STRICT;
`;
