/**
 * A saved column mapping the user deletes stops reading files, but the imports it read keep its
 * name in the history: its rows stay, marked retired, rather than leaving those imports nameless.
 */
export const migration010 = `
ALTER TABLE column_mapping ADD COLUMN retired_at TEXT;
`;
