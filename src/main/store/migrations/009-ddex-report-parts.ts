/**
 * The files of a multi-file DDEX DSR report arrive one by one, in one import or several. Each
 * imported part keeps what the cross-file check needs (its place in the report and its FOOT
 * tally), so the report is checked as a whole when its last part arrives. A part leaves with its
 * import when that is undone.
 */
export const migration009 = `
CREATE TABLE ddex_report_part (
  import_id  INTEGER PRIMARY KEY REFERENCES import_batch(id) ON DELETE CASCADE,
  sender     TEXT NOT NULL,
  report_key TEXT NOT NULL,  -- HEAD's MessageId, else the DSR file name the report's files share
  part_json  TEXT NOT NULL   -- the file's DdexReportPart: its place in the report, its FOOT tally
) STRICT;
CREATE INDEX ddex_report_part_report ON ddex_report_part (sender, report_key);
`;
