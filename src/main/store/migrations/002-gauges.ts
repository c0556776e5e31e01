/**
 * Audience figures (listeners, followers, saves…) from analytics exports. They are readings at a
 * day or over a window, not additive across days or tracks, so they live apart from sales.
 */
export const migration002 = `
CREATE TABLE gauge_reading (
  id           INTEGER PRIMARY KEY,
  import_id    INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
  line_no      INTEGER NOT NULL,
  day          INTEGER,            -- yyyymmdd; NULL for a window without dates
  window       TEXT,               -- '28days', '1year' when the export covers a window
  subject_kind TEXT NOT NULL CHECK (subject_kind IN ('artist','recording','playlist')),
  subject      TEXT NOT NULL,
  recording_id INTEGER REFERENCES recording(id),
  metric       TEXT NOT NULL,
  value        INTEGER NOT NULL
) STRICT;
CREATE INDEX gauge_reading_subject ON gauge_reading(subject_kind, subject, metric, day);
CREATE INDEX gauge_reading_import ON gauge_reading(import_id);
`;
