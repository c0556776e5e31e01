/**
 * The id a merge joined the other into (the recording, artist or platform that stays), so a
 * statement imported since blocks undoing it only when that statement names it: one that does
 * not cannot have been matched through the merged name.
 */
export const migration022 = `
ALTER TABLE catalogue_merge ADD COLUMN into_id INTEGER;
`;
