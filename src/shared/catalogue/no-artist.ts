/**
 * The name shown for lines whose statement names no artist (a DDEX summary line, say), in the
 * Breakdown's chart, table and CSV as in the recording review. In parentheses, as the other
 * placeholders ("(no label)"), because distributors do send artists really called "Unknown Artist"
 * (compilations, white labels): the two must never read as one.
 */
export const NO_ARTIST = '(no artist on the statement)';
