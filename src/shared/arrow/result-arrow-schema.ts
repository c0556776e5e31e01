/**
 * How a query result travels as an Arrow IPC stream. Each result column is one field, typed:
 * integers as Int32 (Float64 when a value does not fit, still exact for any JS number), money and
 * rates as Utf8 exact decimal strings, days as Date32, labels as dictionary-encoded Utf8 (each
 * distinct label sent once). A field carries its label,
 * the result's column type and, for columns the UI keeps out of sight, `hidden`.
 *
 * The schema's metadata holds the rest of the result: `tunemantra.result` is the result without
 * its rows as JSON (what the decoder rebuilds from, so every field of the JSON answer comes back),
 * and the plain keys below repeat the figures another Arrow reader would want.
 */
export const RESULT_METADATA_KEY = 'tunemantra.result';

export const READABLE_METADATA_KEYS = {
  baseCurrency: 'baseCurrency',
  totalRows: 'totalRows',
  rangeFrom: 'rangeFrom',
  rangeTo: 'rangeTo',
} as const;

export const FIELD_METADATA_KEYS = {
  label: 'label',
  columnType: 'columnType',
  hidden: 'hidden',
} as const;
