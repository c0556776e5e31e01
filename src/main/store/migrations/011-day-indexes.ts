/**
 * Windows that cut a month are answered from the monthly rollups plus the lines of the days at
 * their edges; these indexes find those days without scanning every line. Migration 4 dropped
 * them when nothing read lines by day; one per date basis, without the recording index.
 */
export const migration011 = `
CREATE INDEX statement_line_sale ON statement_line(sale_start);
CREATE INDEX statement_line_reporting ON statement_line(reporting_day);
`;
